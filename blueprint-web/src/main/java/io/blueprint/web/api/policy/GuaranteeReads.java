package io.blueprint.web.api.policy;

import io.blueprint.policy.GuaranteeDesk;
import io.blueprint.policy.GuaranteeRepository;
import io.blueprint.policy.GuaranteeStatus;
import io.blueprint.policy.PolicyChecks;
import io.blueprint.policy.PolicyFinding;
import io.blueprint.policy.ServiceGuarantee;
import io.blueprint.web.api.ErrorResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Guarantee versions as the API shows them, read inside one transaction so their lists load. */
@ApplicationScoped
@Transactional
public class GuaranteeReads {

    @Inject
    GuaranteeDesk desk;

    @Inject
    GuaranteeRepository guarantees;

    public GuaranteeDto version(long id, Locale locale) {
        return dto(desk.version(id), locale);
    }

    public List<GuaranteeDto> versions(String code, Locale locale) {
        return desk.versions(code).stream().map(g -> dto(g, locale)).toList();
    }

    public GuaranteeDto inForce(String code, LocalDate date, Locale locale) {
        return dto(desk.inForce(code, date), locale);
    }

    /** The versions in force on a date, read in one transaction. */
    public List<GuaranteeDto> inForce(LocalDate date, Long serviceId, io.blueprint.journey.Channel channel,
                                      Locale locale) {
        return desk.inForce(date, serviceId, channel).stream().map(g -> dto(g, locale)).toList();
    }

    public List<GuaranteeDto.Summary> latest(Long serviceId, GuaranteeStatus status) {
        LocalDate today = desk.today();
        return guarantees.latestVersions(serviceId).stream()
                .filter(g -> status == null || g.getStatus() == status)
                .map(g -> new GuaranteeDto.Summary(g.getId(), g.getCode(), g.getRevision(), g.getStatus(),
                        g.getService().getId(), g.getService().getName(), g.getTitle(), g.getEffectiveFrom(),
                        g.getEffectiveTo(), g.getEndedOn(), g.inForceOn(today), g.getVersion()))
                .toList();
    }

    public List<GuaranteeDto.ChangeDto> compare(long fromId, long toId) {
        return desk.compare(fromId, toId).stream()
                .map(c -> new GuaranteeDto.ChangeDto(c.field(), c.before(), c.after()))
                .toList();
    }

    GuaranteeDto dto(ServiceGuarantee g, Locale locale) {
        List<PolicyFinding> findings = desk.findings(g);
        return new GuaranteeDto(g.getId(), g.getCode(), g.getRevision(), g.getStatus(), g.getService().getId(),
                g.getService().getName(), GuaranteeDto.TermsDto.of(g.terms()), g.getEndedOn(),
                g.inForceOn(desk.today()), g.getCreatedBy(), g.getChangedBy(), g.getSubmittedBy(), g.getSubmittedAt(),
                g.getReviewNote(), g.getApprovedBy(), g.getApprovedAt(), g.getRetiredBy(), g.getRetiredAt(),
                g.getVersion(), g.getStatus() == GuaranteeStatus.IN_REVIEW && !PolicyChecks.blocksPublishing(findings),
                ErrorResponses.findings(locale, findings), desk.allowedActions(g));
    }
}

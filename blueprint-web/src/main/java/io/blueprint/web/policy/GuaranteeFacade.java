package io.blueprint.web.policy;

import io.blueprint.policy.GuaranteeDesk;
import io.blueprint.policy.GuaranteeRepository;
import io.blueprint.policy.GuaranteeTerms;
import io.blueprint.policy.ServiceGuarantee;
import io.blueprint.reports.catalog.TouchpointCatalog;
import io.blueprint.reports.catalog.TouchpointRow;
import io.blueprint.reports.policy.PublishedGuarantee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the guarantee page asks of the domain: a version as a {@link GuaranteeModel}, and edits made in one transaction. */
@ApplicationScoped
@Transactional
public class GuaranteeFacade {

    @Inject
    GuaranteeDesk desk;

    @Inject
    GuaranteeRepository guarantees;

    @Inject
    TouchpointCatalog touchpoints;

    public GuaranteeModel load(long id) {
        return model(desk.version(id));
    }

    /** The version of {@code code} in force today, or else its latest version. */
    public GuaranteeModel load(String code) {
        List<ServiceGuarantee> versions = desk.versions(code);
        ServiceGuarantee latest = versions.get(versions.size() - 1);
        return model(guarantees.inForce(latest.getCode(), desk.today()).orElse(latest));
    }

    /** Saves the terms as typed, then submits them: what the author sees is what the reviewer gets. */
    public long saveAndSubmit(long id, long version, GuaranteeTerms terms) {
        ServiceGuarantee saved = desk.revise(id, version, terms);
        return desk.submit(id, saved.getVersion()).getId();
    }

    private GuaranteeModel model(ServiceGuarantee g) {
        List<GuaranteeModel.VersionRow> versions = desk.versions(g.getCode()).stream()
                .map(v -> new GuaranteeModel.VersionRow(v.getId(), v.getRevision(), v.getStatus(), v.getEffectiveFrom(),
                        PublishedGuarantee.lastDayInForce(v.getEffectiveTo(), v.getEndedOn()), v.getApprovedBy(),
                        v.getApprovedAt()))
                .toList();
        List<TouchpointRow> ofService = touchpoints.ofService(g.getService().getId());
        Map<String, TouchpointRow> byCode = ofService.stream()
                .collect(Collectors.toMap(TouchpointRow::code, Function.identity(), (a, b) -> a));
        GuaranteeTerms terms = g.terms();
        return new GuaranteeModel(g.getId(), g.getVersion(), g.getCode(), g.getRevision(), g.getStatus(),
                g.getService().getId(), g.getService().getName(), terms, g.getCreatedBy(), g.getChangedBy(),
                g.getSubmittedBy(), g.getSubmittedAt(), g.getReviewNote(), g.getApprovedBy(), g.getApprovedAt(),
                g.getRetiredBy(), g.getRetiredAt(),
                g.getStatus().wasPublished() ? PublishedGuarantee.lastDayInForce(g.getEffectiveTo(), g.getEndedOn()) : null,
                versions,
                terms.touchpointCodes().stream().map(code -> new GuaranteeModel.Linked(code, byCode.get(code))).toList(),
                ofService, desk.allowedActions(g));
    }
}

package io.blueprint.web.api.policy;

import io.blueprint.policy.ClaimChannelKind;
import io.blueprint.policy.GuaranteeDesk;
import io.blueprint.reports.policy.PolicyQuery;
import io.blueprint.reports.policy.PublishedGuarantee;
import io.blueprint.web.api.ErrorResponses;
import io.blueprint.web.i18n.Messages;
import io.blueprint.reports.policy.wording.GuaranteeWording;
import io.blueprint.web.policy.BundleLabels;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The public service charter: the guarantees in force today and how to claim, for anyone with the
 * link. Only published versions can appear; drafts and versions in review never do.
 */
@Path("/charter")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@PermitAll
@Tag(name = "Public charter", description = "The guarantees in force today, without sign-in")
public class CharterResource {

    /** The charter of one day. */
    public record Charter(LocalDate date, String language, List<Guarantee> guarantees) {
    }

    /** One guarantee as a customer reads it. */
    public record Guarantee(String code, int version, String service, String title, String promise, String condition,
                            String scope, List<String> exclusions, List<Remedy> remedies, List<HowToClaim> howToClaim,
                            LocalDate inForceFrom, LocalDate inForceUntil) {
    }

    /**
     * What the customer gets ("Points credit: 100 points for every started 10 minutes.") and how it is paid
     * ("Claim within 30 days."), in words, with the claim steps in order.
     */
    public record Remedy(String text, String payout, List<String> claimSteps, Integer claimDeadlineDays) {
    }

    /** One way to claim, with a link that opens it where there is one, and in words ("Post: … (postal code 04524)"). */
    public record HowToClaim(ClaimChannelKind kind, String label, String contact, String postalCode, String href,
                             String text) {
    }

    @Inject
    PolicyQuery policy;

    @Inject
    GuaranteeDesk desk;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The guarantees in force today and how to claim",
            description = "Public: no sign-in. Language from ?lang=ko|en or Accept-Language.")
    public Charter charter(@QueryParam("lang") String lang) {
        Locale locale = lang == null || lang.isBlank() ? ErrorResponses.locale(headers) : Messages.supported(Locale.forLanguageTag(lang));
        LocalDate today = desk.today();
        List<Guarantee> guarantees = policy.inForce(today, null, null).stream().map(g -> guarantee(g, locale)).toList();
        return new Charter(today, locale.getLanguage(), guarantees);
    }

    private static Guarantee guarantee(PublishedGuarantee g, Locale locale) {
        GuaranteeWording wording = BundleLabels.wording(locale);
        return new Guarantee(g.code(), g.revision(), g.serviceName(), g.title(), g.promise(),
                wording.condition(g.condition()), g.scope(), g.exclusions(),
                g.refundRules().stream().map(r -> new Remedy(wording.remedy(r), wording.payout(r),
                        r.claimSteps(), r.claimDeadlineDays())).toList(),
                g.claimChannels().stream().map(c -> {
                    GuaranteeWording.ClaimLine line = wording.claimChannel(c);
                    return new HowToClaim(c.getKind(), line.label(), c.getContact(), c.getPostalCode(), line.href(),
                            line.text());
                }).toList(),
                g.effectiveFrom(), g.lastDayInForce());
    }
}

package io.blueprint.web.startup;

import io.blueprint.journey.Flow;
import io.blueprint.journey.Journey;
import io.blueprint.journey.Kpi;
import io.blueprint.journey.Service;
import io.blueprint.journey.Stage;
import io.blueprint.journey.Step;
import io.blueprint.journey.Touchpoint;
import io.blueprint.policy.ClaimChannel;
import io.blueprint.policy.RefundRule;
import io.blueprint.policy.ServiceGuarantee;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    /** Words a Korean text keeps in Latin letters: codes, addresses, product and unit names. */
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9-])[A-Za-z]{2,}(?![A-Za-z0-9-])");
    private static final List<String> KEPT_IN_LATIN = List.of("CX", "IT", "QR", "KST");

    /** Every text of the demo a reader sees: the service, its journey, steps, flows, KPIs and guarantees. */
    private static List<String> texts(DemoLanguage language) {
        Service service = DemoData.onlineStore(language);
        List<String> texts = new ArrayList<>(List.of(service.getName(), service.getDescription(), service.getOwner()));
        for (Journey journey : service.getJourneys()) {
            texts.addAll(Stream.of(journey.getName(), journey.getPersona(), journey.getDescription(), journey.getOwner())
                    .toList());
            journey.getStages().stream().map(Stage::getName).forEach(texts::add);
            for (Step step : journey.getSteps()) {
                texts.add(step.getTitle());
                texts.add(step.getDescription());
                texts.add(step.getOwningTeam());
            }
            journey.getFlows().stream().map(Flow::getLabel).forEach(texts::add);
            for (Touchpoint touchpoint : journey.getTouchpoints()) {
                touchpoint.getKpis().stream().map(Kpi::getOwner).forEach(texts::add);
                touchpoint.getKpis().stream().map(Kpi::getUnit).filter(u -> u.contains(" ")).forEach(texts::add);
            }
        }
        for (ServiceGuarantee guarantee : DemoData.guarantees(service, LocalDate.of(2026, 12, 2), language)) {
            texts.addAll(Stream.of(guarantee.getTitle(), guarantee.getPromise(), guarantee.getScope(), guarantee.getOwner())
                    .toList());
            texts.addAll(guarantee.getExclusions());
            guarantee.getClaimChannels().stream().map(ClaimChannel::getContact).forEach(texts::add);
            guarantee.getRefundRules().stream().map(RefundRule::getClaimSteps).forEach(texts::addAll);
        }
        return texts.stream().filter(Objects::nonNull).toList();
    }

    @Test
    void theKoreanDemoIsWrittenInKoreanOnly() {
        List<String> korean = texts(DemoLanguage.KO);
        assertThat(korean).hasSizeGreaterThan(60).noneMatch(t -> t.contains(" · "));
        assertThat(korean).allSatisfy(text -> assertThat(LATIN_WORD.matcher(text).results().map(m -> m.group())
                .filter(word -> !KEPT_IN_LATIN.contains(word))
                .filter(word -> !text.contains("@") && !text.contains("https://")))
                .as(text).isEmpty());
        assertThat(korean).contains(DemoData.DEMO_SERVICE_KO, DemoData.DEMO_JOURNEY_KO);
    }

    @Test
    void theEnglishDemoIsWrittenInEnglishOnly() {
        List<String> english = texts(DemoLanguage.EN);
        assertThat(english).hasSizeGreaterThan(60).noneMatch(t -> t.contains(" · "))
                .noneMatch(t -> HANGUL.matcher(t).find());
        assertThat(english).contains(DemoData.DEMO_SERVICE, DemoData.DEMO_JOURNEY);
    }
}

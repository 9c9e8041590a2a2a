package io.blueprint.web.policy;

import io.blueprint.policy.outcome.BusinessCalendar;
import io.blueprint.policy.outcome.OutcomeSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Guarantee outcomes' assumptions and calendar from MicroProfile Config: {@code BLUEPRINT_OUTCOME_CLAIM_RATE} (the
 * share of on-claim remedies claimed, 0.25), {@code BLUEPRINT_OUTCOME_WHAT_IF_MONTHS} (6),
 * {@code BLUEPRINT_OUTCOME_MAX_MONTHS} (36) and {@code BLUEPRINT_OUTCOME_HOLIDAYS}, a holiday list in the form of the
 * built-in Korean one (empty: the built-in list).
 */
@ApplicationScoped
public class OutcomeSettingsProducer {

    private volatile OutcomeSettings settings;
    private volatile BusinessCalendar calendar;

    @Produces
    OutcomeSettings settings() {
        OutcomeSettings read = settings;
        if (read == null) {
            Config config = ConfigProvider.getConfig();
            OutcomeSettings defaults = OutcomeSettings.defaults();
            read = new OutcomeSettings(
                    config.getOptionalValue("blueprint.outcome.claim-rate", BigDecimal.class).orElse(defaults.claimRate()),
                    config.getOptionalValue("blueprint.outcome.what-if-months", Integer.class).orElse(defaults.whatIfMonths()),
                    config.getOptionalValue("blueprint.outcome.max-months", Integer.class).orElse(defaults.maxMonths()));
            settings = read;
        }
        return read;
    }

    @Produces
    BusinessCalendar calendar() {
        BusinessCalendar read = calendar;
        if (read == null) {
            String file = ConfigProvider.getConfig().getOptionalValue("blueprint.outcome.holidays", String.class)
                    .map(String::strip).orElse("");
            if (file.isEmpty()) {
                read = BusinessCalendar.korea();
            } else {
                try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                    read = BusinessCalendar.parse(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("blueprint.outcome.holidays: cannot read " + file, e);
                }
            }
            calendar = read;
        }
        return read;
    }
}

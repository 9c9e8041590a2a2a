package io.blueprint.web.startup;

import io.blueprint.measurement.ImportMode;
import io.blueprint.measurement.ImportRecords;
import io.blueprint.measurement.ImportSummary;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.MeasurementImporter;
import io.blueprint.journey.Service;
import io.blueprint.journey.ServiceRepository;
import io.blueprint.policy.PolicySettings;
import io.blueprint.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Ninety days of measurements for the demo journey, through the same import as any file: survey answers
 * on both CES scales (the phone line and the chat below their targets, the web above), contact events
 * with waits around the call guarantee's two minutes and repeat contacts, and refund cases around three
 * business days; four weeks before the last day the phone line started calling back (see {@link #CHANGE_DAYS_AGO}).
 * The same seed gives the same data for the same day.
 */
@ApplicationScoped
public class DemoMeasurements {

    private static final Logger LOG = Logger.getLogger(DemoMeasurements.class.getName());
    static final long SEED = 20_261_202L;
    static final int DAYS = 90;
    /**
     * The demo's change, this many days before the last: the phone line started offering a call-back instead
     * of the queue, so that its answers are easier, its waits shorter and fewer customers call again — what
     * the before/after report shows around its default day (28 days before today, the last day being yesterday).
     */
    static final int CHANGE_DAYS_AGO = 26;
    private static final double CALL_BACK_EASIER = 0.7;
    private static final double CALL_BACK_WAITS = 0.8;

    /** A demo touchpoint's answers: its mean CES 2.0 answer, its spread, answers a day, the share answered on CES 1.0. */
    private record Answers(String code, double mean, double spread, int perDay, double ces1Share) {
    }

    private static final Answers[] SURVEYS = {
            new Answers("RET-WEB-01", 6.1, 0.9, 9, 0.0),
            new Answers("RET-APP-01", 5.4, 1.2, 6, 1.0),
            new Answers("RET-CHAT-01", 5.0, 1.4, 7, 0.2),
            new Answers("RET-CALL-01", 4.3, 1.6, 8, 0.3),
            new Answers("RET-STORE-01", 6.0, 1.0, 3, 0.0),
            new Answers("RET-MAIL-01", 5.8, 1.1, 2, 0.0)};

    @Inject
    MeasurementImporter importer;

    @Inject
    ImportRecords records;

    @Inject
    ServiceRepository services;

    @Inject
    PolicySettings policy;

    /** Seeds the demo service's measurements once: when there is no import yet. */
    public void seedIfEmpty(DemoLanguage language) {
        Optional<Long> service = demoService(language);
        if (service.isEmpty() || records.count() > 0) {
            return;
        }
        ZoneId zone = policy.zone();
        LocalDate last = LocalDate.now(zone).minusDays(1);
        try {
            ImportSummary surveys = run(MeasureKind.SURVEY_RESPONSE, service.get(), "demo-survey", surveys(last, zone));
            ImportSummary contacts = run(MeasureKind.CONTACT_EVENT, service.get(), "demo-contact-center", contacts(last, zone));
            ImportSummary cases = run(MeasureKind.SERVICE_CASE, service.get(), "demo-refunds", cases(last, zone));
            LOG.info("Seeded " + DAYS + " days of demo measurements: " + surveys.stored() + " survey responses, "
                    + contacts.stored() + " contact events, " + cases.stored() + " refund cases.");
        } catch (DomainException e) {
            LOG.warning("No demo measurements: " + e.getMessage());
        }
    }

    private Optional<Long> demoService(DemoLanguage language) {
        return services.findByName(language.pick(DemoData.DEMO_SERVICE, DemoData.DEMO_SERVICE_KO)).map(Service::getId);
    }

    private ImportSummary run(MeasureKind kind, long serviceId, String source, String csv) {
        Path file = null;
        try {
            file = Files.createTempFile("blueprint-demo-", ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return importer.importFile(new MeasurementImporter.Request(kind, serviceId, source, source + ".csv",
                    ImportMode.ATOMIC, "system", null, null, null), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file: the system cleans it up
                }
            }
        }
    }

    /** Survey answers, CES 2.0 or (for some touchpoints) CES 1.0, with CSAT and NPS for some. */
    static String surveys(LocalDate last, ZoneId zone) {
        Random random = new Random(SEED);
        StringBuilder csv = new StringBuilder("response_id,touchpoint_code,answered_at,channel,ces,ces_scale,csat,nps,customer\n");
        int n = 0;
        for (int d = DAYS - 1; d >= 0; d--) {
            LocalDate day = last.minusDays(d);
            boolean callBack = d <= CHANGE_DAYS_AGO;
            for (Answers answers : SURVEYS) {
                int count = answers.perDay() + random.nextInt(3) - 1;
                double mean = answers.mean() + (callBack && answers.code().equals("RET-CALL-01") ? CALL_BACK_EASIER : 0);
                for (int i = 0; i < count; i++) {
                    double ces2 = clamp(Math.round(mean + random.nextGaussian() * answers.spread()), 1, 7);
                    boolean ces1 = random.nextDouble() < answers.ces1Share();
                    // CES 1.0 (1 = very low effort … 5 = very high): the same experience on the other scale
                    long answer = ces1 ? clamp(Math.round(5 - (ces2 - 1) / 1.5), 1, 5) : (long) ces2;
                    String csat = random.nextInt(3) == 0 ? Long.toString(clamp(Math.round(ces2 * 5 / 7.0), 1, 5)) : "";
                    String nps = random.nextInt(4) == 0 ? Long.toString(clamp(Math.round(ces2 * 10 / 7.0 + random.nextGaussian()), 0, 10)) : "";
                    csv.append("S").append(++n).append(',').append(answers.code()).append(',')
                            .append(at(day, zone, random)).append(",,").append(answer).append(',')
                            .append(ces1 ? "CES1" : "CES2").append(',').append(csat).append(',').append(nps).append(',')
                            .append(customer(random)).append('\n');
                }
            }
        }
        return csv.toString();
    }

    /**
     * Calls and chats: waits spread around the call guarantee's two minutes (longer on Mondays), some
     * abandoned, transfers now and then, and customers who call or chat again within the week.
     */
    static String contacts(LocalDate last, ZoneId zone) {
        Random random = new Random(SEED + 1);
        StringBuilder csv = new StringBuilder("contact_id,customer,touchpoint_code,started_at,channel,wait_seconds,"
                + "handle_seconds,transfers,resolved,abandoned,resolved_at,order_value,currency\n");
        int n = 0;
        for (int d = DAYS - 1; d >= 0; d--) {
            LocalDate day = last.minusDays(d);
            boolean monday = day.getDayOfWeek() == DayOfWeek.MONDAY;
            boolean callBack = d <= CHANGE_DAYS_AGO;
            int count = 36 + random.nextInt(10) + (monday ? 12 : 0);
            for (int i = 0; i < count; i++) {
                boolean call = random.nextInt(10) < 6;
                int wait = (int) Math.max(0, Math.round((call ? 95 * (callBack ? CALL_BACK_WAITS : 1) : 60)
                        * (monday ? 1.5 : 1.0) * Math.exp(random.nextGaussian() * 0.55)));
                boolean abandoned = wait > 150 && random.nextInt(3) == 0;
                boolean resolved = !abandoned && random.nextInt(100) < 78;
                int handle = abandoned ? 0 : 180 + random.nextInt(420);
                int transfers = abandoned ? 0 : random.nextInt(10) < 2 ? 1 : 0;
                String started = at(day, zone, random);
                String resolvedAt = resolved ? Instant.parse(started).plusSeconds(wait + handle).toString() : "";
                // after the change fewer of the callers are the same customers again
                csv.append("K").append(++n).append(',').append(customer(random, callBack && call ? 2_400 : CUSTOMERS)).append(',')
                        .append(call ? "RET-CALL-01" : "RET-CHAT-01").append(',').append(started).append(',')
                        .append(call ? "PHONE" : "CHAT").append(',').append(wait).append(',').append(handle).append(',')
                        .append(transfers).append(',').append(resolved ? 'Y' : 'N').append(',').append(abandoned ? 'Y' : 'N')
                        .append(',').append(resolvedAt).append(',')
                        .append(random.nextInt(4) == 0 ? (39 + random.nextInt(160)) * 1000 + ",KRW" : ",").append('\n');
            }
        }
        return csv.toString();
    }

    /** Refunds: most within three business days of the return arriving, some late; the last days' still open. */
    static String cases(LocalDate last, ZoneId zone) {
        Random random = new Random(SEED + 2);
        StringBuilder csv = new StringBuilder("case_id,kind,touchpoint_code,opened_at,closed_at,customer,order_value,currency\n");
        int n = 0;
        Instant now = last.plusDays(1).atStartOfDay(zone).toInstant();
        for (int d = DAYS - 1; d >= 0; d--) {
            LocalDate day = last.minusDays(d);
            int count = 6 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                Instant opened = Instant.parse(at(day, zone, random));
                Duration takes = Duration.ofHours(Math.round(60 * Math.exp(random.nextGaussian() * 0.45)));
                Instant closed = opened.plus(takes);
                csv.append("F").append(++n).append(",refund,RET-MAIL-01,").append(opened).append(',')
                        .append(closed.isBefore(now) ? closed.toString() : "").append(',').append(customer(random))
                        .append(',').append((29 + random.nextInt(200)) * 1000).append(",KRW\n");
            }
        }
        return csv.toString();
    }

    /** An instant on the day, in business hours (09:00–19:59) in the company's zone. */
    private static String at(LocalDate day, ZoneId zone, Random random) {
        ZonedDateTime time = day.atTime(9 + random.nextInt(11), random.nextInt(60), random.nextInt(60)).atZone(zone);
        return time.toInstant().toString();
    }

    /** The demo's customers: few enough that some contact the journey again within the week. */
    private static final int CUSTOMERS = 900;

    /** One of the 900 demo customers. */
    private static String customer(Random random) {
        return customer(random, CUSTOMERS);
    }

    /** One of the first {@code pool} demo customers. */
    private static String customer(Random random, int pool) {
        return String.format("customer-%04d@example.com", random.nextInt(pool));
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}

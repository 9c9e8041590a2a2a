package io.blueprint.web.it;

import io.blueprint.journey.Channel;
import io.blueprint.measurement.ClusterNode;
import io.blueprint.measurement.CustomerSketches;
import io.blueprint.measurement.ImportMode;
import io.blueprint.measurement.ImportRecords;
import io.blueprint.measurement.ImportStatus;
import io.blueprint.measurement.ImportSummary;
import io.blueprint.measurement.MeasureKind;
import io.blueprint.measurement.MeasurementImporter;
import io.blueprint.measurement.RowProblem;
import io.blueprint.measurement.read.ReadOptions;
import io.blueprint.measurement.read.UnreadableFileException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import inside the server, on the real database: what it stores row by row and in the rollups,
 * what it refuses and why, idempotency, atomic imports, the latest contact trace record, repeat
 * contacts in any file order, and a crash inside a batch.
 */
@ExtendWith(ArquillianExtension.class)
class MeasurementImportIT {

    private static final String SURVEY_HEADER = "response_id,touchpoint_code,answered_at,channel,ces,ces_scale,csat,nps,customer\n";
    private static final String CONTACT_HEADER = "contact_id,customer,touchpoint_code,started_at,channel,wait_seconds,"
            + "handle_seconds,transfers,resolved,abandoned,resolved_at,order_value,currency\n";

    @Deployment
    static WebArchive deployment() {
        return Deployments.blueprintWith(MeasurementImportIT.class, MeasuredServices.class, CrashingBatches.class);
    }

    @Inject
    MeasurementImporter importer;

    @Inject
    ImportRecords records;

    @Inject
    MeasuredServices services;

    private MeasuredServices.Made service() {
        Map<String, Channel> touchpoints = new LinkedHashMap<>();
        touchpoints.put("RET-WEB-01", Channel.WEB);
        touchpoints.put("RET-CALL-01", Channel.PHONE);
        touchpoints.put("RET-CHAT-01", Channel.CHAT);
        return services.service(touchpoints);
    }

    private static Path file(String text, Charset charset, boolean bom) {
        try {
            Path file = Files.createTempFile("import-it-", ".csv");
            byte[] bytes = text.getBytes(charset);
            byte[] mark = !bom ? new byte[0] : charset.equals(StandardCharsets.UTF_8) ? new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                    : charset.equals(StandardCharsets.UTF_16LE) ? new byte[]{(byte) 0xFF, (byte) 0xFE} : new byte[]{(byte) 0xFE, (byte) 0xFF};
            byte[] all = new byte[mark.length + bytes.length];
            System.arraycopy(mark, 0, all, 0, mark.length);
            System.arraycopy(bytes, 0, all, mark.length, bytes.length);
            Files.write(file, all);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportSummary run(MeasureKind kind, MeasuredServices.Made service, String source, ImportMode mode, Path file) {
        return run(kind, service, source, mode, file, null);
    }

    private ImportSummary run(MeasureKind kind, MeasuredServices.Made service, String source, ImportMode mode, Path file,
                              ReadOptions options) {
        return importer.importFile(new MeasurementImporter.Request(kind, service.serviceId(), source, "test.csv", mode,
                "ops", options, null, null), file);
    }

    private List<Map<String, Object>> surveys(MeasuredServices.Made service) {
        return services.rows("SELECT response_id, touchpoint_code, on_day, channel, ces, ces_scale, csat, nps, customer_hash"
                + " FROM survey_response WHERE service_id = ? ORDER BY response_id", service.serviceId());
    }

    private long rollup(String sql, MeasuredServices.Made service) {
        return services.number(sql, service.serviceId());
    }

    /** The distinct customers the touchpoint reached on every day it has, from the day sketches. */
    private double customersReached(MeasuredServices.Made service, String code) {
        List<byte[]> sketches = services.rows("SELECT sketch FROM touchpoint_customers WHERE service_id = ? AND touchpoint_code = ?",
                service.serviceId(), code).stream().map(row -> (byte[]) row.get("sketch")).toList();
        assertTrue(CustomerSketches.exact(sketches));
        return CustomerSketches.distinct(sketches);
    }

    private List<RowProblem> problems(long importId) {
        List<RowProblem> problems = new ArrayList<>();
        records.problems(importId, problems::add);
        return problems;
    }

    private static final String SURVEYS = SURVEY_HEADER
            + "R1,RET-WEB-01,2026-10-01T09:00:00+09:00,WEB,6,CES2,4,9,kim@example.com\r\n"
            + "R2,ret-web-01,2026-10-01T23:30:00Z,,2,CES1,,,\" Kim@Example.com\"\n"
            + "R3,RET-CALL-01,2026-10-02 10:00,phone,7,CES2,5,10,";

    @Test
    void aBlueprintSurveyFileStoresEachAnswerWithItsScaleItsCompanyDayAndTheDailyRollup() {
        MeasuredServices.Made service = service();
        ImportSummary summary = run(MeasureKind.SURVEY_RESPONSE, service, "survey-" + UUID.randomUUID(), ImportMode.PARTIAL,
                file(SURVEYS, StandardCharsets.UTF_8, false));

        assertEquals(ImportStatus.COMPLETED, summary.status());
        assertEquals(List.of(3L, 3L, 0L, 0L, 0L), List.of(summary.read(), summary.stored(), summary.updated(),
                summary.duplicates(), summary.rejected()));
        assertEquals("UTF-8", summary.encoding());
        assertEquals(",", summary.separator());
        assertEquals("BLUEPRINT", summary.layout());
        List<Map<String, Object>> rows = surveys(service);
        assertEquals("RET-WEB-01", rows.get(0).get("touchpoint_code"));
        assertEquals("2026-10-01", rows.get(0).get("on_day"));
        assertEquals(List.of(6L, "CES2", 4L, 9L, "WEB"), List.of(rows.get(0).get("ces"), rows.get(0).get("ces_scale"),
                rows.get(0).get("csat"), rows.get(0).get("nps"), rows.get(0).get("channel")));
        // 23:30 UTC is 08:30 the next morning in Seoul; no channel given: the touchpoint's
        assertEquals("2026-10-02", rows.get(1).get("on_day"));
        assertEquals(List.of(2L, "CES1", "WEB"), List.of(rows.get(1).get("ces"), rows.get(1).get("ces_scale"),
                rows.get(1).get("channel")));
        assertNull(rows.get(1).get("csat"));
        // one customer, however it is written; never stored as given
        assertEquals(rows.get(0).get("customer_hash"), rows.get(1).get("customer_hash"));
        assertEquals(43, rows.get(0).get("customer_hash").toString().length());
        assertFalse(rows.get(0).get("customer_hash").toString().toLowerCase().contains("kim"));
        assertNull(rows.get(2).get("customer_hash"));
        assertEquals("2026-10-02", rows.get(2).get("on_day"));
        assertEquals(0, services.number("SELECT COUNT(*) FROM survey_response WHERE customer_hash LIKE '%@%'"));

        assertEquals(1, rollup("SELECT responses FROM survey_day WHERE service_id = ? AND touchpoint_code = 'RET-WEB-01'"
                + " AND on_day = DATE '2026-10-01'", service));
        assertEquals(4, rollup("SELECT csat_sum FROM survey_day WHERE service_id = ? AND touchpoint_code = 'RET-WEB-01'"
                + " AND on_day = DATE '2026-10-01'", service));
        assertEquals(1, rollup("SELECT nps_promoters FROM survey_day WHERE service_id = ? AND touchpoint_code = 'RET-WEB-01'"
                + " AND on_day = DATE '2026-10-01'", service));
        // CSAT 4 is satisfied
        assertEquals(1, rollup("SELECT csat_satisfied FROM survey_day WHERE service_id = ? AND touchpoint_code = 'RET-WEB-01'"
                + " AND on_day = DATE '2026-10-01'", service));
        // CES 2.0 answer 6 is 12 half points; CES 1.0 answer 2 is 1 + 3 × 1.5 = 5.5, 11 half points
        assertEquals(1, rollup("SELECT responses FROM survey_day_ces WHERE service_id = ? AND touchpoint_code = 'RET-WEB-01'"
                + " AND on_day = DATE '2026-10-01' AND half_points = 12", service));
        assertEquals(1, rollup("SELECT responses FROM survey_day_ces WHERE service_id = ? AND touchpoint_code = 'RET-WEB-01'"
                + " AND on_day = DATE '2026-10-02' AND half_points = 11", service));
        assertEquals(1, rollup("SELECT ces1_responses FROM survey_day WHERE service_id = ? AND touchpoint_code = 'RET-WEB-01'"
                + " AND on_day = DATE '2026-10-02'", service));
    }

    @Test
    void theSameRowsAgainStoreNothingNewAndCountAsDuplicates() {
        MeasuredServices.Made service = service();
        String source = "survey-" + UUID.randomUUID();
        run(MeasureKind.SURVEY_RESPONSE, service, source, ImportMode.PARTIAL, file(SURVEYS, StandardCharsets.UTF_8, false));
        // the same answers again, now as UTF-16 with a byte order mark, semicolons and CRLF
        ImportSummary again = run(MeasureKind.SURVEY_RESPONSE, service, source, ImportMode.PARTIAL,
                file(SURVEYS.replace(',', ';').replace("\n", "\r\n").replace("\r\r", "\r"), StandardCharsets.UTF_16LE, true));

        assertEquals(List.of(3L, 0L, 0L, 3L, 0L), List.of(again.read(), again.stored(), again.updated(),
                again.duplicates(), again.rejected()));
        assertEquals("UTF-16LE", again.encoding());
        assertEquals(";", again.separator());
        assertEquals(3, services.number("SELECT COUNT(*) FROM survey_response WHERE service_id = ?", service.serviceId()));
        assertEquals(3, rollup("SELECT SUM(responses) FROM survey_day WHERE service_id = ?", service));
        assertEquals(3, rollup("SELECT SUM(responses) FROM survey_day_ces WHERE service_id = ?", service));
    }

    @Test
    void everyRejectedRowSaysItsLineColumnValueAndReasonAndTheValidRowsAreStored() {
        MeasuredServices.Made service = service();
        ImportSummary surveys = run(MeasureKind.SURVEY_RESPONSE, service, "survey-" + UUID.randomUUID(), ImportMode.PARTIAL,
                file(SURVEY_HEADER
                        + "OK1,RET-WEB-01,2026-10-01T09:00:00Z,WEB,5,CES2,,,\n"
                        + "U1,RET-XXX-09,2026-10-01T09:00:00Z,WEB,5,CES2,,,\n"
                        + "S1,RET-WEB-01,2026-10-01T09:00:00Z,WEB,9,CES2,,,\n"
                        + "T1,RET-WEB-01,yesterday,WEB,5,CES2,,,\n"
                        + "F1,RET-WEB-01,2099-01-01T00:00:00Z,WEB,5,CES2,,,\n"
                        + ",RET-WEB-01,2026-10-01T09:00:00Z,WEB,5,CES2,,,\n", StandardCharsets.UTF_8, false));
        assertEquals(List.of(6L, 1L, 5L), List.of(surveys.read(), surveys.stored(), surveys.rejected()));
        List<RowProblem> problems = problems(surveys.id());
        assertProblem(problems, 3, "touchpoint_code", "RET-XXX-09", "import.row.unknownTouchpoint");
        assertProblem(problems, 4, "ces", "9", "import.row.outOfScale");
        assertProblem(problems, 5, "answered_at", "yesterday", "import.row.time");
        assertProblem(problems, 6, "answered_at", "2099-01-01T00:00:00Z", "import.row.future");
        assertProblem(problems, 7, "response_id", "", "import.row.missing");
        assertEquals(List.of(new ImportSummary.UnknownCode("RET-XXX-09", 1)), surveys.unknownCodes());

        ImportSummary contacts = run(MeasureKind.CONTACT_EVENT, service, "contacts-" + UUID.randomUUID(), ImportMode.PARTIAL,
                file(CONTACT_HEADER
                        + "C1,cust-1,RET-CALL-01,2026-10-01T09:00:00Z,PHONE,-5,100,0,Y,N,,,\n"
                        + "C2,cust-2,RET-CALL-01,2026-10-01T09:00:00Z,PHONE,30,100,0,Y,N,,,\n", StandardCharsets.UTF_8, false));
        assertEquals(List.of(2L, 1L, 1L), List.of(contacts.read(), contacts.stored(), contacts.rejected()));
        assertProblem(problems(contacts.id()), 2, "wait_seconds", "-5", "import.row.negative");

        ImportSummary cases = run(MeasureKind.SERVICE_CASE, service, "cases-" + UUID.randomUUID(), ImportMode.PARTIAL,
                file("case_id,kind,touchpoint_code,opened_at,closed_at,customer,order_value,currency\n"
                        + "K1,refund,RET-WEB-01,2026-10-05T09:00:00Z,2026-10-04T09:00:00Z,cust-1,,\n"
                        + "K2,refund,RET-WEB-01,2026-10-05T09:00:00Z,2026-10-07T09:00:00Z,cust-1,39000,KRW\n", StandardCharsets.UTF_8, false));
        assertEquals(List.of(2L, 1L, 1L), List.of(cases.read(), cases.stored(), cases.rejected()));
        assertProblem(problems(cases.id()), 2, "closed_at", "2026-10-04T09:00:00Z", "import.row.closedBeforeOpened");
        assertEquals(2 * 86_400, rollup("SELECT duration_seconds_sum FROM case_day WHERE service_id = ? AND kind = 'REFUND'", service));
        // a customer's identifier is never part of an error report
        assertTrue(problems(contacts.id()).stream().noneMatch(p -> p.value().contains("cust-")));
    }

    private static void assertProblem(List<RowProblem> problems, long line, String column, String value, String reason) {
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.column().equals(column) && p.value().equals(value)
                && p.reason().equals(reason)), () -> "no problem " + line + "/" + column + "/" + value + "/" + reason
                + " in " + problems);
    }

    @Test
    void anAtomicImportWithOneBadRowStoresNothingAndSaysWhichRow() {
        MeasuredServices.Made service = service();
        ImportSummary summary = run(MeasureKind.SURVEY_RESPONSE, service, "atomic-" + UUID.randomUUID(), ImportMode.ATOMIC,
                file(SURVEY_HEADER
                        + "A1,RET-WEB-01,2026-10-01T09:00:00Z,WEB,5,CES2,,,\n"
                        + "A2,RET-WEB-01,2026-10-01T09:00:00Z,WEB,5,CES7,,,\n"
                        + "A3,RET-WEB-01,2026-10-01T09:00:00Z,WEB,6,CES2,,,\n", StandardCharsets.UTF_8, false));

        assertEquals(ImportStatus.REJECTED, summary.status());
        assertEquals(List.of(3L, 0L, 1L), List.of(summary.read(), summary.stored(), summary.rejected()));
        assertEquals(0, services.number("SELECT COUNT(*) FROM survey_response WHERE service_id = ?", service.serviceId()));
        assertEquals(0, services.number("SELECT COUNT(*) FROM survey_day WHERE service_id = ?", service.serviceId()));
        assertProblem(problems(summary.id()), 3, "ces_scale", "CES7", "import.row.cesScale");

        ImportSummary good = run(MeasureKind.SURVEY_RESPONSE, service, "atomic-" + UUID.randomUUID(), ImportMode.ATOMIC,
                file(SURVEY_HEADER + "A1,RET-WEB-01,2026-10-01T09:00:00Z,WEB,5,CES2,,,\n", StandardCharsets.UTF_8, false));
        assertEquals(ImportStatus.COMPLETED, good.status());
        assertEquals(1, good.stored());
        assertEquals(1, rollup("SELECT SUM(responses) FROM survey_day WHERE service_id = ?", service));
    }

    private static String ctr(String id, String updated, int queueSeconds, String customer) {
        return "{\"AWSAccountId\":\"123456789012\",\"ContactId\":\"" + id + "\",\"Channel\":\"VOICE\","
                + "\"InitiationMethod\":\"INBOUND\",\"InitiationTimestamp\":\"2026-10-01T01:00:00Z\","
                + "\"DisconnectTimestamp\":\"2026-10-01T01:10:00Z\",\"LastUpdateTimestamp\":\"" + updated + "\","
                + "\"CustomerEndpoint\":{\"Address\":\"" + customer + "\",\"Type\":\"TELEPHONE_NUMBER\"},"
                + "\"Queue\":{\"Name\":\"Returns\",\"Duration\":" + queueSeconds + ",\"EnqueueTimestamp\":\"2026-10-01T01:00:10Z\"},"
                + "\"Agent\":{\"Username\":\"agent1\",\"AgentInteractionDuration\":200,\"AfterContactWorkDuration\":40,"
                + "\"ConnectedToAgentTimestamp\":\"2026-10-01T01:01:00Z\"},"
                + "\"Attributes\":{\"touchpoint_code\":\"RET-CALL-01\"},\"SomeFieldAddedNextYear\":{\"x\":1}}";
    }

    @Test
    void theContactTraceRecordWithTheLatestUpdateWinsAndALaterCopyUpdatesTheStoredOne() {
        MeasuredServices.Made service = service();
        String source = "connect-" + UUID.randomUUID();
        ReadOptions json = ReadOptions.detect().withType(io.blueprint.measurement.read.FileType.CONNECT_JSON);
        ImportSummary first = run(MeasureKind.CONTACT_EVENT, service, source, ImportMode.PARTIAL, file("["
                + ctr("C1", "2026-10-01T01:20:00Z", 30, "+821011112222") + ","
                + ctr("C1", "2026-10-01T01:11:00Z", 99, "+821011112222") + ","
                + ctr("C2", "2026-10-01T01:11:00Z", 50, "+821033334444") + "]", StandardCharsets.UTF_8, false), json);

        assertEquals(ImportStatus.COMPLETED, first.status());
        assertEquals(2, first.stored());
        assertEquals(1, first.duplicates() + first.updated());
        List<Map<String, Object>> contacts = services.rows("SELECT contact_id, wait_seconds, handle_seconds FROM contact_event"
                + " WHERE service_id = ? ORDER BY contact_id", service.serviceId());
        assertEquals(List.of(30L, 240L), List.of(contacts.get(0).get("wait_seconds"), contacts.get(0).get("handle_seconds")));
        assertEquals(80, rollup("SELECT wait_seconds_sum FROM contact_day WHERE service_id = ?", service));

        // concatenated objects, one of them a newer copy of C1 and one an older copy of C2
        ImportSummary later = run(MeasureKind.CONTACT_EVENT, service, source, ImportMode.PARTIAL, file(
                ctr("C1", "2026-10-01T02:00:00Z", 45, "+821011112222") + "\n"
                        + ctr("C2", "2026-10-01T01:05:00Z", 70, "+821033334444"), StandardCharsets.UTF_8, false), json);
        assertEquals(List.of(0L, 1L, 1L), List.of(later.stored(), later.updated(), later.duplicates()));
        assertEquals(45L, services.rows("SELECT wait_seconds FROM contact_event WHERE service_id = ? AND contact_id = 'C1'",
                service.serviceId()).get(0).get("wait_seconds"));
        assertEquals(95, rollup("SELECT wait_seconds_sum FROM contact_day WHERE service_id = ?", service));
        assertEquals(2, rollup("SELECT contacts FROM contact_day WHERE service_id = ?", service));
        assertEquals(1, rollup("SELECT contacts FROM contact_day_wait WHERE service_id = ? AND wait_seconds = 45", service));
        assertEquals(0, rollup("SELECT COUNT(*) FROM contact_day_wait WHERE service_id = ? AND wait_seconds = 30 AND contacts <> 0", service));
        // the monthly histogram moved with the daily one
        assertEquals(1, rollup("SELECT contacts FROM contact_month_wait WHERE service_id = ? AND month_start = DATE '2026-10-01'"
                + " AND wait_seconds = 45", service));
        assertEquals(0, rollup("SELECT COUNT(*) FROM contact_month_wait WHERE service_id = ? AND wait_seconds = 30 AND contacts <> 0", service));
        assertEquals(2, rollup("SELECT SUM(contacts) FROM contact_month_wait WHERE service_id = ?", service));
    }

    /** Customer A: at t0 by phone, exactly 168 h later by chat, then 168 h and 1 s after that by phone; B once, transferred twice. */
    private static final List<String> CONTACTS = List.of(
            "A1,cust-a,RET-CALL-01,2026-09-01T10:00:00Z,PHONE,30,100,0,Y,N,,,\n",
            "A2,cust-a,RET-CHAT-01,2026-09-08T10:00:00Z,CHAT,10,100,0,Y,N,,,\n",
            "A3,cust-a,RET-CALL-01,2026-09-15T10:00:01Z,PHONE,10,100,0,Y,N,,,\n",
            "B1,cust-b,RET-CALL-01,2026-09-01T10:00:00Z,PHONE,10,100,2,Y,N,,,\n");

    /** The rollups' repeat counts per touchpoint and day: "code day" → [contacts, repeated, switches, first-contact resolutions]. */
    private Map<String, List<Object>> flags(MeasuredServices.Made service) {
        Map<String, List<Object>> flags = new LinkedHashMap<>();
        for (Map<String, Object> row : services.rows("SELECT touchpoint_code, on_day, contacts, repeated, channel_switches,"
                + " resolved_first FROM contact_day WHERE service_id = ? ORDER BY touchpoint_code, on_day", service.serviceId())) {
            flags.put(row.get("touchpoint_code") + " " + row.get("on_day"), List.of(row.get("contacts"), row.get("repeated"),
                    row.get("channel_switches"), row.get("resolved_first")));
        }
        return flags;
    }

    @Test
    void repeatContactsAreKnownAtBothEdgesOfTheSevenDaysWhateverOrderTheFilesArriveIn() {
        MeasuredServices.Made inOrder = service();
        MeasuredServices.Made reversed = service();
        String source = "contacts-" + UUID.randomUUID();
        for (String contact : CONTACTS) {
            run(MeasureKind.CONTACT_EVENT, inOrder, source, ImportMode.PARTIAL, file(CONTACT_HEADER + contact, StandardCharsets.UTF_8, false));
        }
        for (int i = CONTACTS.size() - 1; i >= 0; i--) {
            run(MeasureKind.CONTACT_EVENT, reversed, source, ImportMode.PARTIAL, file(CONTACT_HEADER + CONTACTS.get(i), StandardCharsets.UTF_8, false));
        }

        Map<String, List<Object>> expected = Map.of(
                // A1 and B1: A2 came 168 h after A1, inclusive, by another channel; B1 never came back
                "RET-CALL-01 2026-09-01", List.of(2L, 1L, 1L, 1L),
                // A2: A3 came 168 h and 1 s later, which is not a repeat
                "RET-CHAT-01 2026-09-08", List.of(1L, 0L, 0L, 1L),
                "RET-CALL-01 2026-09-15", List.of(1L, 0L, 0L, 1L));
        assertEquals(expected, flags(inOrder));
        assertEquals(expected, flags(reversed));
        for (MeasuredServices.Made service : List.of(inOrder, reversed)) {
            assertEquals(1, rollup("SELECT SUM(repeated) FROM contact_day WHERE service_id = ?", service));
            assertEquals(1, rollup("SELECT SUM(channel_switches) FROM contact_day WHERE service_id = ?", service));
            // resolved and not repeated: A2, A3, B1
            assertEquals(3, rollup("SELECT SUM(resolved_first) FROM contact_day WHERE service_id = ?", service));
            assertEquals(1, rollup("SELECT repeated FROM contact_day WHERE service_id = ? AND touchpoint_code = 'RET-CALL-01'"
                    + " AND on_day = DATE '2026-09-01'", service));
            // contacts with a transfer, not transfers: B1's two count once
            assertEquals(1, rollup("SELECT SUM(transferred) FROM contact_day WHERE service_id = ?", service));
            assertEquals(2, rollup("SELECT SUM(transfers_sum) FROM contact_day WHERE service_id = ?", service));
            // the call centre reached A and B over the period (A twice), the chat only A
            assertEquals(2.0, customersReached(service, "RET-CALL-01"));
            assertEquals(1.0, customersReached(service, "RET-CHAT-01"));
        }
    }

    /** A contact of the generated set below. */
    private record Generated(String id, String customer, String code, String channel, Instant startedAt, boolean resolved) {
    }

    /**
     * Thirty customers with about thirteen contacts each over 40 days, by phone and by chat, in three files of
     * shuffled rows imported out of time order: the rollups' repeat counts equal those computed here from the
     * whole set, contact by contact (repeated: the customer's next contact came at most 168 hours later).
     */
    @Test
    void repeatCountsOfManyCustomersAcrossFilesEqualThoseComputedFromAllTheirContacts() {
        MeasuredServices.Made service = service();
        java.util.Random random = new java.util.Random(7);
        List<Generated> all = generated(random, 400, 30, 8_640);
        List<Generated> shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, random);
        String source = "contacts-" + UUID.randomUUID();
        for (int part : new int[]{2, 0, 1}) {
            List<Generated> third = new ArrayList<>();
            for (int i = part; i < shuffled.size(); i += 3) {
                third.add(shuffled.get(i));
            }
            assertEquals(third.size(), run(MeasureKind.CONTACT_EVENT, service, source, ImportMode.PARTIAL, csv(third)).stored());
        }
        Map<String, List<Object>> expected = expectedFlags(all);
        assertTrue(expected.values().stream().mapToLong(v -> (Long) v.get(1)).sum() > 50, "enough repeats to tell");
        assertEquals(expected, new java.util.TreeMap<>(flags(service)));
    }

    /**
     * One file of 25,000 contacts — three batches — in shuffled order, whose customers come back within and across
     * batches: the import decides the later batches from the contacts it stored itself, and the counts equal those
     * computed here; the same contacts as two files into another service (the second reads the first's contacts
     * back from the database) give the same counts.
     */
    @Test
    void repeatCountsOfAFileOfSeveralBatchesEqualThoseComputedFromAllItsContacts() {
        java.util.Random random = new java.util.Random(11);
        List<Generated> all = generated(random, 25_000, 2_000, 200);
        List<Generated> shuffled = new ArrayList<>(all);
        java.util.Collections.shuffle(shuffled, random);
        Map<String, List<Object>> expected = expectedFlags(all);
        assertTrue(expected.values().stream().mapToLong(v -> (Long) v.get(1)).sum() > 10_000, "enough repeats to tell");

        MeasuredServices.Made whole = service();
        ImportSummary summary = run(MeasureKind.CONTACT_EVENT, whole, "contacts-" + UUID.randomUUID(), ImportMode.PARTIAL,
                csv(shuffled));
        assertEquals(all.size(), summary.stored());
        assertEquals(expected, new java.util.TreeMap<>(flags(whole)));

        MeasuredServices.Made halves = service();
        String source = "contacts-" + UUID.randomUUID();
        run(MeasureKind.CONTACT_EVENT, halves, source, ImportMode.PARTIAL, csv(shuffled.subList(0, 12_500)));
        run(MeasureKind.CONTACT_EVENT, halves, source, ImportMode.PARTIAL, csv(shuffled.subList(12_500, shuffled.size())));
        assertEquals(expected, new java.util.TreeMap<>(flags(halves)));
    }

    /**
     * {@code count} contacts of {@code customers} customers by phone and by chat, one in each slot of {@code slot}
     * seconds from 2026-08-01 (no two at the same instant, whose order would be a matter of taste).
     */
    private static List<Generated> generated(java.util.Random random, int count, int customers, int slot) {
        Instant start = Instant.parse("2026-08-01T00:00:00Z");
        String[][] touchpoints = {{"RET-CALL-01", "PHONE"}, {"RET-CHAT-01", "CHAT"}};
        List<Generated> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] touchpoint = touchpoints[random.nextInt(touchpoints.length)];
            all.add(new Generated("G" + i, "cust-" + random.nextInt(customers), touchpoint[0], touchpoint[1],
                    start.plusSeconds((long) i * slot + random.nextInt(slot)), random.nextBoolean()));
        }
        return all;
    }

    /**
     * The rollups' repeat counts computed from all the contacts, as {@link #flags} reads them: per touchpoint and day
     * in Seoul, [contacts, repeated, channel switches, resolved and not repeated].
     */
    private static Map<String, List<Object>> expectedFlags(List<Generated> all) {
        Map<String, List<Generated>> byCustomer = new java.util.HashMap<>();
        for (Generated contact : all) {
            byCustomer.computeIfAbsent(contact.customer(), c -> new ArrayList<>()).add(contact);
        }
        Map<String, List<Object>> expected = new java.util.TreeMap<>();
        for (List<Generated> history : byCustomer.values()) {
            history.sort(java.util.Comparator.comparing(Generated::startedAt));
            for (int i = 0; i < history.size(); i++) {
                Generated contact = history.get(i);
                Generated next = i + 1 < history.size() ? history.get(i + 1) : null;
                boolean repeated = next != null
                        && !next.startedAt().isAfter(contact.startedAt().plus(java.time.Duration.ofHours(168)));
                String key = contact.code() + " " + contact.startedAt().atZone(java.time.ZoneId.of("Asia/Seoul")).toLocalDate();
                List<Object> was = expected.getOrDefault(key, List.of(0L, 0L, 0L, 0L));
                expected.put(key, List.of((Long) was.get(0) + 1, (Long) was.get(1) + (repeated ? 1 : 0),
                        (Long) was.get(2) + (repeated && !next.channel().equals(contact.channel()) ? 1 : 0),
                        (Long) was.get(3) + (contact.resolved() && !repeated ? 1 : 0)));
            }
        }
        return expected;
    }

    private static Path csv(List<Generated> contacts) {
        StringBuilder csv = new StringBuilder(CONTACT_HEADER);
        for (Generated contact : contacts) {
            csv.append(contact.id()).append(',').append(contact.customer()).append(',').append(contact.code()).append(',')
                    .append(contact.startedAt()).append(',').append(contact.channel()).append(",20,100,0,")
                    .append(contact.resolved() ? "Y" : "N").append(",N,,,\n");
        }
        return file(csv.toString(), StandardCharsets.UTF_8, false);
    }

    @Test
    void aCrashInsideABatchLeavesNoPartOfItAndRunningTheImportAgainCompletesIt() {
        MeasuredServices.Made service = service();
        StringBuilder csv = new StringBuilder(SURVEY_HEADER);
        int rows = 12_000;
        for (int i = 0; i < rows; i++) {
            csv.append("R").append(i).append(",RET-WEB-01,2026-10-0").append(1 + i % 9).append("T09:00:00Z,WEB,")
                    .append(1 + i % 7).append(",CES2,,,c").append(i % 500).append('\n');
        }
        Path file = file(csv.toString(), StandardCharsets.UTF_8, false);
        String source = CrashingBatches.PREFIX + "2-" + UUID.randomUUID();

        assertThrows(RuntimeException.class, () -> run(MeasureKind.SURVEY_RESPONSE, service, source, ImportMode.PARTIAL, file));
        ImportSummary crashed = records.history(1, 0).get(0);
        assertEquals(source, crashed.source());
        assertEquals(ImportStatus.FAILED, crashed.status());
        // the first batch (10,000 rows) is there, whole, with its rollups; nothing of the second
        long batch = io.blueprint.measurement.MeasurementSettings.DEFAULT_BATCH_ROWS;
        assertEquals(batch, crashed.stored());
        assertEquals(batch, services.number("SELECT COUNT(*) FROM survey_response WHERE service_id = ?", service.serviceId()));
        assertEquals(batch, rollup("SELECT SUM(responses) FROM survey_day WHERE service_id = ?", service));

        ImportSummary rerun = run(MeasureKind.SURVEY_RESPONSE, service, source, ImportMode.PARTIAL, file);
        assertEquals(ImportStatus.COMPLETED, rerun.status());
        assertEquals(List.of((long) rows, rows - batch, batch), List.of(rerun.read(), rerun.stored(), rerun.duplicates()));
        assertEquals(rows, services.number("SELECT COUNT(*) FROM survey_response WHERE service_id = ?", service.serviceId()));
        assertEquals(rows, rollup("SELECT SUM(responses) FROM survey_day WHERE service_id = ?", service));
        assertEquals(rows, rollup("SELECT SUM(responses) FROM survey_day_ces WHERE service_id = ?", service));
    }

    @Test
    void aStartingNodeInterruptsItsOwnImportsAndThoseOfASilentNodeButNeverALiveNodes() {
        MeasuredServices.Made service = service();
        long mine = runningImport(service);
        long live = runningImport(service);
        long silent = runningImport(service);
        Instant now = Instant.now();
        services.update("UPDATE measurement_import SET node = ? WHERE id = ?", "live-node", live);
        services.update("UPDATE measurement_import SET node = ?, heartbeat_at = ? WHERE id = ?", "crashed-node",
                now.minus(SILENCE).minusSeconds(1), silent);

        assertTrue(records.interruptAtStart(ClusterNode.name(), now, SILENCE) >= 2);
        assertEquals(ImportStatus.INTERRUPTED, records.get(mine).status());
        assertNotNull(records.get(mine).finishedAt());
        assertEquals(ImportStatus.INTERRUPTED, records.get(silent).status());
        assertEquals(ImportStatus.RUNNING, records.get(live).status(), "another live node's import goes on");
    }

    @Test
    void anImportWhoseNodeStopsBeatingIsMarkedInterruptedByAnotherNode() {
        MeasuredServices.Made service = service();
        long id = runningImport(service);
        Instant later = Instant.now().plus(SILENCE).plusSeconds(1);
        // a minute on, its node still beats: nobody interrupts it
        assertTrue(records.beat(ClusterNode.name(), later) >= 1);
        records.interruptAbandoned("another-node", later, SILENCE);
        assertEquals(ImportStatus.RUNNING, records.get(id).status());
        // its node is killed and stops beating: a minute after its last beat, another node's beat ends it
        records.interruptAbandoned("another-node", later.plus(SILENCE).plusSeconds(1), SILENCE);
        assertEquals(ImportStatus.INTERRUPTED, records.get(id).status());
    }

    private static final java.time.Duration SILENCE = java.time.Duration.ofSeconds(60);

    private long runningImport(MeasuredServices.Made service) {
        long id = records.start(new ImportRecords.Start(MeasureKind.SURVEY_RESPONSE, service.serviceId(),
                "killed-" + UUID.randomUUID(), "big.csv", ImportMode.PARTIAL, "ops", 1000L), Instant.now());
        assertEquals(ImportStatus.RUNNING, records.get(id).status());
        return id;
    }

    @Test
    void aFileWithAQuoteThatNeverClosesIsRefusedWholeNamingItsLine() {
        MeasuredServices.Made service = service();
        UnreadableFileException refused = assertThrows(UnreadableFileException.class, () -> run(MeasureKind.SURVEY_RESPONSE,
                service, "broken-" + UUID.randomUUID(), ImportMode.PARTIAL, file(SURVEY_HEADER
                        + "Q1,RET-WEB-01,2026-10-01T09:00:00Z,WEB,5,CES2,,,\n"
                        + "Q2,RET-WEB-01,2026-10-01T09:00:00Z,WEB,5,CES2,,,\"never closed\n"
                        + "Q3,RET-WEB-01,2026-10-01T09:00:00Z,WEB,5,CES2,,,\n", StandardCharsets.UTF_8, false)));
        assertEquals(3, refused.line());
        assertEquals(0, services.number("SELECT COUNT(*) FROM survey_response WHERE service_id = ?", service.serviceId()));
    }

    @Test
    void aKoreanWindowsFileWithTabsMixedLineEndsAndLabelsInsteadOfNumbersStoresItsValues() {
        MeasuredServices.Made service = service();
        String text = SURVEY_HEADER.replace(',', '\t').replace("\n", "\r\n")
                + "응답-1\tRET-WEB-01\t2026/10/3 14:05\t\t매우 그렇다\tCES2\t\t\t김민준\n"
                + "응답-2\tRET-WEB-01\t10/3/2026 14:06:30\t\tVery high effort\tCES1\t\t\t\r\n"
                + "\"응답-3\"\tRET-WEB-01\t2026-10-03T14:07:00+09:00\tapp\t\"전혀 그렇지\n않다\"\tCES2\t\t\t";
        ImportSummary summary = run(MeasureKind.SURVEY_RESPONSE, service, "cp949-" + UUID.randomUUID(), ImportMode.PARTIAL,
                file(text, Charset.forName("x-windows-949"), false));

        assertEquals("x-windows-949", summary.encoding());
        assertEquals("\t", summary.separator());
        assertEquals(3, summary.read());
        List<Map<String, Object>> rows = surveys(service);
        assertEquals(List.of("응답-1", "응답-2", "응답-3"), rows.stream().map(r -> r.get("response_id")).toList());
        assertEquals(List.of(7L, "CES2", "2026-10-03"), List.of(rows.get(0).get("ces"), rows.get(0).get("ces_scale"),
                rows.get(0).get("on_day")));
        assertEquals(List.of(5L, "CES1"), List.of(rows.get(1).get("ces"), rows.get(1).get("ces_scale")));
        assertNotNull(rows.get(0).get("customer_hash"));
        // a label broken over two lines inside its quotes is still the label: whitespace is normalised
        assertEquals(3, summary.stored());
        assertEquals(List.of(1L, "APP"), List.of(rows.get(2).get("ces"), rows.get(2).get("channel")));
    }
}

package io.blueprint.reports.effort;

import io.blueprint.measurement.CustomerSketches;
import io.blueprint.measurement.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the daily rollups of some touchpoints over a period, summed in the database per touchpoint and bucket of
 * days (the whole period, before/after a day, or ISO weeks), so that a year of a journey comes back as a few
 * hundred rows however many raw rows lie beneath. Reads rollup tables only.
 */
final class RollupReader {

    /** How the period's days are grouped. */
    record Buckets(Kind kind, LocalDate anchor) {

        enum Kind { WHOLE, SPLIT, WEEKS }

        /** One bucket, 0, for the whole period. */
        static Buckets whole() {
            return new Buckets(Kind.WHOLE, null);
        }

        /** 0 before {@code day}, 1 from {@code day} on. */
        static Buckets splitAt(LocalDate day) {
            return new Buckets(Kind.SPLIT, day);
        }

        /** The number of the week since {@code monday}: 0 for its week, 1 for the next, … */
        static Buckets weeksFrom(LocalDate monday) {
            return new Buckets(Kind.WEEKS, monday);
        }

        /** The bucket of a row whose day is in {@code column}. */
        String sql(boolean postgres, String column) {
            switch (kind) {
                case SPLIT:
                    return "CASE WHEN " + column + " < CAST(? AS DATE) THEN 0 ELSE 1 END";
                case WEEKS:
                    return postgres ? "(" + column + " - CAST(? AS DATE)) / 7" : "DATEDIFF(DAY, CAST(? AS DATE), " + column + ") / 7";
                default:
                    return "0";
            }
        }

        /** Whether every day of the month starting on {@code first} falls in one bucket: no week or split cuts it. */
        boolean keepsWhole(LocalDate first) {
            return switch (kind) {
                case WHOLE -> true;
                case SPLIT -> !anchor.isAfter(first) || anchor.isAfter(first.plusMonths(1).minusDays(1));
                case WEEKS -> false;
            };
        }
    }

    /** Days {@code first} … {@code last}, both included. */
    private record Days(LocalDate first, LocalDate last) {
    }

    private final Connection connection;
    private final long serviceId;
    private final List<String> codes;
    private final LocalDate from;
    private final LocalDate to;
    private final List<Days> period;

    RollupReader(Connection connection, long serviceId, List<String> codes, LocalDate from, LocalDate to) {
        this.connection = connection;
        this.serviceId = serviceId;
        this.codes = codes;
        this.from = from;
        this.to = to;
        this.period = List.of(new Days(from, to));
    }

    /**
     * The tallies per touchpoint code and bucket. {@code withKpiCounters} also reads the counters only the KPIs
     * need (CSAT satisfied, contacts transferred).
     */
    Map<String, Map<Integer, Tally>> tallies(Buckets buckets, boolean withKpiCounters) throws SQLException {
        Map<String, Map<Integer, Tally>> tallies = new HashMap<>();
        if (codes.isEmpty()) {
            return tallies;
        }
        boolean postgres = Jdbc.isPostgres(connection);
        String bucket = buckets.sql(postgres, "on_day");
        query("survey_day", "on_day", period, bucket, buckets, "responses, ces1_responses, csat_responses, csat_sum, nps_responses,"
                + " nps_promoters, nps_detractors" + (withKpiCounters ? ", csat_satisfied" : ""), "", (rows, tally) -> {
            tally.responses += rows.getLong("responses");
            tally.ces1Responses += rows.getLong("ces1_responses");
            tally.csatResponses += rows.getLong("csat_responses");
            tally.csatSum += rows.getLong("csat_sum");
            tally.npsResponses += rows.getLong("nps_responses");
            tally.npsPromoters += rows.getLong("nps_promoters");
            tally.npsDetractors += rows.getLong("nps_detractors");
            if (withKpiCounters) {
                tally.csatSatisfied += rows.getLong("csat_satisfied");
            }
        }, tallies);
        query("survey_day_ces", "on_day", period, bucket, buckets, "responses", "half_points",
                (rows, tally) -> tally.ces(rows.getInt("half_points"), rows.getLong("responses")), tallies);
        query("contact_day", "on_day", period, bucket, buckets, "contacts, wait_seconds_sum, handle_seconds_sum, transfers_sum, resolved,"
                + " abandoned, repeated, channel_switches, resolved_first" + (withKpiCounters ? ", transferred" : ""), "",
                (rows, tally) -> {
                    tally.contacts += rows.getLong("contacts");
                    tally.waitSecondsSum += rows.getLong("wait_seconds_sum");
                    tally.handleSecondsSum += rows.getLong("handle_seconds_sum");
                    tally.transfersSum += rows.getLong("transfers_sum");
                    tally.resolved += rows.getLong("resolved");
                    tally.abandoned += rows.getLong("abandoned");
                    tally.repeated += rows.getLong("repeated");
                    tally.channelSwitches += rows.getLong("channel_switches");
                    tally.resolvedFirst += rows.getLong("resolved_first");
                    if (withKpiCounters) {
                        tally.transferred += rows.getLong("transferred");
                    }
                }, tallies);
        // the wait histogram is most of the rows a report reads (one per touchpoint, day and distinct wait second):
        // the months no bucket boundary cuts come from its monthly form, only the other days from the daily one
        List<Days> months = new ArrayList<>();
        List<Days> days = new ArrayList<>();
        for (LocalDate first = from.withDayOfMonth(1); !first.isAfter(to); first = first.plusMonths(1)) {
            LocalDate last = first.plusMonths(1).minusDays(1);
            if (!first.isBefore(from) && !last.isAfter(to) && buckets.keepsWhole(first)) {
                extend(months, first, last);
            } else {
                extend(days, first.isBefore(from) ? from : first, last.isAfter(to) ? to : last);
            }
        }
        // read by position (code, bucket, wait, contacts): some thousand rows per touchpoint
        RowReader waits = (rows, tally) -> tally.waited(rows.getInt(3), rows.getLong(4));
        query("contact_month_wait", "month_start", months, buckets.sql(postgres, "month_start"), buckets, "contacts",
                "wait_seconds", waits, tallies);
        query("contact_day_wait", "on_day", days, bucket, buckets, "contacts", "wait_seconds", waits, tallies);
        return tallies;
    }

    /** Adds days {@code first} … {@code last} to {@code ranges}, joined to the last range when they follow it. */
    private static void extend(List<Days> ranges, LocalDate first, LocalDate last) {
        if (!ranges.isEmpty() && ranges.get(ranges.size() - 1).last().plusDays(1).equals(first)) {
            ranges.set(ranges.size() - 1, new Days(ranges.get(ranges.size() - 1).first(), last));
        } else {
            ranges.add(new Days(first, last));
        }
    }

    /**
     * The distinct customers per touchpoint code over the period: the union of its day sketches
     * ({@code touchpoint_customers}), exact up to 16,384 customers and an estimate above.
     */
    Map<String, Double> customersReached() throws SQLException {
        Map<String, List<byte[]>> sketches = new HashMap<>();
        if (!codes.isEmpty()) {
            String sql = "SELECT touchpoint_code, sketch FROM touchpoint_customers WHERE service_id = ?"
                    + " AND on_day BETWEEN ? AND ? AND touchpoint_code IN (" + placeholders() + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bindWhere(statement, 1, period);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sketches.computeIfAbsent(rows.getString(1), c -> new ArrayList<>()).add(rows.getBytes(2));
                    }
                }
            }
        }
        Map<String, Double> distinct = new HashMap<>();
        sketches.forEach((code, days) -> distinct.put(code, CustomerSketches.distinct(days)));
        return distinct;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rows, Tally tally) throws SQLException;
    }

    /**
     * {@code SELECT code, bucket[, extra], SUM(counter) AS counter…} of one rollup table, grouped by code, bucket
     * and the extra key column (the histogram's value) when there is one: the reader finds each sum by its counter's
     * name (or the code as column 1, the bucket as 2, then the extra key and the sums).
     */
    private void query(String table, String dayColumn, List<Days> ranges, String bucket, Buckets buckets, String counters,
                       String extraKey, RowReader reader, Map<String, Map<Integer, Tally>> tallies) throws SQLException {
        if (ranges.isEmpty()) {
            return;
        }
        List<String> summed = java.util.Arrays.stream(counters.split(",")).map(String::strip).toList();
        String extra = extraKey.isEmpty() ? "" : ", " + extraKey;
        String sql = "SELECT code, b" + extra + ", "
                + String.join(", ", summed.stream().map(c -> "SUM(" + c + ") AS " + c).toList())
                + " FROM (SELECT touchpoint_code AS code, " + bucket + " AS b" + extra + ", " + counters
                + " FROM " + table + " WHERE service_id = ? AND ("
                + String.join(" OR ", Collections.nCopies(ranges.size(), dayColumn + " BETWEEN ? AND ?"))
                + ") AND touchpoint_code IN (" + placeholders() + ")) r GROUP BY code, b" + extra;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (buckets.kind() != Buckets.Kind.WHOLE) {
                statement.setObject(index++, buckets.anchor());
            }
            bindWhere(statement, index, ranges);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Tally tally = tallies.computeIfAbsent(rows.getString(1), c -> new HashMap<>())
                            .computeIfAbsent(rows.getInt(2), b -> new Tally());
                    reader.read(rows, tally);
                }
            }
        }
    }

    private String placeholders() {
        return String.join(", ", Collections.nCopies(codes.size(), "?"));
    }

    private int bindWhere(PreparedStatement statement, int index, List<Days> ranges) throws SQLException {
        statement.setLong(index++, serviceId);
        for (Days range : ranges) {
            statement.setObject(index++, range.first());
            statement.setObject(index++, range.last());
        }
        for (String code : codes) {
            statement.setString(index++, code);
        }
        return index;
    }
}

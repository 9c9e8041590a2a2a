package io.blueprint.measurement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Survey responses: their table and their share of {@code survey_day} and its CES histogram. */
final class SurveyStore extends RowStore<SurveyStore.Row> {

    /** A survey response as stored. */
    record Row(String id, String code, Instant answeredAt, LocalDate day, String channel, int ces, CesScale scale,
               Integer csat, Integer nps, String customerHash) implements RowStore.Stored {
    }

    SurveyStore() {
        super("survey_response", "response_id", List.of("touchpoint_code", "answered_at", "on_day", "channel", "ces",
                "ces_scale", "csat", "nps", "customer_hash"));
    }

    @Override
    Object[] values(Row row) {
        return new Object[]{row.code(), row.answeredAt(), row.day(), row.channel(), row.ces(), row.scale().name(),
                row.csat(), row.nps(), row.customerHash()};
    }

    @Override
    void encode(CopyRows out, Row row) {
        out.text(row.code()).timestamp(row.answeredAt()).date(row.day()).text(row.channel()).int2(row.ces())
                .text(row.scale().name()).int2(row.csat()).int2(row.nps()).text(row.customerHash());
    }

    @Override
    Row read(ResultSet rows) throws SQLException {
        return new Row(rows.getString("response_id"), rows.getString("touchpoint_code"), instant(rows, "answered_at"),
                rows.getObject("on_day", LocalDate.class), rows.getString("channel"), rows.getInt("ces"),
                CesScale.valueOf(rows.getString("ces_scale")), integer(rows, "csat"), integer(rows, "nps"),
                rows.getString("customer_hash"));
    }

    @Override
    void contribute(Rollups rollups, Row row, int sign) {
        boolean hasNps = row.nps() != null;
        rollups.add(Rollups.Table.SURVEY_DAY, row.code(), row.day(), null, sign,
                1, row.scale() == CesScale.CES1 ? 1 : 0,
                row.csat() == null ? 0 : 1, row.csat() == null ? 0 : row.csat(), row.csat() != null && row.csat() >= 4 ? 1 : 0,
                hasNps ? 1 : 0, hasNps && row.nps() >= 9 ? 1 : 0, hasNps && row.nps() <= 6 ? 1 : 0);
        rollups.add(Rollups.Table.SURVEY_DAY_CES, row.code(), row.day(), row.scale().halfPoints(row.ces()), sign, 1);
        if (sign > 0) {
            rollups.reached(row.code(), row.day(), row.customerHash());
        }
    }
}

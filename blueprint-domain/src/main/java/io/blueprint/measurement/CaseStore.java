package io.blueprint.measurement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Service cases: their table and their share of {@code case_day}. */
final class CaseStore extends RowStore<CaseStore.Row> {

    /** A service case as stored. */
    record Row(String id, CaseKind kind, String code, Instant openedAt, LocalDate day, Instant closedAt,
               String customerHash, BigDecimal orderValue, String currency) implements RowStore.Stored {
    }

    CaseStore() {
        super("service_case", "case_id", List.of("kind", "touchpoint_code", "opened_at", "on_day", "closed_at",
                "customer_hash", "order_value", "currency"));
    }

    @Override
    Object[] values(Row row) {
        return new Object[]{row.kind().name(), row.code(), row.openedAt(), row.day(), row.closedAt(), row.customerHash(),
                row.orderValue(), row.currency()};
    }

    @Override
    void encode(CopyRows out, Row row) {
        out.text(row.kind().name()).text(row.code()).timestamp(row.openedAt()).date(row.day()).timestamp(row.closedAt())
                .text(row.customerHash()).numeric(row.orderValue()).text(row.currency());
    }

    @Override
    Row read(ResultSet rows) throws SQLException {
        return new Row(rows.getString("case_id"), CaseKind.valueOf(rows.getString("kind")),
                rows.getString("touchpoint_code"), instant(rows, "opened_at"), rows.getObject("on_day", LocalDate.class),
                instant(rows, "closed_at"), rows.getString("customer_hash"), money(rows, "order_value"),
                rows.getString("currency"));
    }

    @Override
    void contribute(Rollups rollups, Row row, int sign) {
        boolean closed = row.closedAt() != null;
        rollups.add(Rollups.Table.CASE_DAY, row.code(), row.day(), row.kind().name(), sign,
                1, closed ? 1 : 0, closed ? Duration.between(row.openedAt(), row.closedAt()).toSeconds() : 0);
    }
}

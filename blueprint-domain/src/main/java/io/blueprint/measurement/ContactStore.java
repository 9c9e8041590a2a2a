package io.blueprint.measurement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Contact events: their table and their share of {@code contact_day} and its wait histogram. Whether
 * a contact was repeated (and switched channel) follows from the stored contacts: {@link RepeatContacts} decides it
 * for the rows in memory, and the rollups count it; the table does not hold it.
 */
final class ContactStore extends RowStore<ContactStore.Row> {

    /** A contact event as stored. */
    record Row(String id, long journeyId, String code, Instant startedAt, LocalDate day, String channel, int waitSeconds,
               int handleSeconds, int transfers, boolean resolved, boolean abandoned, Instant resolvedAt,
               BigDecimal orderValue, String currency, String customerHash, Instant sourceVersion, boolean repeated,
               boolean channelSwitch) implements RowStore.Stored {

        /** The same contact with these repeat flags. */
        Row withFlags(boolean isRepeated, boolean switched) {
            return new Row(id, journeyId, code, startedAt, day, channel, waitSeconds, handleSeconds, transfers, resolved,
                    abandoned, resolvedAt, orderValue, currency, customerHash, sourceVersion, isRepeated, switched);
        }

        /** The same contact with the repeat flags of {@code stored}, which only {@link RepeatContacts} changes. */
        Row withFlagsOf(Row stored) {
            return new Row(id, journeyId, code, startedAt, day, channel, waitSeconds, handleSeconds, transfers, resolved,
                    abandoned, resolvedAt, orderValue, currency, customerHash, sourceVersion, stored.repeated(),
                    stored.channelSwitch());
        }
    }

    ContactStore() {
        super("contact_event", "contact_id", List.of("journey_id", "touchpoint_code", "started_at", "on_day", "channel",
                "wait_seconds", "handle_seconds", "transfers", "resolved", "abandoned", "resolved_at", "order_value",
                "currency", "customer_hash", "source_version"));
    }

    @Override
    Object[] values(Row row) {
        return new Object[]{row.journeyId(), row.code(), row.startedAt(), row.day(), row.channel(), row.waitSeconds(),
                row.handleSeconds(), row.transfers(), row.resolved(), row.abandoned(), row.resolvedAt(),
                row.orderValue(), row.currency(), row.customerHash(), row.sourceVersion()};
    }

    @Override
    void encode(CopyRows out, Row row) {
        out.int8(row.journeyId()).text(row.code()).timestamp(row.startedAt()).date(row.day()).text(row.channel())
                .int4(row.waitSeconds()).int4(row.handleSeconds()).int4(row.transfers()).bool(row.resolved())
                .bool(row.abandoned()).timestamp(row.resolvedAt()).numeric(row.orderValue()).text(row.currency())
                .text(row.customerHash()).timestamp(row.sourceVersion());
    }

    @Override
    Row read(ResultSet rows) throws SQLException {
        return new Row(rows.getString("contact_id"), rows.getLong("journey_id"), rows.getString("touchpoint_code"),
                instant(rows, "started_at"), rows.getObject("on_day", LocalDate.class), rows.getString("channel"),
                rows.getInt("wait_seconds"), rows.getInt("handle_seconds"), rows.getInt("transfers"),
                rows.getBoolean("resolved"), rows.getBoolean("abandoned"), instant(rows, "resolved_at"),
                money(rows, "order_value"), rows.getString("currency"), rows.getString("customer_hash"),
                instant(rows, "source_version"), false, false);
    }

    @Override
    void contribute(Rollups rollups, Row row, int sign) {
        // the counters and the repeat flags' share (what flags() adds alone) in one change of the row
        rollups.add(Rollups.Table.CONTACT_DAY, row.code(), row.day(), null, sign,
                1, row.waitSeconds(), row.handleSeconds(), row.transfers(), row.transfers() > 0 ? 1 : 0,
                row.resolved() ? 1 : 0, row.abandoned() ? 1 : 0, row.repeated() ? 1 : 0, row.channelSwitch() ? 1 : 0,
                row.resolved() && !row.repeated() ? 1 : 0);
        if (sign > 0) {
            rollups.reached(row.code(), row.day(), row.customerHash());
        }
        int wait = Math.min(row.waitSeconds(), Rollups.WAIT_EXACT_SECONDS + 1);
        rollups.add(Rollups.Table.CONTACT_DAY_WAIT, row.code(), row.day(), wait, sign, 1);
        rollups.add(Rollups.Table.CONTACT_MONTH_WAIT, row.code(), row.day(), wait, sign, 1);
    }

    /** The share of the repeat flags alone: repeated, channel switches, and first-contact resolutions. */
    static void flags(Rollups rollups, Row row, int sign) {
        rollups.add(Rollups.Table.CONTACT_DAY, row.code(), row.day(), null, sign,
                0, 0, 0, 0, 0, 0, 0, row.repeated() ? 1 : 0, row.channelSwitch() ? 1 : 0,
                row.resolved() && !row.repeated() ? 1 : 0);
    }
}

package io.blueprint.measurement;

import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteConverter;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's binary {@code COPY} format, field by field in the table's column types: the server
 * takes the values as they are stored (a time as microseconds, a day as a number) and parses no text.
 * One instance holds one batch: {@link #flushTo} sends what it holds so far, {@link #sendTo} ends it.
 */
final class CopyRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch for times and days, in seconds and days since 1970. */
    private static final long EPOCH_SECONDS = 946_684_800L;
    private static final long EPOCH_DAYS = 10_957L;

    private byte[] buffer;
    private int length;

    /** Bytes gathered before they go to the server, which then stores rows while the next ones are encoded. */
    static final int FLUSH_BYTES = 256 * 1024;

    CopyRows(int expectedRows) {
        buffer = new byte[Math.max(64, Math.min(expectedRows * 192, FLUSH_BYTES + 4096))];
        put(SIGNATURE, 0, SIGNATURE.length);
        int4Raw(0);
        int4Raw(0);
    }

    /** Starts a row of {@code fields} fields. */
    CopyRows row(int fields) {
        room(2);
        ByteConverter.int2(buffer, length, fields);
        length += 2;
        return this;
    }

    CopyRows nul() {
        int4Raw(-1);
        return this;
    }

    CopyRows int8(long value) {
        int4Raw(8);
        room(8);
        ByteConverter.int8(buffer, length, value);
        length += 8;
        return this;
    }

    CopyRows int4(int value) {
        int4Raw(4);
        int4Raw(value);
        return this;
    }

    /** A {@code SMALLINT}; null as SQL null. */
    CopyRows int2(Integer value) {
        if (value == null) {
            return nul();
        }
        int4Raw(2);
        room(2);
        ByteConverter.int2(buffer, length, value);
        length += 2;
        return this;
    }

    CopyRows bool(boolean value) {
        int4Raw(1);
        room(1);
        buffer[length++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** Text in UTF-8 (the driver's client encoding); null as SQL null. */
    CopyRows text(String value) {
        if (value == null) {
            return nul();
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int4Raw(bytes.length);
        put(bytes, 0, bytes.length);
        return this;
    }

    /** A {@code TIMESTAMP WITH TIME ZONE}: microseconds since PostgreSQL's epoch; null as SQL null. */
    CopyRows timestamp(Instant value) {
        if (value == null) {
            return nul();
        }
        return int8((value.getEpochSecond() - EPOCH_SECONDS) * 1_000_000L + value.getNano() / 1_000);
    }

    /** A {@code DATE}: days since PostgreSQL's epoch. */
    CopyRows date(LocalDate value) {
        if (value == null) {
            return nul();
        }
        return int4((int) (value.toEpochDay() - EPOCH_DAYS));
    }

    /** A {@code NUMERIC} in the driver's binary form; null as SQL null. */
    CopyRows numeric(BigDecimal value) {
        if (value == null) {
            return nul();
        }
        byte[] bytes = ByteConverter.numeric(value);
        int4Raw(bytes.length);
        put(bytes, 0, bytes.length);
        return this;
    }

    /** Sends what the rows so far hold, once it is {@link #FLUSH_BYTES} or more, and starts an empty buffer. */
    void flushTo(CopyIn copy) throws SQLException {
        if (length >= FLUSH_BYTES) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }

    /** Ends the rows with the format's trailer and sends them into {@code copy}. */
    void sendTo(CopyIn copy) throws SQLException {
        room(2);
        ByteConverter.int2(buffer, length, -1);
        length += 2;
        copy.writeToCopy(buffer, 0, length);
    }

    private void int4Raw(int value) {
        room(4);
        ByteConverter.int4(buffer, length, value);
        length += 4;
    }

    private void put(byte[] bytes, int offset, int count) {
        room(count);
        System.arraycopy(bytes, offset, buffer, length, count);
        length += count;
    }

    private void room(int count) {
        if (length + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
        }
    }
}

package io.blueprint.measurement;

import java.util.List;

/**
 * Why one row of a file was rejected: the line it starts on, the column (its header name, or its
 * position when the file has no header), the value as read and a message key with arguments, worded
 * in the reader's language by the error report. The value of a customer column is never kept.
 */
public record RowProblem(long line, String column, String value, String reason, List<Object> arguments) {

    public static final int VALUE_MAX = 200;

    public RowProblem {
        value = value == null ? "" : value.length() > VALUE_MAX ? value.substring(0, VALUE_MAX) + "…" : value;
        arguments = List.copyOf(arguments);
    }

    public static RowProblem of(long line, String column, String value, String reason, Object... arguments) {
        return new RowProblem(line, column, value, reason, List.of(arguments));
    }
}

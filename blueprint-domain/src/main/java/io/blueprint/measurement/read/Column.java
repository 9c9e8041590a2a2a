package io.blueprint.measurement.read;

import java.util.regex.Pattern;

/**
 * One column of a table. Ids need not be unique (survey tools repeat them), so a mapping can name a
 * column by its 1-based position as {@code #N} as well.
 *
 * @param id    the header cell, normalised (see {@link #normalise}); {@code #N} in a headerless file
 * @param label the question text of a survey tool's second header row, else the id
 */
public record Column(int position, String id, String label) {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");

    /** How a column of a headerless file is named: {@code #1}, {@code #2}, … */
    public static String positional(int position) {
        return "#" + position;
    }

    /**
     * A header cell as people read it: byte-order mark dropped, no-break spaces read as spaces,
     * runs of whitespace as one space, trimmed.
     */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        return WHITESPACE.matcher(header).replaceAll(" ").strip();
    }
}

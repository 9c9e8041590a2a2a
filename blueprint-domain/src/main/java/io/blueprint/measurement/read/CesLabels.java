package io.blueprint.measurement.read;

import io.blueprint.measurement.CesScale;
import io.blueprint.shared.DomainException;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The CES answer labels a survey tool may export instead of points, English and Korean, for both
 * scales; a setting, so that a company can add its own survey's wordings. Labels match whatever their
 * case and spacing.
 *
 * <p>The settings text has {@code label=point} lines; lines after {@code [CES1]} are CES 1.0 labels,
 * lines before any section or after {@code [CES2]} CES 2.0 ones; {@code #} starts a comment.
 */
public final class CesLabels {

    private static final String DEFAULTS = """
            [CES2]
            Strongly disagree=1
            Disagree=2
            Somewhat disagree=3
            Neither agree nor disagree=4
            Somewhat agree=5
            Agree=6
            Strongly agree=7
            전혀 그렇지 않다=1
            그렇지 않다=2
            약간 그렇지 않다=3
            보통이다=4
            약간 그렇다=5
            그렇다=6
            매우 그렇다=7
            [CES1]
            Very low effort=1
            Low effort=2
            Moderate effort=3
            High effort=4
            Very high effort=5
            매우 적은 노력=1
            적은 노력=2
            보통 노력=3
            많은 노력=4
            매우 많은 노력=5
            매우 적음=1
            적음=2
            보통=3
            많음=4
            매우 많음=5
            """;

    private final Map<CesScale, Map<String, Integer>> labels;

    private CesLabels(Map<CesScale, Map<String, Integer>> labels) {
        this.labels = labels;
    }

    /** The labels Blueprint ships with. */
    public static CesLabels defaults() {
        return new CesLabels(empty()).with(DEFAULTS);
    }

    /** These labels with the settings text's lines added (a label given again takes the new point). */
    public CesLabels with(String settings) {
        Map<CesScale, Map<String, Integer>> copy = empty();
        labels.forEach((scale, points) -> copy.get(scale).putAll(points));
        CesScale scale = CesScale.CES2;
        String[] lines = settings.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                scale = scaleOf(line.substring(1, line.length() - 1).strip(), i + 1, line);
                continue;
            }
            int equals = line.lastIndexOf('=');
            String label = equals < 0 ? "" : key(line.substring(0, equals));
            Integer point = equals < 0 ? null : pointOf(line.substring(equals + 1).strip());
            if (label.isEmpty() || point == null || !scale.contains(point)) {
                throw new DomainException(RowReasons.CES_LABEL_LINE, i + 1, line);
            }
            copy.get(scale).put(label, point);
        }
        copy.replaceAll((s, points) -> Collections.unmodifiableMap(points));
        return new CesLabels(copy);
    }

    /** The point of a label on a scale, if it is one of that scale's labels. */
    public OptionalInt point(CesScale scale, String answer) {
        Integer point = labels.get(scale).get(key(answer));
        return point == null ? OptionalInt.empty() : OptionalInt.of(point);
    }

    /** A scale's labels with their points, as matched (normalised), for the settings page. */
    public Map<String, Integer> labels(CesScale scale) {
        return labels.get(scale);
    }

    private static Map<CesScale, Map<String, Integer>> empty() {
        Map<CesScale, Map<String, Integer>> map = new EnumMap<>(CesScale.class);
        for (CesScale scale : CesScale.values()) {
            map.put(scale, new LinkedHashMap<>());
        }
        return map;
    }

    private static CesScale scaleOf(String name, int number, String line) {
        try {
            return CesScale.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(RowReasons.CES_LABEL_LINE, number, line);
        }
    }

    private static Integer pointOf(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String key(String label) {
        return Column.normalise(label).toLowerCase(Locale.ROOT);
    }
}

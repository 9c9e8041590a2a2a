package io.blueprint.web.journey;

import io.blueprint.journey.ChangeAction;
import io.blueprint.journey.Channel;
import io.blueprint.journey.KpiMetric;
import io.blueprint.journey.Lane;
import io.blueprint.web.i18n.Messages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A blueprint's values in the reader's words: lanes, channels, KPI metrics with their units, numbers
 * as a person writes them (5.5, not 5.50), and the journey's history. The history is stored with
 * lanes, channels and metrics by their code ("Discover / CUSTOMER_ACTIONS", "RET-WEB-01 · WEB",
 * "CES 6.00 score"), so that each reader sees an entry in their own language, old entries included.
 */
public final class JourneyWording {

    private static final Pattern AT = Pattern.compile("(?s)(.*) / ([A-Z_]+)");
    private static final Pattern MOVED = Pattern.compile("(?s)(.*) / ([A-Z_]+) → (.*) / ([A-Z_]+)");
    private static final Pattern TOUCHPOINT = Pattern.compile("(?s)(.*) · ([A-Z_]+)");
    private static final Pattern KPI = Pattern.compile("(?s)([A-Z_0-9]+) (-?[0-9]+(?:\\.[0-9]+)?) (.*)");
    private static final Pattern POSITION = Pattern.compile("#([0-9]+)");
    private static final Pattern STEPS = Pattern.compile("([0-9]+) steps");

    private final Locale locale;

    private JourneyWording(Locale locale) {
        this.locale = Messages.supported(locale);
    }

    public static JourneyWording in(Locale locale) {
        return new JourneyWording(locale);
    }

    private String text(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    public String lane(Lane lane) {
        return lane == null ? "" : text("lane." + lane.name());
    }

    public String channel(Channel channel) {
        return channel == null ? "" : text("channel." + channel.name());
    }

    public String metric(KpiMetric metric) {
        return metric == null ? "" : text("kpi.metric." + metric.name());
    }

    /** A number as a person writes it: grouped, at most two decimals, no trailing zeros ("5.5", "1,000"). */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        return format.format(value.stripTrailingZeros());
    }

    /**
     * A KPI's target with its unit: a metric's own unit in the reader's words ("6점" / "6 points",
     * "85%", "120초" / "120 s"), a unit the designer typed as typed ("80% in 120 s").
     */
    public String target(BigDecimal target, String unit) {
        String amount = number(target);
        if (unit == null || unit.isBlank()) {
            return amount;
        }
        String kind = switch (unit) {
            case "score" -> "score";
            case "%" -> "percent";
            case "s" -> "seconds";
            case "count" -> "count";
            default -> null;
        };
        if (kind != null) {
            return text("kpi.amount." + kind, amount, target == null ? 0 : target.doubleValue());
        }
        return unit.startsWith("%") ? amount + unit : amount + " " + unit;
    }

    /** What an entry of the journey's history changed, beyond its subject, in the reader's words. */
    public String detail(String action, String detail) {
        if (detail == null || detail.isBlank() || action == null) {
            return detail;
        }
        ChangeAction change;
        try {
            change = ChangeAction.valueOf(action);
        } catch (IllegalArgumentException unknown) {
            return detail;
        }
        return switch (change) {
            case STEP_ADDED -> place(detail);
            case STEP_MOVED -> moved(detail);
            case TOUCHPOINT_SET -> touchpoint(detail);
            case KPI_ADDED, KPI_CHANGED -> kpi(detail);
            case KPI_REMOVED -> metricNamed(detail);
            case STAGE_MOVED -> matched(POSITION, detail, m -> text("history.position", Integer.parseInt(m.group(1))));
            case STAGE_REMOVED -> matched(STEPS, detail, m -> text("history.stepsRemoved", Integer.parseInt(m.group(1))));
            default -> detail;
        };
    }

    private String place(String detail) {
        return matched(AT, detail, m -> {
            String lane = laneNamed(m.group(2));
            return lane == null ? detail : text("history.place", m.group(1), lane);
        });
    }

    private String moved(String detail) {
        return matched(MOVED, detail, m -> {
            String from = laneNamed(m.group(2));
            String to = laneNamed(m.group(4));
            return from == null || to == null ? detail
                    : text("history.moved", text("history.place", m.group(1), from), text("history.place", m.group(3), to));
        });
    }

    private String touchpoint(String detail) {
        return matched(TOUCHPOINT, detail, m -> {
            Channel channel = constant(Channel.class, m.group(2));
            return channel == null ? detail : m.group(1) + " · " + channel(channel);
        });
    }

    private String kpi(String detail) {
        return matched(KPI, detail, m -> {
            KpiMetric metric = constant(KpiMetric.class, m.group(1));
            return metric == null ? detail : metric(metric) + " " + target(new BigDecimal(m.group(2)), m.group(3));
        });
    }

    private String metricNamed(String detail) {
        KpiMetric metric = constant(KpiMetric.class, detail);
        return metric == null ? detail : metric(metric);
    }

    private String laneNamed(String code) {
        Lane lane = constant(Lane.class, code);
        return lane == null ? null : lane(lane);
    }

    private static String matched(Pattern pattern, String detail, Function<Matcher, String> words) {
        Matcher matcher = pattern.matcher(detail);
        return matcher.matches() ? words.apply(matcher) : detail;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}

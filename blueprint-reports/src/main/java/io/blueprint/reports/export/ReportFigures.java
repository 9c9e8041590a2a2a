package io.blueprint.reports.export;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A report's figures as a reader of one language writes them, on the page and in the PDF: "4.62",
 * "12.5 %", "1,204", a p-value "< 0.001", and "–" for a figure that was not measured.
 */
public final class ReportFigures {

    /** What stands for a figure that was not measured. */
    public static final String NONE = "–";

    private final Locale locale;

    public ReportFigures(Locale locale) {
        this.locale = locale;
    }

    /** "4.62" with {@code digits} decimals, or "–". */
    public String number(Double value, int digits) {
        if (value == null || value.isNaN()) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    /** A fraction as a percentage with one decimal: "12.5 %", or "–". */
    public String percent(Double fraction) {
        if (fraction == null || fraction.isNaN()) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    /** "1,204", or "–". */
    public String whole(Number value) {
        return value == null ? NONE : NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A p-value as people read it: "< 0.001" or "0.032". */
    public String pValue(Double p) {
        if (p == null || p.isNaN()) {
            return NONE;
        }
        return p < 0.001 ? "< " + number(0.001, 3) : number(p, 3);
    }

    /** A sum of money with its currency, in the currency's digits as given: "12,000 KRW"; "–" without a sum. */
    public String money(java.math.BigDecimal amount, String currency) {
        if (amount == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(Math.max(amount.scale(), 0));
        format.setMaximumFractionDigits(Math.max(amount.scale(), 0));
        return format.format(amount) + (currency == null ? "" : " " + currency);
    }

    /** A calendar month: "Nov 2026", "2026년 11월". */
    public String month(java.time.YearMonth month) {
        return java.time.format.DateTimeFormatter.ofPattern(
                "ko".equals(locale.getLanguage()) ? "yyyy년 M월" : "MMM yyyy", locale).format(month);
    }
}

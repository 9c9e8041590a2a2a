package io.blueprint.reports.effort.export;

import io.blueprint.reports.effort.TouchpointEffort;
import io.blueprint.reports.effort.TrendWeek;
import io.blueprint.reports.export.Labels;
import io.blueprint.reports.export.PdfFonts;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.List;

/**
 * The charts of the effort PDF, drawn as vector graphics on the CES 2.0 scale (1 … 7): each touchpoint's mean CES
 * with its 95 % interval against its target line, and the journey's weekly mean CES with its intervals. The same
 * figures are in the tables beside them.
 */
final class PdfCharts {

    private static final float LEFT = 34;
    private static final float BOTTOM = 58;
    private static final float TOP = 20;
    private static final float LABEL = 7;
    private static final float[] INTERVAL = {0.64f, 0.75f, 0.96f};
    private static final float[] INTERVAL_EDGE = {0.11f, 0.30f, 0.85f};
    private static final float[] MEAN = {0.12f, 0.23f, 0.54f};
    private static final float[] TARGET = {0.73f, 0.11f, 0.11f};
    private static final float[] GRID = {0.85f, 0.85f, 0.85f};

    private PdfCharts() {
    }

    /** One slot per touchpoint: its interval as a bar, its mean as a dot, its target as a red line across the slot. */
    static void ces(PDPageContentStream c, PdfFonts fonts, float x, float y, float width, float height,
                    List<TouchpointEffort> touchpoints, Labels labels) throws IOException {
        Plot plot = new Plot(c, fonts, x, y, width, height, touchpoints.size());
        plot.axes(labels.text("report.chart.cesAxis"));
        plot.legend(labels.text("report.chart.interval"), labels.text("report.chart.mean"), labels.text("report.chart.target"));
        for (int i = 0; i < touchpoints.size(); i++) {
            TouchpointEffort t = touchpoints.get(i);
            float centre = plot.centre(i);
            float half = plot.slot() * 0.3f;
            if (t.cesCiLow() != null && t.cesCiHigh() != null) {
                float low = plot.y(t.cesCiLow());
                float high = plot.y(t.cesCiHigh());
                colour(c, INTERVAL, true);
                colour(c, INTERVAL_EDGE, false);
                c.setLineWidth(0.6f);
                c.addRect(centre - half * 0.6f, low, half * 1.2f, high - low);
                c.fillAndStroke();
            }
            if (t.cesMean() != null) {
                plot.dot(centre, plot.y(t.cesMean()), MEAN);
            }
            if (t.plan().targetCes() != null) {
                float target = plot.y(t.plan().targetCes().doubleValue());
                colour(c, TARGET, false);
                c.setLineWidth(1.8f);
                c.moveTo(centre - half, target);
                c.lineTo(centre + half, target);
                c.stroke();
            }
            plot.tickLabel(i, t.code());
        }
    }

    /** The journey's weekly mean CES as a line (broken where a week has no answers), each week's interval as a whisker. */
    static void trend(PDPageContentStream c, PdfFonts fonts, float x, float y, float width, float height,
                      List<TrendWeek> weeks, Labels labels) throws IOException {
        Plot plot = new Plot(c, fonts, x, y, width, height, weeks.size());
        plot.axes(labels.text("report.chart.cesAxis"));
        plot.legend(labels.text("report.chart.interval"), labels.text("report.chart.mean"), null);
        colour(c, INTERVAL_EDGE, false);
        c.setLineWidth(0.8f);
        for (int i = 0; i < weeks.size(); i++) {
            TrendWeek week = weeks.get(i);
            if (week.cesCiLow() != null && week.cesCiHigh() != null) {
                c.moveTo(plot.centre(i), plot.y(week.cesCiLow()));
                c.lineTo(plot.centre(i), plot.y(week.cesCiHigh()));
            }
        }
        c.stroke();
        colour(c, MEAN, false);
        c.setLineWidth(1.5f);
        boolean drawing = false;
        for (int i = 0; i < weeks.size(); i++) {
            Double mean = weeks.get(i).cesMean();
            if (mean == null) {
                drawing = false;
            } else if (drawing) {
                c.lineTo(plot.centre(i), plot.y(mean));
            } else {
                c.moveTo(plot.centre(i), plot.y(mean));
                drawing = true;
            }
        }
        c.stroke();
        for (int i = 0; i < weeks.size(); i++) {
            if (weeks.get(i).cesMean() != null) {
                plot.dot(plot.centre(i), plot.y(weeks.get(i).cesMean()), MEAN);
            }
            plot.tickLabel(i, weeks.get(i).week());
        }
    }

    private static void colour(PDPageContentStream c, float[] rgb, boolean fill) throws IOException {
        if (fill) {
            c.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        } else {
            c.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        }
    }

    /** The plot area of a chart with n slots along x and CES 1 … 7 up y. */
    private static final class Plot {
        private final PDPageContentStream c;
        private final PdfFonts fonts;
        private final float left;
        private final float bottom;
        private final float width;
        private final float height;
        private final int slots;

        Plot(PDPageContentStream c, PdfFonts fonts, float x, float y, float width, float height, int slots) {
            this.c = c;
            this.fonts = fonts;
            this.left = x + LEFT;
            this.bottom = y + BOTTOM;
            this.width = width - LEFT;
            this.height = height - BOTTOM - TOP;
            this.slots = Math.max(1, slots);
        }

        float slot() {
            return width / slots;
        }

        float centre(int i) {
            return left + slot() * (i + 0.5f);
        }

        float y(double ces) {
            double clamped = Math.max(1, Math.min(7, ces));
            return bottom + (float) ((clamped - 1) / 6 * height);
        }

        void axes(String title) throws IOException {
            c.setLineWidth(0.4f);
            colour(c, GRID, false);
            for (int v = 1; v <= 7; v++) {
                c.moveTo(left, y(v));
                c.lineTo(left + width, y(v));
            }
            c.stroke();
            c.setStrokingColor(0f, 0f, 0f);
            c.moveTo(left, bottom);
            c.lineTo(left, bottom + height);
            c.moveTo(left, bottom);
            c.lineTo(left + width, bottom);
            c.stroke();
            c.setNonStrokingColor(0f, 0f, 0f);
            for (int v = 1; v <= 7; v++) {
                text(String.valueOf(v), left - 8, y(v) - LABEL / 3, 0);
            }
            text(fonts.printable(title), left - 20, bottom, (float) (Math.PI / 2));
        }

        /** The legend above the plot: an interval swatch, a mean dot and (when named) a target line. */
        void legend(String interval, String mean, String target) throws IOException {
            float x = left;
            float base = bottom + height + 8;
            colour(c, INTERVAL, true);
            colour(c, INTERVAL_EDGE, false);
            c.addRect(x, base - 1, 10, 7);
            c.fillAndStroke();
            x = legendText(interval, x + 14, base);
            dot(x + 4, base + 2.5f, MEAN);
            x = legendText(mean, x + 11, base);
            if (target != null) {
                colour(c, TARGET, false);
                c.setLineWidth(1.8f);
                c.moveTo(x, base + 2.5f);
                c.lineTo(x + 12, base + 2.5f);
                c.stroke();
                legendText(target, x + 16, base);
            }
        }

        private float legendText(String text, float x, float base) throws IOException {
            c.setNonStrokingColor(0f, 0f, 0f);
            String shown = fonts.printable(text);
            text(shown, x, base, 0);
            return x + fonts.regular.getStringWidth(shown) / 1000 * LABEL + 14;
        }

        void dot(float x, float y, float[] rgb) throws IOException {
            colour(c, rgb, true);
            float r = 2.4f;
            float k = 0.5523f * r;
            c.moveTo(x + r, y);
            c.curveTo(x + r, y + k, x + k, y + r, x, y + r);
            c.curveTo(x - k, y + r, x - r, y + k, x - r, y);
            c.curveTo(x - r, y - k, x - k, y - r, x, y - r);
            c.curveTo(x + k, y - r, x + r, y - k, x + r, y);
            c.fill();
            c.setNonStrokingColor(0f, 0f, 0f);
        }

        /** The slot's label, written upwards so that it ends just below the axis. */
        void tickLabel(int i, String label) throws IOException {
            String shown = fonts.printable(label);
            float length = fonts.regular.getStringWidth(shown) / 1000 * LABEL;
            c.setNonStrokingColor(0f, 0f, 0f);
            text(shown, centre(i) + LABEL / 3, bottom - 4 - Math.min(length, BOTTOM - 6), (float) (Math.PI / 2));
        }

        private void text(String text, float x, float y, float angle) throws IOException {
            c.beginText();
            c.setFont(fonts.regular, LABEL);
            c.setTextMatrix(Matrix.getRotateInstance(angle, x, y));
            c.showText(text);
            c.endText();
        }
    }
}

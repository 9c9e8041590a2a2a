package io.blueprint.reports.effort.export;

import io.blueprint.reports.effort.TouchpointEffort;
import io.blueprint.reports.effort.TrendWeek;
import io.blueprint.reports.export.Labels;
import io.blueprint.reports.export.PdfFonts;
import io.blueprint.reports.export.PdfPlot;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.List;

import static io.blueprint.reports.export.PdfPlot.colour;

/**
 * The charts of the effort PDF, drawn as vector graphics on the CES 2.0 scale (1 … 7): each touchpoint's mean CES
 * with its 95 % interval against its target line, and the journey's weekly mean CES with its intervals. The same
 * figures are in the tables beside them.
 */
final class PdfCharts {

    private static final PdfPlot.Scale CES = new PdfPlot.Scale(1, 7, 1, v -> String.valueOf((int) Math.round(v)));
    private static final float[] INTERVAL = {0.64f, 0.75f, 0.96f};
    private static final float[] INTERVAL_EDGE = {0.11f, 0.30f, 0.85f};
    private static final float[] MEAN = {0.12f, 0.23f, 0.54f};
    private static final float[] TARGET = {0.73f, 0.11f, 0.11f};

    private PdfCharts() {
    }

    /** One slot per touchpoint: its interval as a bar, its mean as a dot, its target as a red line across the slot. */
    static void ces(PDPageContentStream c, PdfFonts fonts, float x, float y, float width, float height,
                    List<TouchpointEffort> touchpoints, Labels labels) throws IOException {
        PdfPlot plot = new PdfPlot(c, fonts, x, y, width, height, touchpoints.size(), CES);
        plot.axes(labels.text("report.chart.cesAxis"));
        plot.legend(List.of(PdfPlot.Key.bar(labels.text("report.chart.interval"), INTERVAL, INTERVAL_EDGE),
                PdfPlot.Key.dot(labels.text("report.chart.mean"), MEAN),
                PdfPlot.Key.line(labels.text("report.chart.target"), TARGET, new float[0])));
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
        PdfPlot plot = new PdfPlot(c, fonts, x, y, width, height, weeks.size(), CES);
        plot.axes(labels.text("report.chart.cesAxis"));
        plot.legend(List.of(PdfPlot.Key.bar(labels.text("report.chart.interval"), INTERVAL, INTERVAL_EDGE),
                PdfPlot.Key.dot(labels.text("report.chart.mean"), MEAN)));
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
        plot.series(weeks.stream().map(TrendWeek::cesMean).toList(), MEAN, new float[0]);
        for (int i = 0; i < weeks.size(); i++) {
            plot.tickLabel(i, weeks.get(i).week());
        }
    }
}

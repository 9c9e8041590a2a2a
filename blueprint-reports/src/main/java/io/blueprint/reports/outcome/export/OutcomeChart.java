package io.blueprint.reports.outcome.export;

import io.blueprint.reports.export.Labels;
import io.blueprint.reports.export.PdfFonts;
import io.blueprint.reports.export.PdfPlot;
import io.blueprint.reports.export.ReportFigures;
import io.blueprint.reports.outcome.MonthlyBreachRates;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The breach-rate chart of the guarantee PDF as vector graphics: a slot per month, a line per guarantee in its
 * {@link SeriesStyle}, up to a rate that leaves the highest month in view. The month table beside it has the figures.
 */
final class OutcomeChart {

    /** Grid steps from 1% to 25%: the smallest that covers the highest rate in at most six steps. */
    private static final double[] STEPS = {0.01, 0.02, 0.05, 0.1, 0.2, 0.25};
    private static final int MOST_STEPS = 6;

    private OutcomeChart() {
    }

    static void breachRates(PDPageContentStream c, PdfFonts fonts, float x, float y, float width, float height,
                            MonthlyBreachRates rates, Labels labels) throws IOException {
        ReportFigures figures = new ReportFigures(labels.locale());
        PdfPlot plot = new PdfPlot(c, fonts, x, y, width, height, rates.months().size(), scale(rates, figures));
        plot.axes(labels.text("guaranteeReport.chart.axis"));
        List<PdfPlot.Key> keys = new ArrayList<>();
        for (int i = 0; i < rates.series().size(); i++) {
            SeriesStyle style = SeriesStyle.of(i);
            keys.add(PdfPlot.Key.line(rates.series().get(i).code(), style.rgb(), style.dash()));
        }
        plot.legend(keys);
        for (int i = 0; i < rates.series().size(); i++) {
            SeriesStyle style = SeriesStyle.of(i);
            plot.series(rates.series().get(i).rates(), style.rgb(), style.dash());
        }
        for (int i = 0; i < rates.months().size(); i++) {
            plot.tickLabel(i, rates.months().get(i).toString());
        }
    }

    /** From 0% up to the highest monthly rate, rounded up to a whole step; 0–10% when no month had a breach. */
    static PdfPlot.Scale scale(MonthlyBreachRates rates, ReportFigures figures) {
        double highest = rates.series().stream().map(MonthlyBreachRates.Series::worstRate)
                .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        double step = STEPS[STEPS.length - 1];
        for (double candidate : STEPS) {
            if (Math.ceil(highest / candidate - 1e-9) <= MOST_STEPS) {
                step = candidate;
                break;
            }
        }
        double top = highest == 0 ? 0.1 : Math.min(1, Math.max(step, step * Math.ceil(highest / step - 1e-9)));
        if (highest == 0) {
            step = 0.02;
        }
        return new PdfPlot.Scale(0, top, step, v -> figures.whole(Math.round(v * 100)) + "%");
    }
}

package io.blueprint.reports.export;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The plot area of a chart in a PDF export, drawn as vector graphics: n slots along x (touchpoints, weeks, months),
 * a value scale up y with its grid, a legend above and the slots' labels below, written upwards.
 */
public final class PdfPlot {

    /** The size of the plot's labels. */
    public static final float LABEL = 7;
    private static final float BOTTOM = 58;
    private static final float TOP = 20;

    /** The values up y: from {@code min} to {@code max}, a grid line and a label every {@code step}. */
    public record Scale(double min, double max, double step, DoubleFunction<String> label) {
    }

    /** How a legend entry shows its series. */
    public enum Mark {
        /** A filled box with an edge: a bar or an interval. */
        BAR,
        /** A dot. */
        DOT,
        /** A stroke, dashed when the entry has a dash pattern. */
        LINE
    }

    /**
     * A legend entry: its words and its mark in {@code colour} (a bar's fill, a dot's, a line's stroke), a bar's edge
     * in {@code edge} and a line's dash pattern in {@code dash} (empty: solid).
     */
    public record Key(String text, Mark mark, float[] colour, float[] edge, float[] dash) {

        public static Key bar(String text, float[] fill, float[] edge) {
            return new Key(text, Mark.BAR, fill, edge, new float[0]);
        }

        public static Key dot(String text, float[] colour) {
            return new Key(text, Mark.DOT, colour, colour, new float[0]);
        }

        public static Key line(String text, float[] colour, float[] dash) {
            return new Key(text, Mark.LINE, colour, colour, dash);
        }
    }

    private static final float[] GRID = {0.85f, 0.85f, 0.85f};

    private final PDPageContentStream c;
    private final PdfFonts fonts;
    private final Scale scale;
    private final float labelWidth;
    private final float left;
    private final float bottom;
    private final float width;
    private final float height;
    private final int slots;

    public PdfPlot(PDPageContentStream c, PdfFonts fonts, float x, float y, float width, float height, int slots,
                   Scale scale) throws IOException {
        this.c = c;
        this.fonts = fonts;
        this.scale = scale;
        float widest = 0;
        for (double v = scale.min(); v <= scale.max() + scale.step() / 2; v += scale.step()) {
            widest = Math.max(widest, textWidth(scale.label().apply(v)));
        }
        this.labelWidth = widest;
        float margin = Math.max(34, 30 + widest);
        this.left = x + margin;
        this.bottom = y + BOTTOM;
        this.width = width - margin;
        this.height = height - BOTTOM - TOP;
        this.slots = Math.max(1, slots);
    }

    public float slot() {
        return width / slots;
    }

    public float centre(int i) {
        return left + slot() * (i + 0.5f);
    }

    /** Where {@code value} lies up the plot, held to the scale. */
    public float y(double value) {
        double held = Math.max(scale.min(), Math.min(scale.max(), value));
        return bottom + (float) ((held - scale.min()) / (scale.max() - scale.min()) * height);
    }

    /** The grid, the axes, the scale's labels and the axis title written upwards beside them. */
    public void axes(String title) throws IOException {
        c.setLineWidth(0.4f);
        colour(c, GRID, false);
        for (double v = scale.min(); v <= scale.max() + scale.step() / 2; v += scale.step()) {
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
        for (double v = scale.min(); v <= scale.max() + scale.step() / 2; v += scale.step()) {
            String label = fonts.printable(scale.label().apply(v));
            text(label, left - 4 - textWidth(label), y(v) - LABEL / 3, 0);
        }
        text(fonts.printable(title), left - 16 - labelWidth, bottom, (float) (Math.PI / 2));
    }

    /** The legend above the plot, its entries side by side. */
    public void legend(List<Key> keys) throws IOException {
        float x = left;
        float base = bottom + height + 8;
        for (Key key : keys) {
            switch (key.mark()) {
                case BAR -> {
                    colour(c, key.colour(), true);
                    colour(c, key.edge(), false);
                    c.setLineWidth(0.6f);
                    c.addRect(x, base - 1, 10, 7);
                    c.fillAndStroke();
                    x = legendText(key.text(), x + 14, base);
                }
                case DOT -> {
                    dot(x + 4, base + 2.5f, key.colour());
                    x = legendText(key.text(), x + 11, base);
                }
                case LINE -> {
                    colour(c, key.colour(), false);
                    c.setLineWidth(1.8f);
                    c.setLineDashPattern(key.dash(), 0);
                    c.moveTo(x, base + 2.5f);
                    c.lineTo(x + 12, base + 2.5f);
                    c.stroke();
                    c.setLineDashPattern(new float[0], 0);
                    x = legendText(key.text(), x + 16, base);
                }
            }
        }
    }

    private float legendText(String text, float x, float base) throws IOException {
        c.setNonStrokingColor(0f, 0f, 0f);
        String shown = fonts.printable(text);
        text(shown, x, base, 0);
        return x + textWidth(shown) + 14;
    }

    /**
     * A series with one value per slot as a line through a dot on each value; the line breaks where a slot has no
     * value (null), and is dashed by {@code dash} (empty: solid).
     */
    public void series(List<Double> values, float[] rgb, float[] dash) throws IOException {
        colour(c, rgb, false);
        c.setLineWidth(1.5f);
        c.setLineDashPattern(dash, 0);
        boolean drawing = false;
        for (int i = 0; i < values.size(); i++) {
            Double value = values.get(i);
            if (value == null) {
                drawing = false;
            } else if (drawing) {
                c.lineTo(centre(i), y(value));
            } else {
                c.moveTo(centre(i), y(value));
                drawing = true;
            }
        }
        c.stroke();
        c.setLineDashPattern(new float[0], 0);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                dot(centre(i), y(values.get(i)), rgb);
            }
        }
    }

    /** A filled dot of radius 2.4 at (x, y). */
    public void dot(float x, float y, float[] rgb) throws IOException {
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
    public void tickLabel(int i, String label) throws IOException {
        String shown = fonts.printable(label);
        float length = textWidth(shown);
        c.setNonStrokingColor(0f, 0f, 0f);
        text(shown, centre(i) + LABEL / 3, bottom - 4 - Math.min(length, BOTTOM - 6), (float) (Math.PI / 2));
    }

    /** Sets the stroke or (with {@code fill}) the fill colour. */
    public static void colour(PDPageContentStream c, float[] rgb, boolean fill) throws IOException {
        if (fill) {
            c.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        } else {
            c.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        }
    }

    private float textWidth(String text) throws IOException {
        return fonts.regular.getStringWidth(fonts.printable(text)) / 1000 * LABEL;
    }

    private void text(String text, float x, float y, float angle) throws IOException {
        c.beginText();
        c.setFont(fonts.regular, LABEL);
        c.setTextMatrix(Matrix.getRotateInstance(angle, x, y));
        c.showText(text);
        c.endText();
    }
}

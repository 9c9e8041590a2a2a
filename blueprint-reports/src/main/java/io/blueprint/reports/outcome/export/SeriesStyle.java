package io.blueprint.reports.outcome.export;

/**
 * How the n-th guarantee's series is drawn in the breach-rate chart, on the page and in the PDF alike: a colour
 * and a dash pattern, so that the lines differ for a reader who does not tell the colours apart. After the last
 * style the first comes again.
 */
public enum SeriesStyle {
    BLUE(0x1d4ed8, new float[0]),
    ORANGE(0xc2410c, new float[]{6, 3}),
    GREEN(0x15803d, new float[]{2, 2}),
    PURPLE(0x7e22ce, new float[]{8, 3, 2, 3}),
    TEAL(0x0f766e, new float[]{10, 4}),
    GREY(0x44403c, new float[]{4, 2, 1, 2});

    private final int rgb;
    private final float[] dash;

    SeriesStyle(int rgb, float[] dash) {
        this.rgb = rgb;
        this.dash = dash;
    }

    /** The style of the series at {@code index}. */
    public static SeriesStyle of(int index) {
        return values()[index % values().length];
    }

    /** "#1d4ed8", for the page's chart. */
    public String hex() {
        return String.format("#%06x", rgb);
    }

    /** Red, green and blue from 0 to 1, for the PDF. */
    public float[] rgb() {
        return new float[]{(rgb >> 16 & 0xff) / 255f, (rgb >> 8 & 0xff) / 255f, (rgb & 0xff) / 255f};
    }

    /** The dash pattern in points (empty: solid). */
    public float[] dash() {
        return dash.clone();
    }
}

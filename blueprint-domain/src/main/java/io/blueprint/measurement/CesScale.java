package io.blueprint.measurement;

/**
 * The scale a Customer Effort Score was answered on. Blueprint stores the raw answer with its scale
 * and compares on one normalised scale, CES 2.0's.
 */
public enum CesScale {
    /** "The company made it easy for me to handle my issue": 1 = strongly disagree … 7 = strongly agree; higher is easier. */
    CES2(1, 7),
    /** "How much effort did you personally have to put forth…": 1 = very low … 5 = very high; lower is easier. */
    CES1(1, 5);

    private final int min;
    private final int max;

    CesScale(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean contains(int answer) {
        return answer >= min && answer <= max;
    }

    /** The answer on the CES 2.0 scale: as answered, or {@code 1 + (5 − a) × 1.5} for a CES 1.0 answer. */
    public double normalise(int answer) {
        return this == CES2 ? answer : 1 + (5 - answer) * 1.5;
    }

    /**
     * The normalised answer in half points (2 … 14), the index of the rollups' CES histogram: CES 1.0
     * answers land on 7, 5.5, 4, 2.5 and 1, so half points hold both scales exactly.
     */
    public int halfPoints(int answer) {
        return (int) Math.round(normalise(answer) * 2);
    }
}

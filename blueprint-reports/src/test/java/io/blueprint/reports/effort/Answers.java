package io.blueprint.reports.effort;

import io.blueprint.measurement.CesScale;

/** Tallies built the way the rollups are: each answer put into the CES histogram by {@link CesScale#halfPoints}. */
final class Answers {

    private Answers() {
    }

    /** A tally of CES 2.0 answers. */
    static Tally ces2(int... answers) {
        return add(new Tally(), CesScale.CES2, answers);
    }

    static Tally add(Tally tally, CesScale scale, int... answers) {
        for (int answer : answers) {
            tally.ces(scale.halfPoints(answer), 1);
            tally.responses++;
            if (scale == CesScale.CES1) {
                tally.ces1Responses++;
            }
        }
        return tally;
    }

    /** {@code count} CES 2.0 answers of {@code answer}. */
    static Tally times(Tally tally, int count, int answer) {
        tally.ces(CesScale.CES2.halfPoints(answer), count);
        tally.responses += count;
        return tally;
    }

    /** A tally of contacts with these waits in seconds. */
    static Tally waits(int... seconds) {
        Tally tally = new Tally();
        for (int wait : seconds) {
            tally.waited(Math.min(wait, Tally.WAIT_OVERFLOW), 1);
            tally.contacts++;
        }
        return tally;
    }
}

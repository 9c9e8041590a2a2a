package io.blueprint.measurement.read;

import io.blueprint.measurement.MeasuredRow;
import io.blueprint.measurement.RowProblem;

import java.util.List;

/**
 * One source record mapped: the measured row, or null when the record is rejected, with every
 * problem found in it (a row may have several).
 */
public record MappedRow(long line, MeasuredRow row, List<RowProblem> problems) {

    public MappedRow {
        problems = List.copyOf(problems);
    }

    public boolean rejected() {
        return row == null;
    }
}

package io.blueprint.web.measurement;

import io.blueprint.measurement.CaseRecord;
import io.blueprint.measurement.ContactRecord;
import io.blueprint.measurement.MeasuredRow;
import io.blueprint.measurement.RowProblem;
import io.blueprint.measurement.SurveyAnswer;
import io.blueprint.measurement.read.MappedRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One row of the import preview as it will be stored (its id, touchpoint, time and the kind's values,
 * never the customer), or, when it is rejected, its problems worded in the reader's language.
 */
public record PreviewLine(long line, String id, String touchpoint, String at, String values, String problems) {

    /** Looks up a text of the message bundles with its arguments. */
    @FunctionalInterface
    public interface Wording {
        String get(String key, Object... arguments);
    }

    public boolean rejected() {
        return problems != null;
    }

    public static PreviewLine of(MappedRow mapped, Wording words, Function<Instant, String> time) {
        MeasuredRow row = mapped.row();
        if (row == null) {
            String problems = mapped.problems().stream().map(p -> problem(p, words)).collect(Collectors.joining(" "));
            return new PreviewLine(mapped.line(), null, null, null, null, problems);
        }
        return new PreviewLine(mapped.line(), row.id(), row.touchpointCode(), time.apply(row.at()), values(row, words, time),
                null);
    }

    private static String problem(RowProblem problem, Wording words) {
        return words.get("imports.preview.problem", problem.column(), problem.value(),
                words.get(problem.reason(), problem.arguments().toArray()));
    }

    private static String values(MeasuredRow row, Wording words, Function<Instant, String> time) {
        List<String> parts = new ArrayList<>();
        if (row instanceof SurveyAnswer answer) {
            parts.add(words.get("imports.value.ces", answer.ces(), answer.scale().name()));
            optional(parts, words, "imports.value.csat", answer.csat());
            optional(parts, words, "imports.value.nps", answer.nps());
            optional(parts, words, "imports.value.channel", answer.channel() == null ? null
                    : words.get("channel." + answer.channel().name()));
        } else if (row instanceof ContactRecord contact) {
            parts.add(words.get("imports.value.contact", contact.waitSeconds(), contact.handleSeconds(), contact.transfers()));
            parts.add(words.get(contact.abandoned() ? "imports.value.abandoned"
                    : contact.resolved() ? "imports.value.resolved" : "imports.value.unresolved"));
            optional(parts, words, "imports.value.channel", contact.channel() == null ? null
                    : words.get("channel." + contact.channel().name()));
        } else if (row instanceof CaseRecord serviceCase) {
            parts.add(words.get("imports.value.case", words.get("imports.caseKind." + serviceCase.kind().name())));
            parts.add(serviceCase.closedAt() == null ? words.get("imports.value.open")
                    : words.get("imports.value.closed", time.apply(serviceCase.closedAt())));
        }
        return String.join(" · ", parts);
    }

    private static void optional(List<String> parts, Wording words, String key, Object value) {
        if (value != null) {
            parts.add(words.get(key, value));
        }
    }
}

package io.blueprint.web.measurement;

import io.blueprint.measurement.CesScale;
import io.blueprint.measurement.RowProblem;
import io.blueprint.measurement.SurveyAnswer;
import io.blueprint.measurement.read.MappedRow;
import io.blueprint.web.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewLineTest {

    private static final PreviewLine.Wording KOREAN = (key, arguments) -> Messages.format(Messages.KOREAN, key, arguments);
    private static final PreviewLine.Wording ENGLISH = (key, arguments) -> Messages.format(Messages.ENGLISH, key, arguments);

    @Test
    void aStoredRowShowsItsIdTouchpointTimeAndValuesButNeverTheCustomer() {
        SurveyAnswer answer = new SurveyAnswer(4, "R_1", "SRV-WEB-01", Instant.parse("2017-07-18T06:28:48Z"), null, 6,
                CesScale.CES2, 4, null, "someone@example.com");
        PreviewLine line = PreviewLine.of(new MappedRow(4, answer, List.of()), ENGLISH, Instant::toString);
        assertThat(line).isEqualTo(new PreviewLine(4, "R_1", "SRV-WEB-01", "2017-07-18T06:28:48Z", "CES 6 (CES2) · CSAT 4", null));
        assertThat(line.toString()).doesNotContain("someone@example.com");
    }

    @Test
    void aRejectedRowSaysColumnValueAndReasonInTheReadersLanguage() {
        MappedRow rejected = new MappedRow(5, null, List.of(RowProblem.of(5, "Q1", "9", "import.row.outOfScale", 1, 7)));
        assertThat(PreviewLine.of(rejected, ENGLISH, Instant::toString).problems())
                .isEqualTo("Q1 \"9\": The answer is outside its scale of 1 to 7.");
        assertThat(PreviewLine.of(rejected, KOREAN, Instant::toString).problems()).startsWith("Q1 \"9\": ")
                .doesNotContain("outside");
    }
}

package io.blueprint.web.measurement;

import io.blueprint.measurement.MeasureKind;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A sample file of Blueprint's own CSV format for each kind, to download from the import page: the
 * header and two example rows with the demo journey's touchpoint codes, one with every optional
 * column filled and one with them left empty.
 */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static String fileName(MeasureKind kind) {
        return "blueprint-" + kind.slug() + "-sample.csv";
    }

    public static byte[] csv(MeasureKind kind) {
        List<String> rows = switch (kind) {
            case SURVEY_RESPONSE -> List.of(
                    "R-1001,RET-CALL-01,2026-11-02T09:15:00+09:00,PHONE,6,CES2,4,9,customer-0001",
                    "R-1002,RET-WEB-01,2026-11-02T10:40:00+09:00,,2,CES1,,,customer-0002");
            case CONTACT_EVENT -> List.of(
                    "C-2001,customer-0001,RET-CALL-01,2026-11-02T09:00:00+09:00,PHONE,95,420,0,Y,N,"
                            + "2026-11-02T09:08:35+09:00,59000,KRW",
                    "C-2002,customer-0002,RET-CHAT-01,2026-11-02T11:20:00+09:00,CHAT,150,0,0,N,Y,,,");
            case SERVICE_CASE -> List.of(
                    "F-3001,refund,RET-MAIL-01,2026-11-02T09:30:00+09:00,2026-11-04T16:00:00+09:00,customer-0001,59000,KRW",
                    "F-3002,refund,RET-MAIL-01,2026-11-03T14:00:00+09:00,,customer-0002,,");
        };
        return (String.join(",", kind.fields()) + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}

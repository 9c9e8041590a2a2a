package io.blueprint.web.api.report;

import io.blueprint.reports.export.ReportFile;
import jakarta.ws.rs.core.Response;

/** A report's file as the API sends it: its media type, and an attachment under its own name. */
final class ReportDownload {

    private ReportDownload() {
    }

    static Response of(ReportFile file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }
}

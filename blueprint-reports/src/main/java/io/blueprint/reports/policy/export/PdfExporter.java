package io.blueprint.reports.policy.export;

import io.blueprint.reports.export.PdfFile;
import io.blueprint.reports.export.PdfFonts;
import io.blueprint.reports.export.PdfPages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A readable A4 document for stores and call-center agents: title, as-of date and filters, then each
 * guarantee with its promise, condition, how to claim, remedy, effective dates and version. Korean
 * is drawn with an embedded font. The same export gives the same bytes: the creation date is the
 * as-of date and the document ID is derived from the content, where PDFBox would use the clock.
 */
public final class PdfExporter implements GuaranteeExporter {

    private static final float TITLE = 17;
    private static final float HEADING = 12.5f;
    private static final float BODY = 9.5f;
    private static final float SMALL = 7.5f;

    @Override
    public byte[] write(GuaranteeExport export, ExportTexts texts) {
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document)) {
            PdfFile.describe(document, texts.title(export.filter()), texts.text("export.pdf.language"),
                    export.filter().asOf(), export.checksum() + "|" + export.filter());
            PdfPages pages = new PdfPages(document, fonts, PDRectangle.A4);
            pages.heading(texts.title(export.filter()), TITLE, 0);
            pages.space(4);
            pages.paragraph(texts.filters(export.filter()), BODY);
            pages.paragraph(texts.versions(export), BODY);
            pages.paragraph(texts.checksum(export), SMALL);
            for (ExportedGuarantee g : export.guarantees()) {
                guarantee(pages, g, texts);
            }
            pages.finish((page, count) -> texts.text("export.pdf.footer", export.filter().asOf().toString(),
                    String.valueOf(page), String.valueOf(count)), SMALL);
            return PdfFile.bytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void guarantee(PdfPages pages, ExportedGuarantee g, ExportTexts texts) throws IOException {
        pages.heading(g.title(), HEADING, 16);
        pages.paragraph(texts.text("export.pdf.version", g.code(), String.valueOf(g.revision()), texts.inForce(g)), BODY);
        pages.space(4);
        pages.field(texts.text("export.column.PROMISE"), g.promise(), BODY);
        pages.field(texts.text("export.column.CONDITION"), texts.condition(g), BODY);
        pages.field(texts.text("export.column.SCOPE"), g.scope(), BODY);
        pages.field(texts.text("export.column.EXCLUSIONS"), texts.list(g.exclusions()), BODY);
        pages.field(texts.text("export.column.CLAIM_CHANNELS"), texts.claimChannels(g), BODY);
        pages.field(texts.text("export.column.REFUND_RULES"), texts.refundRules(g), BODY);
        pages.field(texts.text("export.column.TOUCHPOINTS"), texts.touchpoints(g), BODY);
        pages.field(texts.text("export.column.SERVICE"), g.service(), BODY);
        pages.field(texts.text("export.column.OWNER"), g.owner(), BODY);
        pages.field(texts.text("export.column.APPROVED_BY"), g.approvedBy() == null ? null
                : g.approvedBy() + (g.approvedAt() == null ? "" : " · " + g.approvedAt()), BODY);
    }
}

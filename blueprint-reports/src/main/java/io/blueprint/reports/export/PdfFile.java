package io.blueprint.reports.export;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.time.LocalDate;

/**
 * What a PDF export says about itself, the same for the same contents: PDFBox would take the creation date and the
 * document ID from the clock, so the creation date is the day the export is about and the ID is derived from
 * what identifies its contents.
 */
public final class PdfFile {

    private PdfFile() {
    }

    /** Sets title, creator, language, creation date {@code day} (midnight UTC) and an ID hashed from {@code identity}. */
    public static void describe(PDDocument document, String title, String language, LocalDate day, String identity) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Blueprint");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.clear();
        created.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage(language);
        byte[] id = Arrays.copyOf(sha256(identity + "|" + title), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The document's bytes. */
    public static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

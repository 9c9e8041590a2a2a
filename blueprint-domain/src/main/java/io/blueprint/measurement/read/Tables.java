package io.blueprint.measurement.read;

import com.fasterxml.jackson.core.JsonFactory;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Opens an uploaded file as a {@link Table}: decides from its first 64 KiB what it is (a zip is a
 * spreadsheet, text starting with {@code {} or {@code [} is contact trace records, anything else is
 * delimited text), its encoding and separator, unless the options say so. The file is read as a
 * stream from then on; closing the table closes the stream.
 */
public final class Tables {

    /** How much of a file detection looks at. */
    static final int PEEK = 64 * 1024;

    private static final List<ByteOrderMark> BOMS =
            List.of(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE);

    private Tables() {
    }

    /** @throws UnreadableFileException when the file cannot be read at all (its header already) */
    public static Table open(InputStream in, ReadOptions options) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(PEEK);
        byte[] sample = buffered.readNBytes(PEEK);
        buffered.reset();
        FileType type = options.type() != null ? options.type() : typeOf(sample);
        try {
            return switch (type) {
                case XLSX -> spreadsheet(buffered, options);
                case CONNECT_JSON -> contactTraceRecords(buffered, options);
                case CSV -> text(buffered, sample, options);
            };
        } catch (IOException | RuntimeException e) {
            buffered.close();
            throw e;
        }
    }

    static FileType typeOf(byte[] sample) {
        if (sample.length >= 4 && sample[0] == 'P' && sample[1] == 'K' && sample[2] == 3 && sample[3] == 4) {
            return FileType.XLSX;
        }
        for (int i = bomLength(sample); i < sample.length; i++) {
            byte b = sample[i];
            // zero bytes are the other half of UTF-16 characters
            if (b == 0 || Character.isWhitespace(b)) {
                continue;
            }
            return b == '{' || b == '[' ? FileType.CONNECT_JSON : FileType.CSV;
        }
        return FileType.CSV;
    }

    private static int bomLength(byte[] sample) {
        for (ByteOrderMark bom : BOMS) {
            byte[] mark = bom.getBytes();
            if (sample.length >= mark.length && Arrays.equals(sample, 0, mark.length, mark, 0, mark.length)) {
                return bom.length();
            }
        }
        return 0;
    }

    private static Table spreadsheet(InputStream in, ReadOptions options) throws IOException {
        XlsxRecords records = XlsxRecords.open(in, options.sheet());
        try {
            return new HeaderedTable(records, options, FileType.XLSX, null, null, records.sheets(), records.sheet());
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    private static Table contactTraceRecords(InputStream in, ReadOptions options) throws IOException {
        JsonFactory json = new JsonFactory();
        if (options.encoding() != null) {
            return new ConnectTable(json.createParser(new StrictDecodingReader(in, options.encoding())),
                    options.encoding().name());
        }
        // Jackson tells UTF-8 from UTF-16 and UTF-32 by itself, with or without a BOM
        return new ConnectTable(json.createParser(in), StandardCharsets.UTF_8.name());
    }

    private static Table text(InputStream in, byte[] sample, ReadOptions options) throws IOException {
        BOMInputStream unmarked = BOMInputStream.builder().setInputStream(in).setInclude(false)
                .setByteOrderMarks(BOMS.toArray(ByteOrderMark[]::new)).get();
        ByteOrderMark bom = unmarked.getBOM();
        int start = bom == null ? 0 : bom.length();
        Charset charset = options.encoding() != null ? options.encoding()
                : bom != null ? Charset.forName(bom.getCharsetName())
                : TextEncoding.guess(sample, start, sample.length < PEEK);
        char separator = options.separator() != null ? options.separator()
                : Separators.detect(TextEncoding.preview(sample, start, charset));
        CsvRecords records = new CsvRecords(new StrictDecodingReader(unmarked, charset), separator, charset.name());
        try {
            return new HeaderedTable(records, options, FileType.CSV, charset.name(), separator, List.of(), null);
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }
}

package io.blueprint.measurement.read;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Guesses the encoding of a text file without a byte-order mark from its first bytes: UTF-8 when they
 * are valid UTF-8, else what juniversalchardet recognises. EUC-KR is read as CP949
 * ({@code x-windows-949}), the superset that Korean spreadsheet programs actually save.
 */
final class TextEncoding {

    static final Charset CP949 = Charset.forName("x-windows-949");

    private TextEncoding() {
    }

    /** @param complete whether the sample is the whole file (else it may end inside a character) */
    static Charset guess(byte[] sample, int offset, boolean complete) {
        if (isUtf8(sample, offset, complete)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(sample, offset, sample.length - offset);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            // nothing better to go on: the reader refuses the first byte that is not UTF-8, naming its line
            return StandardCharsets.UTF_8;
        }
        if (name.equalsIgnoreCase("EUC-KR") || name.equalsIgnoreCase("UHC")) {
            return CP949;
        }
        return Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.UTF_8;
    }

    private static boolean isUtf8(byte[] sample, int offset, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample, offset, sample.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, complete);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }

    /** The sample as text for sniffing the separator: bad bytes become replacement characters. */
    static String preview(byte[] sample, int offset, Charset charset) {
        return new String(sample, offset, sample.length - offset, charset);
    }
}

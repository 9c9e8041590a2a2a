package io.blueprint.measurement.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes that must be text in one encoding. Unlike {@link java.io.InputStreamReader}, which
 * throws as soon as a buffer ahead of the reader holds a bad byte, it first hands out every character
 * before the bad byte: the CSV parser then stands on the line that holds it, and the refusal names
 * that line.
 */
final class StrictDecodingReader extends Reader {

    /** More than any encoding needs for one character: fewer left over may be the start of one. */
    private static final int MAX_BYTES_PER_CHAR = 16;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private CoderResult failure;
    /** Line breaks handed out so far (CR LF counted once), so that a refusal can name its line. */
    private long lineBreaks;
    private char previous;
    private boolean endOfInput;
    private boolean flushed;

    StrictDecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (failure != null) {
                throw new Undecodable(lineBreaks + 1);
            }
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (c == '\r' || c == '\n' && previous != '\r') {
                lineBreaks++;
            }
            previous = c;
        }
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        try {
            if (!endOfInput && bytes.remaining() < MAX_BYTES_PER_CHAR) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                failure = result;
            } else if (endOfInput && !bytes.hasRemaining()) {
                decoder.flush(chars);
                flushed = true;
            }
        } finally {
            chars.flip();
        }
    }

    /** Bytes that are not text in the reader's encoding, met on a line. */
    static final class Undecodable extends CharacterCodingException {

        private final long line;

        Undecodable(long line) {
            this.line = line;
        }

        long line() {
            return line;
        }

        @Override
        public String getMessage() {
            return "undecodable bytes on line " + line;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

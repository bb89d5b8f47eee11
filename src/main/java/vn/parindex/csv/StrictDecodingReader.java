package vn.parindex.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes a file as UTF-8, or as UTF-16 when it starts with a UTF-16 BOM, refusing anything that does not
 * decode cleanly or contains NUL. It counts physical lines (CR, LF, CRLF) as it decodes, so a problem is
 * reported with the line it is on. Text before the problem is delivered first; the
 * {@link UndecodableTextException} comes on the read that would have reached the problem.
 */
final class StrictDecodingReader extends Reader {
    private static final int BUFFER_SIZE = 8192;

    private final InputStream in;
    private final Charset charset;
    private final boolean bom;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE);
    private long lineBreaks;
    private boolean previousWasCarriageReturn;
    private boolean endOfBytes;
    private boolean endOfChars;
    private UndecodableTextException problem;

    private StrictDecodingReader(InputStream in) throws IOException {
        this.in = in;
        while (bytes.position() < ByteOrderMark.MAX_LENGTH && !endOfBytes) {
            readBytes();
        }
        bytes.flip();
        ByteOrderMark mark = ByteOrderMark.at(bytes);
        this.bom = mark != null;
        this.charset = mark == null ? StandardCharsets.UTF_8 : mark.charset();
        if (mark != null) {
            bytes.position(mark.length());
        }
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        chars.flip();
    }

    static StrictDecodingReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new StrictDecodingReader(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Decodes {@code in}, which closing this reader closes. */
    static StrictDecodingReader of(InputStream in) throws IOException {
        return new StrictDecodingReader(in);
    }

    Charset charset() {
        return charset;
    }

    boolean hasByteOrderMark() {
        return bom;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (problem != null) {
                throw problem;
            }
            if (endOfChars) {
                return -1;
            }
            decodeMore();
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void decodeMore() throws IOException {
        chars.clear();
        CoderResult result;
        while (true) {
            result = decoder.decode(bytes, chars, endOfBytes);
            if (result.isError() || result.isOverflow()) {
                break;
            }
            if (endOfBytes) {
                decoder.flush(chars);
                endOfChars = true;
                break;
            }
            if (chars.position() > 0) {
                break;
            }
            bytes.compact();
            readBytes();
            bytes.flip();
        }
        chars.flip();
        scanDecodedChars();
        if (problem == null && result.isError()) {
            problem = new UndecodableTextException(
                    CsvFormatException.invalidBytes(currentLine(), charset.name(), badBytes(result.length())));
        }
    }

    /** Counts line breaks in the freshly decoded chars and cuts them short at the first NUL. */
    private void scanDecodedChars() {
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            if (c == '\0') {
                chars.limit(i);
                problem = new UndecodableTextException(CsvFormatException.nulCharacter(currentLine()));
                return;
            }
            if (c == '\r' || (c == '\n' && !previousWasCarriageReturn)) {
                lineBreaks++;
            }
            previousWasCarriageReturn = c == '\r';
        }
    }

    private long currentLine() {
        return lineBreaks + 1;
    }

    private String badBytes(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(length, 4); i++) {
            if (i > 0) {
                hex.append(' ');
            }
            hex.append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        return hex.toString();
    }

    /** Reads into {@link #bytes}, which must be in write mode. */
    private void readBytes() throws IOException {
        int count = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (count < 0) {
            endOfBytes = true;
        } else {
            bytes.position(bytes.position() + count);
        }
    }
}

package vn.parindex.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Keeps memory bounded when a quote is never closed: Commons CSV would otherwise gather the rest of the
 * file into one field. Counts chars handed out since the last {@link #recordFinished()}; the count is
 * approximate by the parser's read-ahead buffer, which is small next to the limit.
 */
final class RecordSizeGuard extends FilterReader {
    private final int maxChars;
    private long charsInRecord;

    RecordSizeGuard(Reader in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    void recordFinished() {
        charsInRecord = 0;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) == -1 ? -1 : one[0];
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (charsInRecord > maxChars) {
            throw new RecordTooLongException();
        }
        int count = super.read(target, offset, length);
        if (count > 0) {
            charsInRecord += count;
        }
        return count;
    }

    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLongException() {
            super("record too long");
        }
    }
}

package vn.parindex.csv;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream read once from its source, whose first bytes can be read again: what is read while keeping is held in
 * memory, and {@link #rewind()} goes back to the start. This lets the header be located, then parsed, then the
 * whole file scanned, from a single read of the file. Keeping more than {@code mostKept} bytes (a header whose
 * quote never closes) throws {@link TooMuchToKeep}. Closing it leaves the source open.
 */
final class ReplayableInput extends InputStream {

    /** More than this would have to be held in memory to read the start again. */
    static final class TooMuchToKeep extends IOException {
        private static final long serialVersionUID = 1L;

        TooMuchToKeep() {
            super("too much read before the header ends");
        }
    }

    private final InputStream source;
    private final int mostKept;
    private byte[] kept = new byte[1 << 14];
    private int keptLength;
    private int position;
    private boolean keeping = true;

    ReplayableInput(InputStream source, int mostKept) {
        this.source = source;
        this.mostKept = mostKept;
    }

    /** Reads again from the first byte. */
    void rewind() {
        if (!keeping) {
            throw new IllegalStateException("no longer keeping what is read");
        }
        position = 0;
    }

    /** What is read from here on past the bytes kept is not kept; the kept bytes are let go once read again. */
    void stopKeeping() {
        keeping = false;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (kept != null && position < keptLength) {
            int count = Math.min(length, keptLength - position);
            System.arraycopy(kept, position, target, offset, count);
            position += count;
            return count;
        }
        if (!keeping) {
            kept = null;
            return source.read(target, offset, length);
        }
        int count = source.read(target, offset, length);
        if (count > 0) {
            keep(target, offset, count);
            position = keptLength;
        }
        return count;
    }

    @Override
    public void close() {
        // the source belongs to whoever opened it
    }

    private void keep(byte[] bytes, int offset, int count) throws TooMuchToKeep {
        if ((long) keptLength + count > mostKept) {
            throw new TooMuchToKeep();
        }
        if (keptLength + count > kept.length) {
            kept = java.util.Arrays.copyOf(kept, Math.min(mostKept, Math.max(kept.length * 2, keptLength + count)));
        }
        System.arraycopy(bytes, offset, kept, keptLength, count);
        keptLength += count;
    }
}

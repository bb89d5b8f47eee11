package vn.parindex.csv;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The byte order marks we accept at the start of a file, and the charset each one announces. */
enum ByteOrderMark {
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE);

    static final int MAX_LENGTH = 3;

    private final Charset charset;
    private final int[] bytes;

    ByteOrderMark(Charset charset, int... bytes) {
        this.charset = charset;
        this.bytes = bytes;
    }

    Charset charset() {
        return charset;
    }

    int length() {
        return bytes.length;
    }

    /** The mark at the buffer's position, or {@code null}; the buffer is not moved. */
    static ByteOrderMark at(ByteBuffer buffer) {
        for (ByteOrderMark mark : values()) {
            if (mark.isAt(buffer)) {
                return mark;
            }
        }
        return null;
    }

    private boolean isAt(ByteBuffer buffer) {
        if (buffer.remaining() < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((buffer.get(buffer.position() + i) & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}

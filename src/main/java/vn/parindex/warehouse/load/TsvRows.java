package vn.parindex.warehouse.load;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;

/**
 * Writes rows in the text format LOAD DATA reads by default: tab-separated, backslash escapes, \N for NULL, in
 * UTF-8 (a {@code byte[]} value is text already in UTF-8). It encodes into its own byte buffer rather than through a Writer: a ledger has tens of millions of
 * fields, and a charset encoder and per-value strings cost more than the rest of writing them.
 */
public final class TsvRows implements AutoCloseable {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    private boolean lineStarted;

    public TsvRows(OutputStream out) {
        this.out = out;
    }

    /** One whole row. */
    void row(Object... values) throws IOException {
        for (Object value : values) {
            field(value);
        }
        endRow();
    }

    public TsvRows field(Object value) throws IOException {
        if (used > buffer.length - 64) {
            drain();
        }
        if (lineStarted) {
            buffer[used++] = '\t';
        }
        lineStarted = true;
        if (value == null) {
            buffer[used++] = '\\';
            buffer[used++] = 'N';
        } else if (value instanceof LocalDateTime t) {
            writeDateTime(t);
        } else if (value instanceof Boolean b) {
            buffer[used++] = (byte) (b ? '1' : '0');
        } else if (value instanceof byte[] utf8) {
            writeUtf8(utf8);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            writeInteger(((Number) value).longValue());
        } else {
            writeText(value.toString());
        }
        return this;
    }

    public void endRow() throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = '\n';
        lineStarted = false;
    }

    /** Sends what is buffered. */
    void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    /** {@code yyyy-MM-dd HH:mm:ss}, digit by digit (a field takes at most 64 bytes, checked by {@link #field}). */
    private void writeDateTime(LocalDateTime t) {
        digits(t.getYear(), 4);
        buffer[used++] = '-';
        digits(t.getMonthValue(), 2);
        buffer[used++] = '-';
        digits(t.getDayOfMonth(), 2);
        buffer[used++] = ' ';
        digits(t.getHour(), 2);
        buffer[used++] = ':';
        digits(t.getMinute(), 2);
        buffer[used++] = ':';
        digits(t.getSecond(), 2);
    }

    private void digits(int value, int width) {
        for (int i = used + width - 1; i >= used; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        used += width;
    }

    private void writeInteger(long value) {
        if (value < 0) {
            buffer[used++] = '-';
            if (value == Long.MIN_VALUE) {
                for (char c : "9223372036854775808".toCharArray()) {
                    buffer[used++] = (byte) c;
                }
                return;
            }
            value = -value;
        }
        int width = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            width++;
        }
        for (int i = used + width - 1; i >= used; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        used += width;
    }

    /** The text in UTF-8, with LOAD DATA's escapes; an unpaired surrogate becomes '?', as Java's encoder does. */
    private void writeText(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            if (used > buffer.length - 8) {
                drain();
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                ascii(c);
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | (c >> 6));
                buffer[used++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                buffer[used++] = (byte) (0xF0 | (cp >> 18));
                buffer[used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buffer[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buffer[used++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                buffer[used++] = '?';
            } else {
                buffer[used++] = (byte) (0xE0 | (c >> 12));
                buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[used++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    /**
     * Text already in UTF-8 (a restore's values, as the server sent them), copied byte for byte but for LOAD DATA's
     * escapes, which a multi-byte sequence never holds.
     */
    private void writeUtf8(byte[] text) throws IOException {
        for (byte b : text) {
            if (used > buffer.length - 2) {
                drain();
            }
            if (b >= 0) {
                ascii(b);
            } else {
                buffer[used++] = b;
            }
        }
    }

    /** An ASCII character, with LOAD DATA's escapes for backslash, tab, line feed, carriage return and NUL. */
    private void ascii(int c) {
        switch (c) {
            case '\\' -> escaped('\\');
            case '\t' -> escaped('t');
            case '\n' -> escaped('n');
            case '\r' -> escaped('r');
            case 0 -> escaped('0');
            default -> buffer[used++] = (byte) c;
        }
    }

    private void escaped(char c) {
        buffer[used++] = '\\';
        buffer[used++] = (byte) c;
    }
}

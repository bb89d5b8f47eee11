package vn.parindex.warehouse;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;

/** Writes rows in the text format LOAD DATA reads by default: tab-separated, backslash escapes, \N for NULL. */
final class TsvRows {

    private final Writer out;
    private boolean lineStarted;

    TsvRows(Writer out) {
        this.out = out;
    }

    /** One whole row. */
    void row(Object... values) throws IOException {
        for (Object value : values) {
            field(value);
        }
        endRow();
    }

    TsvRows field(Object value) throws IOException {
        if (lineStarted) {
            out.write('\t');
        }
        lineStarted = true;
        if (value == null) {
            out.write("\\N");
        } else if (value instanceof LocalDateTime t) {
            writeDateTime(t);
        } else if (value instanceof Boolean b) {
            out.write(b ? '1' : '0');
        } else {
            escape(value.toString());
        }
        return this;
    }

    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0') {
                return false;
            }
        }
        return true;
    }

    /** {@code yyyy-MM-dd HH:mm:ss}, written digit by digit: a formatter costs more than the rest of a ledger row. */
    private void writeDateTime(LocalDateTime t) throws IOException {
        char[] text = new char[19];
        digits(text, 0, t.getYear(), 4);
        text[4] = '-';
        digits(text, 5, t.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, t.getDayOfMonth(), 2);
        text[10] = ' ';
        digits(text, 11, t.getHour(), 2);
        text[13] = ':';
        digits(text, 14, t.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, t.getSecond(), 2);
        out.write(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    void endRow() throws IOException {
        out.write('\n');
        lineStarted = false;
    }

    private void escape(String text) throws IOException {
        if (plain(text)) {
            out.write(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\0' -> out.write("\\0");
                default -> out.write(c);
            }
        }
    }
}

package vn.parindex.warehouse;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Writes rows in the text format LOAD DATA reads by default: tab-separated, backslash escapes, \N for NULL. */
final class TsvRows {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final Writer out;
    private boolean lineStarted;

    TsvRows(Writer out) {
        this.out = out;
    }

    TsvRows field(Object value) throws IOException {
        if (lineStarted) {
            out.write('\t');
        }
        lineStarted = true;
        if (value == null) {
            out.write("\\N");
        } else if (value instanceof LocalDateTime t) {
            out.write(DATE_TIME.format(t));
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

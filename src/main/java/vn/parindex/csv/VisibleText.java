package vn.parindex.csv;

import java.util.Locale;

/**
 * Text from outside (file names, cell values, messages of libraries) made safe to write back to a terminal, a log, an
 * error report or a run summary (SPEC §3): control characters (C0, DEL, C1), line and paragraph separators,
 * bidirectional marks, embeddings, overrides and isolates, and zero-width characters are written as
 * {@code \}{@code uXXXX}, so a value can neither forge a line nor reorder or hide what is shown.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean escaped(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }
}

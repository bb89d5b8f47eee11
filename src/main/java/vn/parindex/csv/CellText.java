package vn.parindex.csv;

import java.text.Normalizer;

/** Cleans a raw field: trims surrounding whitespace and normalises to Unicode NFC. */
public final class CellText {
    /** Below U+0300 (where combining marks start) every string is already NFC. */
    private static final char FIRST_COMBINING_MARK = '\u0300';

    private CellText() {
    }

    public static String clean(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isPadding(raw.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(raw.charAt(end - 1))) {
            end--;
        }
        String trimmed = raw.substring(start, end);
        return isSurelyNfc(trimmed) ? trimmed : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }

    /**
     * Spaces, tabs, line breaks, and the invisible characters pasted text often carries: no-break spaces
     * and U+FEFF (a second byte order mark left by tools that add one to a file that already has it).
     */
    static boolean isPadding(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static boolean isSurelyNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_COMBINING_MARK) {
                return false;
            }
        }
        return true;
    }
}

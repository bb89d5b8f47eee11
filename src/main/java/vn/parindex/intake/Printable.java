package vn.parindex.intake;

/**
 * Text from outside (file names, cell values, server messages) made safe for a terminal or a log line: control
 * characters (C0, DEL, C1), line and paragraph separators and bidirectional overrides are written as
 * {@code \}{@code uXXXX}, so a file name can neither forge a line of the summary nor reorder what is shown.
 */
public final class Printable {

    private Printable() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    /** The first line of the deepest cause's message (its class name when it has none), made printable. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName()
                : of(root.getMessage().lines().findFirst().orElse(""));
    }
}

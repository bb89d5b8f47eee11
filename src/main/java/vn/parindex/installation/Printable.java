package vn.parindex.installation;

import vn.parindex.csv.VisibleText;

/**
 * Text from outside (file names, cell values, server messages) made safe for a terminal or a log line
 * ({@link VisibleText}), and the one-line cause of a failure.
 */
public final class Printable {

    private Printable() {
    }

    public static String of(String text) {
        return VisibleText.of(text);
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

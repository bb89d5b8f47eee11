package vn.parindex.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts for one workbook: at most 31 characters, none of {@code [ ] : * ? / \}, not empty, not
 * beginning or ending with an apostrophe, not {@code History}, and unique regardless of case (a repeat gets
 * {@code  (2)}, {@code  (3)}, ...).
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    /** A valid name not yet given in this workbook, as close to {@code wanted} as Excel allows. */
    String next(String wanted) {
        String base = valid(wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = valid(base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix);
        }
        return name;
    }

    static String valid(String wanted) {
        StringBuilder name = new StringBuilder();
        for (char c : (wanted == null ? "" : wanted).toCharArray()) {
            name.append("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
        }
        while (name.length() > 0 && name.charAt(0) == '\'') {
            name.setCharAt(0, '_');
        }
        if (name.length() > MAX_LENGTH) {
            name.setLength(MAX_LENGTH);
        }
        if (name.length() > 0 && name.charAt(name.length() - 1) == '\'') {
            name.setCharAt(name.length() - 1, '_');
        }
        String result = name.toString();
        if (result.isBlank() || result.equalsIgnoreCase("History")) {
            return "_" + result.strip();
        }
        return result;
    }
}

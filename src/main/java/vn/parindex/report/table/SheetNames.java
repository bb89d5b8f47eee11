package vn.parindex.report.table;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts for one workbook: at most 31 characters (a character outside the BMP is never cut in
 * two), none of {@code [ ] : * ? / \} (nor control characters: each becomes {@code _}), not empty, not beginning or
 * ending with an apostrophe, not {@code History}, and unique regardless of case (a repeat gets {@code  (2)},
 * {@code  (3)}, ... in the order the sheets are added). A name kept for a sheet added later (the ranking's
 * {@code Chưa nộp}) is never given to another sheet: that one gets the suffix instead.
 */
public final class SheetNames {

    public static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();
    private final Set<String> kept = new HashSet<>();

    /** {@code kept}: names (made valid) that only {@link #kept(String)} gives out. */
    public SheetNames(String... kept) {
        for (String name : kept) {
            this.kept.add(key(valid(name)));
        }
    }

    /** A valid name not yet given in this workbook nor kept, as close to {@code wanted} as Excel allows. */
    public String next(String wanted) {
        String base = valid(wanted);
        String name = base;
        for (int n = 2; kept.contains(key(name)) || !taken.add(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = valid(cut(base, MAX_LENGTH - suffix.length()) + suffix);
        }
        return name;
    }

    /** The kept name {@code name} (made valid), for the sheet it was kept for; once. */
    public String kept(String name) {
        String valid = valid(name);
        if (!kept.remove(key(valid)) || !taken.add(key(valid))) {
            throw new IllegalStateException("sheet name not kept or already given: " + valid);
        }
        return valid;
    }

    static String valid(String wanted) {
        StringBuilder name = new StringBuilder();
        for (char c : (wanted == null ? "" : wanted).toCharArray()) {
            name.append("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
        }
        while (name.length() > 0 && name.charAt(0) == '\'') {
            name.setCharAt(0, '_');
        }
        name = new StringBuilder(cut(name.toString(), MAX_LENGTH));
        if (name.length() > 0 && name.charAt(name.length() - 1) == '\'') {
            name.setCharAt(name.length() - 1, '_');
        }
        String result = name.toString();
        if (result.isBlank() || result.equalsIgnoreCase("History")) {
            return "_" + result.strip();
        }
        return result;
    }

    /** {@code text} cut to at most {@code length} chars, dropping a surrogate pair rather than half of it. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

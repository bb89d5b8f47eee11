package vn.parindex.csv;

/**
 * Text written into a CSV that people open in a spreadsheet: a cell that begins with {@code = + - @} (or a tab or
 * carriage return, which some spreadsheets skip before looking) gets a leading {@code '}, so a spreadsheet shows
 * what a submitter typed instead of running it (SPEC §8).
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}

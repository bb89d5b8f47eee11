package vn.parindex.report.table;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the CSV outputs write values: plain numbers with '.', and text that no spreadsheet will run as a formula. */
final class CsvCells {

    private CsvCells() {
    }

    static String text(String value) {
        return vn.parindex.csv.FormulaGuard.text(value);
    }

    /** Two decimals ({@code 96.70}, {@code -0.45}), empty for null. */
    static String twoDecimals(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** As written by the submitter, without trailing zeros ({@code 14.5}, {@code 15}), empty for null. */
    static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String integer(Number value) {
        return value == null ? "" : value.toString();
    }
}

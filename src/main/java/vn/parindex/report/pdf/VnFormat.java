package vn.parindex.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Figures the Vietnamese way ({@code 96,70}, {@code 1.359}), whatever the locale of the machine. */
public final class VnFormat {

    /** Shown for an absent figure. */
    public static final String NONE = "–";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private VnFormat() {
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** An index or sub-index with two decimals: {@code 96,70}. */
    public static String index(BigDecimal value) {
        return value == null ? NONE : format("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** A change with its sign: {@code +1,25}, {@code -0,45}, {@code 0,00}. */
    public static String signedIndex(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        BigDecimal scaled = value.setScale(2, RoundingMode.HALF_UP);
        return (scaled.signum() > 0 ? "+" : "") + format("#,##0.00").format(scaled);
    }

    /** Points without useless decimals: {@code 1.359}, {@code 2,5}. */
    public static String points(BigDecimal value) {
        return value == null ? NONE : format("#,##0.##").format(value);
    }

    /**
     * Points in a table column, every value with two decimals so that a column reads alike ({@code 10,00}, {@code 9,75},
     * {@code 1.359,50}); a value with more decimals (a maximum of {@code 0,125}) keeps them.
     */
    public static String fixedPoints(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        int scale = Math.min(4, Math.max(2, value.stripTrailingZeros().scale()));
        return format("#,##0." + "0".repeat(scale)).format(value.setScale(scale, RoundingMode.HALF_UP));
    }

    /** A rank change: {@code ▲ 2} (moved up), {@code ▼ 3} (moved down), {@code 0}, or {@code –} when unknown. */
    public static String deltaRank(Integer value) {
        if (value == null) {
            return NONE;
        }
        if (value > 0) {
            return "▲ " + value;
        }
        if (value < 0) {
            return "▼ " + (-(long) value);
        }
        return "0";
    }

    public static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    public static String integer(long value) {
        return format("#,##0").format(value);
    }
}

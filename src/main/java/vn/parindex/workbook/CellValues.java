package vn.parindex.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/** How a workbook cell's stored value is written as the text the contract checks (SPEC §11). */
final class CellValues {

    /** What Excel keeps of a number, and shows in General format at most. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private CellValues() {
    }

    /**
     * A number cell's value in plain decimal with at most 15 significant digits ({@code 9.5}, never
     * {@code 9.500000000000002}, {@code 9,5} or {@code 1E+3}); null when the stored text is not a finite number.
     */
    static String number(String stored) {
        String text = stored.strip();
        double value;
        try {
            value = Double.parseDouble(text);   // bounds what follows: no plain form of 1E+999999999
        } catch (NumberFormatException e) {
            return null;
        }
        if (!Double.isFinite(value) || text.length() > 64) {
            return null;
        }
        BigDecimal exact = new BigDecimal(text).round(EXCEL_DIGITS).stripTrailingZeros();
        return exact.signum() == 0 ? "0" : exact.toPlainString();
    }

    /** A date cell's value as {@code YYYY-MM-DD}, or {@code YYYY-MM-DD HH:MM:SS} when it has a time; null when no date. */
    static String date(String stored, boolean from1904) {
        double serial;
        try {
            serial = Double.parseDouble(stored.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        if (!Double.isFinite(serial) || !DateUtil.isValidExcelDate(serial)) {
            return null;
        }
        LocalDateTime at = DateUtil.getLocalDateTime(serial, from1904, true);
        if (at == null) {
            return null;
        }
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.format(DATE) : at.format(DATE_TIME);
    }

    /** A cell of type {@code d} (an ISO 8601 date-time written as text), in the same form as a date cell. */
    static String isoDate(String stored) {
        String text = stored.strip();
        try {
            LocalDateTime at = text.length() <= 10 ? java.time.LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
            return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.format(DATE) : at.withNano(0).format(DATE_TIME);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static String bool(String stored) {
        return switch (stored.strip()) {
            case "1", "true" -> "TRUE";
            case "0", "false" -> "FALSE";
            default -> null;
        };
    }
}

package vn.parindex.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.parindex.csv.NumberParser;
import vn.parindex.csv.NumberStyle;
import vn.parindex.csv.ParsedNumber;

/**
 * One data row seen through its file's columns. Each accessor checks its value, records an error naming the
 * line, column and value when it is wrong, and returns null then.
 */
public final class Row {

    public static final int MAX_FIELD_LENGTH = 4000;
    /** What DECIMAL(14,4) holds before the decimal mark. */
    public static final int MAX_INTEGER_DIGITS = 10;
    private static final int FIRST_DATE_YEAR = 2000;
    private static final int LAST_DATE_YEAR = 2100;

    private final long line;
    private final List<String> values;
    private final Columns columns;
    private final NumberStyle numberStyle;
    private final NumberParser numbers;
    private final FileErrors errors;
    private final long errorsBefore;
    private final boolean spreadsheet;

    Row(long line, List<String> values, Columns columns, NumberStyle numberStyle, FileErrors errors) {
        this(line, values, columns, numberStyle, errors, false);
    }

    /** {@code spreadsheet}: a workbook's row, whose messages name the cell (SPEC §13), its values from column A on. */
    Row(long line, List<String> values, Columns columns, NumberStyle numberStyle, FileErrors errors, boolean spreadsheet) {
        this.spreadsheet = spreadsheet;
        this.line = line;
        this.values = values;
        this.columns = columns;
        this.numberStyle = numberStyle;
        this.numbers = NumberParser.of(numberStyle);
        this.errors = errors;
        this.errorsBefore = errors.count();
    }

    public long line() {
        return line;
    }

    /** True when no accessor of this row has recorded an error. */
    public boolean valid() {
        return errors.count() == errorsBefore;
    }

    /** In a workbook, the message starts with the cell it is about ("Ô C5: …"), when the column is one of the header's. */
    public void error(String column, String code, String message) {
        String cell = cell(column);
        errors.add(line, column, code, cell == null || message.startsWith("Ô ") ? message : "Ô " + cell + ": " + message);
    }

    /** The address of {@code column}'s cell on this row of a workbook ("C5"); null in a CSV file or for no column. */
    String cell(String column) {
        if (!spreadsheet || column == null || column.isEmpty()) {
            return null;
        }
        int at = columns.position(column);
        return at < 0 ? null : org.apache.poi.ss.util.CellReference.convertNumToColString(at) + line;
    }

    /** The trimmed value, or "" when the file lacks the (optional) column. */
    public String text(String column) {
        int at = columns.position(column);
        return at < 0 || at >= values.size() ? "" : values.get(at);
    }

    public String optionalText(String column) {
        String v = text(column);
        return v.isEmpty() ? null : v;
    }

    /** Like {@link #optionalText}, with TOO_LONG past {@code maxLength} characters (the warehouse column's width). */
    public String optionalText(String column, int maxLength) {
        return withinLength(column, optionalText(column), maxLength);
    }

    /** Like {@link #requiredText}, with TOO_LONG past {@code maxLength} characters (the warehouse column's width). */
    public String requiredText(String column, int maxLength) {
        return withinLength(column, requiredText(column), maxLength);
    }

    /**
     * Length in characters as people count them (and as a utf8mb4 column does): code points, so a Vietnamese
     * name written with characters outside the basic plane is not counted twice. NFC has been applied already.
     */
    public static int characters(String v) {
        return v.codePointCount(0, v.length());
    }

    /** A value quoted in a message: its first 100 characters (SPEC §3), with an ellipsis when it is longer. */
    public static String quoted(String value) {
        String prefix = prefix(value, 100);
        return prefix.length() < value.length() ? prefix + "…" : prefix;
    }

    /** The first {@code count} characters of {@code v}; the work is bounded by {@code count}, not by {@code v}'s length. */
    public static String prefix(String v, int count) {
        int end = 0;
        for (int i = 0; i < count && end < v.length(); i++) {
            end = v.offsetByCodePoints(end, 1);
        }
        return v.substring(0, end);
    }

    private String withinLength(String column, String v, int maxLength) {
        if (v != null && v.length() > maxLength && characters(v) > maxLength) {
            error(column, "TOO_LONG", "Giá trị ở cột '" + column + "' dài " + characters(v) + " ký tự, tối đa " + maxLength
                    + ": '" + prefix(v, Math.min(40, maxLength)) + "…'. Hãy rút gọn.");
            return null;
        }
        return v;
    }

    public String requiredText(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            error(column, "REQUIRED", "Cột '" + column + "' không được để trống. Hãy điền giá trị.");
            return null;
        }
        return v;
    }

    public String code(String column) {
        String v = requiredText(column);
        if (v != null && !isCode(v)) {
            error(column, "CODE", "Mã '" + quoted(v) + "' ở cột '" + column + "' không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, "
                    + "dấu chấm, gạch ngang, gạch dưới, bắt đầu bằng chữ hoặc số, tối đa 32 ký tự." + numberHint(v, column));
            return null;
        }
        return v;
    }

    /**
     * For a code that reads as a number written the Vietnamese way ({@code 1,1}): what a spreadsheet does to
     * {@code 1.1} when it takes the code for a number, and how to stop it.
     */
    private static String numberHint(String v, String column) {
        int comma = v.indexOf(',');
        if (comma < 1 || comma == v.length() - 1 || v.indexOf(',', comma + 1) >= 0 || !digits(v, 0, comma) || !digits(v, comma + 1, v.length())) {
            return "";
        }
        return " Có vẻ bảng tính đã coi mã '" + v.replace(',', '.') + "' là số và ghi lại theo kiểu Việt Nam thành '" + v
                + "': hãy định dạng cột '" + column + "' là Văn bản (Text) rồi gõ lại mã.";
    }

    public String optionalCode(String column) {
        return text(column).isEmpty() ? null : code(column);
    }

    /** A free identifier (dossier, respondent): any printable text up to 64 characters. */
    public String identifier(String column) {
        String v = requiredText(column);
        if (v != null && !isIdentifier(v)) {
            error(column, "CODE", "Mã '" + quoted(v) + "' ở cột '" + column + "' không hợp lệ: tối đa 64 ký tự, không chứa ký tự điều khiển.");
            return null;
        }
        return v;
    }

    public Integer year(String column) {
        String v = requiredText(column);
        return v == null ? null : parseYear(column, v);
    }

    /**
     * A unit's validity bound: any four-digit year, since units older than the assessment range exist (a
     * district founded in 1997); empty means open.
     */
    public Integer optionalValidityYear(String column) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        if (isFourDigits(v)) {
            return Integer.parseInt(v);
        }
        error(column, "YEAR", "Năm '" + quoted(v) + "' ở cột '" + column + "' không hợp lệ: phải là số có 4 chữ số (ví dụ 2008), hoặc để trống.");
        return null;
    }

    private Integer parseYear(String column, String v) {
        if (isFourDigits(v)) {
            int year = Integer.parseInt(v);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        }
        error(column, "YEAR", "Năm '" + quoted(v) + "' ở cột '" + column + "' không hợp lệ: phải là số có 4 chữ số từ 2000 đến 2100.");
        return null;
    }

    /** A number whose integer part has at most {@link #MAX_INTEGER_DIGITS} digits (scores, points, maxima). */
    public BigDecimal number(String column) {
        return number(column, MAX_INTEGER_DIGITS);
    }

    /**
     * A number; more than {@code maxIntegerDigits} digits before the decimal mark is OUT_OF_RANGE, since the
     * warehouse column could not hold it and the load would fail on every run.
     */
    public BigDecimal number(String column, int maxIntegerDigits) {
        BigDecimal n = parsedNumber(column);
        if (n != null && n.precision() - n.scale() > maxIntegerDigits) {
            error(column, "OUT_OF_RANGE", "Số '" + quoted(text(column)) + "' ở cột '" + column + "' quá lớn: tối đa "
                    + maxIntegerDigits + " chữ số phần nguyên. Hãy kiểm tra lại giá trị.");
            return null;
        }
        return n;
    }

    private BigDecimal parsedNumber(String column) {
        String v = requiredText(column);
        if (v == null) {
            return null;
        }
        ParsedNumber n = numbers.parse(v);
        if (!n.ok()) {
            if ("PRECISION".equals(n.errorCode())) {
                error(column, "PRECISION", "Số '" + quoted(v) + "' ở cột '" + column + "' có quá 4 chữ số thập phân. Hãy làm tròn tối đa 4 chữ số.");
            } else {
                error(column, "NUMBER", "Giá trị '" + quoted(v) + "' ở cột '" + column + "' không phải là số hợp lệ. " + numberHint());
            }
            return null;
        }
        return n.value();
    }

    private String numberHint() {
        if (spreadsheet) {
            return "Ô đang chứa chữ (văn bản), không phải số: hãy định dạng ô là số (General hoặc Number) rồi nhập lại số"
                    + " (Excel theo thiết lập Việt Nam hiển thị 2,5), hoặc nếu giữ ô dạng chữ thì viết dấu chấm thập phân (2.5).";
        }
        return columnsUseDecimalComma()
                ? "Tệp dùng dấu chấm phẩy nên dấu thập phân là dấu phẩy (96,7) và dấu chấm ngăn hàng nghìn (1.359)."
                : "Tệp dùng dấu phẩy phân cách cột nên dấu thập phân là dấu chấm (96.7), không dùng dấu ngăn hàng nghìn.";
    }

    private boolean columnsUseDecimalComma() {
        return numberStyle == NumberStyle.COMMA_DECIMAL;
    }

    /** The forms of {@link #parseDateTime}; a bare date means midnight. */
    public LocalDateTime dateTime(String column, boolean required) {
        String v = required ? requiredText(column) : optionalText(column);
        if (v == null) {
            return null;
        }
        try {
            LocalDateTime t = parseDateTime(v);
            if (t.getYear() >= FIRST_DATE_YEAR && t.getYear() <= LAST_DATE_YEAR) {
                return t;
            }
            error(column, "DATE", "Ngày '" + quoted(v) + "' ở cột '" + column + "' có năm ngoài khoảng " + FIRST_DATE_YEAR + "–"
                    + LAST_DATE_YEAR + ". Hãy kiểm tra lại năm (thường là lỗi gõ).");
            return null;
        } catch (NoSuchDate e) {
            error(column, "DATE", "Ngày '" + v + "' ở cột '" + column + "' không tồn tại: " + e.getMessage()
                    + ". Hãy kiểm tra lại ngày và tháng.");
            return null;
        } catch (java.time.DateTimeException e) {
            error(column, "DATE", "Ngày '" + quoted(v) + "' ở cột '" + column + "' không hợp lệ: dùng dạng YYYY-MM-DD hoặc YYYY-MM-DD HH:MM[:SS]"
                    + " (ví dụ 2024-01-05 08:12), hoặc ngày trước tháng như Excel ghi theo thiết lập Việt Nam (05/01/2024 8:12).");
            return null;
        }
    }

    // The three shapes below are checked character by character, not with regular expressions: a ledger checks
    // them tens of millions of times. RowShapesProperties holds each to its expression.

    /** {@code [A-Za-z0-9][A-Za-z0-9._-]{0,31}}. */
    static boolean isCode(String v) {
        int n = v.length();
        if (n == 0 || n > 32 || !isAsciiLetterOrDigit(v.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = v.charAt(i);
            if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** {@code [^\p{Cntrl}]{1,64}}: 1 to 64 code points, none of them an ASCII control character. */
    static boolean isIdentifier(String v) {
        int n = v.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return false;
            }
        }
        return n <= 64 || v.codePointCount(0, n) <= 64;
    }

    /** {@code \d{4}} (ASCII digits). */
    static boolean isFourDigits(String v) {
        return v.length() == 4 && digits(v, 0, 4);
    }

    /**
     * {@code YYYY-MM-DD}, optionally {@code ' '} or {@code 'T'} and {@code H:MM[:SS]}; or day-first, as Excel
     * writes dates under Vietnamese regional settings, {@code D/M/YYYY}, optionally {@code ' '} and
     * {@code H:MM[:SS]} (day and month of one or two digits, the hour too). Checked field by field (a ledger has
     * millions of dates; a formatter's parseBest throws on every bare date).
     */
    static LocalDateTime parseDateTime(String v) {
        int n = v.length();
        if (n >= 10 && v.charAt(4) == '-') {
            if (!digits(v, 0, 4) || !digits(v, 5, 7) || v.charAt(7) != '-' || !digits(v, 8, 10)) {
                throw new java.time.DateTimeException(v);
            }
            LocalDate date = date(number(v, 0, 4), number(v, 5, 7), number(v, 8, 10));
            if (n == 10) {
                return date.atStartOfDay();
            }
            char separator = v.charAt(10);
            if (separator != ' ' && separator != 'T') {
                throw new java.time.DateTimeException(v);
            }
            return date.atTime(time(v, 11));
        }
        return dayFirst(v);
    }

    /** A date of the right shape whose day or month does not exist (31/02/2026), said as such rather than as a wrong form. */
    static final class NoSuchDate extends java.time.DateTimeException {
        NoSuchDate(String message) {
            super(message);
        }
    }

    private static LocalDate date(int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw new NoSuchDate("không có tháng " + month);
        }
        java.time.YearMonth yearMonth = java.time.YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw new NoSuchDate("tháng " + month + " năm " + year + " không có ngày " + day
                    + (day >= 1 && day <= 31 ? " (tháng này có " + yearMonth.lengthOfMonth() + " ngày)" : ""));
        }
        return LocalDate.of(year, month, day);
    }

    /** {@code D/M/YYYY} (one or two digits for day and month), optionally {@code ' '} and {@code H:MM[:SS]}. */
    private static LocalDateTime dayFirst(String v) {
        int n = v.length();
        int dayEnd = v.indexOf('/');
        int monthEnd = dayEnd < 0 ? -1 : v.indexOf('/', dayEnd + 1);
        if (dayEnd < 1 || dayEnd > 2 || monthEnd - dayEnd < 2 || monthEnd - dayEnd > 3 || n < monthEnd + 5
                || !digits(v, 0, dayEnd) || !digits(v, dayEnd + 1, monthEnd) || !digits(v, monthEnd + 1, monthEnd + 5)) {
            throw new java.time.DateTimeException(v);
        }
        LocalDate date = date(number(v, monthEnd + 1, monthEnd + 5), number(v, dayEnd + 1, monthEnd), number(v, 0, dayEnd));
        int end = monthEnd + 5;
        if (n == end) {
            return date.atStartOfDay();
        }
        if (v.charAt(end) != ' ') {
            throw new java.time.DateTimeException(v);
        }
        return date.atTime(time(v, end + 1));
    }

    /** From {@code from} to the end: {@code H:MM}, {@code HH:MM}, {@code H:MM:SS} or {@code HH:MM:SS}. */
    private static java.time.LocalTime time(String v, int from) {
        int n = v.length();
        int colon = v.indexOf(':', from);
        int hourDigits = colon - from;
        int rest = n - colon - 1;
        if (hourDigits < 1 || hourDigits > 2 || !digits(v, from, colon) || (rest != 2 && rest != 5)
                || !digits(v, colon + 1, colon + 3) || (rest == 5 && (v.charAt(colon + 3) != ':' || !digits(v, colon + 4, n)))) {
            throw new java.time.DateTimeException(v);
        }
        return java.time.LocalTime.of(number(v, from, colon), number(v, colon + 1, colon + 3), rest == 5 ? number(v, colon + 4, n) : 0);
    }

    static boolean digits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String v, int from, int to) {
        return Integer.parseInt(v, from, to, 10);
    }
}

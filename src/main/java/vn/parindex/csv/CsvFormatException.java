package vn.parindex.csv;

/**
 * A problem that makes the whole file unreadable, with a Vietnamese message that says what is wrong,
 * where, and how to fix it.
 */
public class CsvFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String ENCODING = "ENCODING";
    public static final String EMPTY = "EMPTY";
    /** Unbalanced quotes (a project addition to SPEC §10). */
    public static final String QUOTE = "QUOTE";
    /** Also used for a record that runs past {@link CsvFileReader#MAX_RECORD_CHARS}. */
    public static final String TOO_LONG = "TOO_LONG";

    private static final String SAVE_AS_UTF8 = "Trong Excel hãy lưu bằng 'CSV UTF-8 (Comma delimited)'.";

    private final String code;
    private final long line;

    /** @param line 1-based physical line, 0 for the file as a whole */
    public CsvFormatException(String code, long line, String message) {
        super(message);
        this.code = code;
        this.line = line;
    }

    public String code() {
        return code;
    }

    public long line() {
        return line;
    }

    static CsvFormatException invalidBytes(long line, String encodingName, String badBytes) {
        String problem = "UTF-8".equals(encodingName)
                ? "Tệp không phải UTF-8"
                : "Tệp " + encodingName + " bị lỗi";
        return new CsvFormatException(ENCODING, line,
                problem + " (dòng " + line + " có byte không hợp lệ " + badBytes + "). " + SAVE_AS_UTF8);
    }

    static CsvFormatException nulCharacter(long line) {
        return new CsvFormatException(ENCODING, line,
                "Tệp không phải văn bản UTF-8 (dòng " + line + " có ký tự NUL: tệp nhị phân, "
                        + "hoặc UTF-16 không có BOM). " + SAVE_AS_UTF8);
    }

    public static CsvFormatException empty() {
        return new CsvFormatException(EMPTY, 0,
                "Tệp rỗng: không có dòng tiêu đề. Hãy đặt tên các cột ở dòng đầu tiên, rồi dữ liệu ở các dòng sau.");
    }

    static CsvFormatException unbalancedQuote(long line) {
        return new CsvFormatException(QUOTE, line,
                "Dấu ngoặc kép không khớp trong bản ghi bắt đầu ở dòng " + line + ". Giá trị mở bằng dấu ngoặc kép "
                        + "phải đóng bằng dấu ngoặc kép ngay trước dấu phân cách hoặc cuối dòng; dấu ngoặc kép "
                        + "nằm trong giá trị phải viết đôi (\"\").");
    }

    static CsvFormatException recordTooLong(long line, int maxChars) {
        return new CsvFormatException(TOO_LONG, line,
                "Bản ghi bắt đầu ở dòng " + line + " dài hơn " + maxChars + " ký tự, thường do thiếu dấu ngoặc kép "
                        + "đóng. Hãy kiểm tra các dấu ngoặc kép từ dòng " + line + ".");
    }
}

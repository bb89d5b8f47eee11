package vn.parindex.submission;

import java.util.ArrayList;
import java.util.List;

/** The errors of one file: every one is counted, the first {@link #LIMIT} are kept for the report. */
public final class FileErrors {

    public static final int LIMIT = 1000;

    private final List<FileError> kept = new ArrayList<>();
    private long count;

    public void add(long line, String column, String code, String message) {
        count++;
        if (kept.size() < LIMIT) {
            kept.add(new FileError(line, column, code, message));
        }
    }

    /**
     * Adds an error about the whole file (a workbook found TOO_LARGE halfway, an encoding error) first in the report,
     * so that the limit never hides why the file was refused; the last kept row makes room for it.
     */
    public void addFirst(long line, String column, String code, String message) {
        count++;
        if (kept.size() >= LIMIT) {
            kept.remove(kept.size() - 1);
        }
        kept.add(0, new FileError(line, column, code, message));
    }

    /** Records a DUPLICATE_KEY error: the repeat's line, the key and the line where it first appeared. */
    public void addRepeatedKey(long line, String keyColumns, Object key, long firstLine) {
        String keyText = String.valueOf(key);
        boolean decimalLooking = DECIMAL_LOOKING_CODE.matcher(keyText).find();
        add(line, keyColumns, "DUPLICATE_KEY", "Dòng trùng khoá (" + keyColumns + ") = " + key + " với dòng "
                + firstLine + (decimalLooking
                        ? ". Nếu đây là hai mã khác nhau (ví dụ 1.1 và 1.10), bảng tính đã coi mã là số và bỏ số 0 ở cuối:"
                                + " hãy định dạng cột mã là Văn bản (Text) rồi gõ lại mã; nếu thật sự trùng, hãy xoá một trong hai dòng."
                        : ". Hãy xoá một trong hai dòng."));
    }

    /** A code such as 1.1 in a key: 1.10 typed into a spreadsheet cell formatted as a number becomes it. */
    private static final java.util.regex.Pattern DECIMAL_LOOKING_CODE = java.util.regex.Pattern.compile("(?<![\\w.])\\d+\\.\\d*[1-9](?![\\w.])");

    /** Adds every error of {@code other}, kept up to this file's limit and counted all. */
    public void addAll(FileErrors other) {
        for (FileError e : other.kept) {
            add(e.line(), e.column(), e.code(), e.message());
        }
        count += other.count - other.kept.size();
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public long count() {
        return count;
    }

    public List<FileError> kept() {
        return List.copyOf(kept);
    }

    /** The kept errors plus, past the limit, one row saying how many more there are. */
    public List<FileError> report() {
        List<FileError> rows = new ArrayList<>(kept);
        if (count > kept.size()) {
            rows.add(new FileError(0, "", "TRUNCATED",
                    "Còn " + (count - kept.size()) + " lỗi khác không được liệt kê. Hãy sửa các lỗi trên rồi nộp lại để xem tiếp."));
        }
        return rows;
    }
}

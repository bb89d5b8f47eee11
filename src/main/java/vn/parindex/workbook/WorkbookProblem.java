package vn.parindex.workbook;

import vn.parindex.csv.CsvFormatException;

/** The Vietnamese messages for a workbook that cannot be read as a whole (SPEC §10 {@code FORMAT}). */
final class WorkbookProblem {

    static final String FORMAT = "FORMAT";

    private static final String SAVE_AGAIN = " Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) kiểu 'Sổ làm việc Excel (*.xlsx)'"
            + " rồi nộp lại; hoặc dùng mẫu (template) do quản trị viên cung cấp.";

    private WorkbookProblem() {
    }

    static CsvFormatException encryptedOrLegacy() {
        return new CsvFormatException(FORMAT, 0, "Tệp không đọc được như sổ Excel .xlsx: tệp được đặt mật khẩu (mã hoá),"
                + " hoặc là tệp Excel 97–2003 (.xls) đổi tên thành .xlsx. Nếu có mật khẩu, hãy gỡ mật khẩu (Tệp → Thông tin →"
                + " Bảo vệ sổ làm việc → Mã hoá bằng mật khẩu, xoá mật khẩu)." + SAVE_AGAIN);
    }

    static CsvFormatException notAWorkbook(String detail) {
        return new CsvFormatException(FORMAT, 0, "Tệp .xlsx bị hỏng hoặc không phải sổ Excel (" + detail + ")." + SAVE_AGAIN);
    }

    static CsvFormatException oversized(String detail) {
        return new CsvFormatException(FORMAT, 0, "Tệp .xlsx quá lớn khi giải nén (" + detail + "): có thể là tệp nén độc hại"
                + " (zip bomb). Tệp không được đọc. Hãy lưu lại dữ liệu thật trong một sổ Excel mới.");
    }

    /** SPEC §3: the cells expand to more than 100 times the file's size, or to more than 1 GB of text. */
    static CsvFormatException tooLarge(long row, long mostChars) {
        return new CsvFormatException("TOO_LARGE", 0, "Nội dung các ô của sổ Excel (tính đến dòng " + row + ") dài hơn "
                + String.format(java.util.Locale.ROOT, "%,d", mostChars).replace(',', '.') + " ký tự, vượt quá 100 lần dung lượng tệp"
                + " (hoặc 1 GB chữ): một chuỗi rất dài được lặp lại ở nhiều ô. Tệp không được nạp. Hãy kiểm tra các ô có nội dung"
                + " bất thường, lưu dữ liệu thật vào một sổ Excel mới rồi nộp lại.");
    }

    /** A part that expands past what the reader keeps on disk (SPEC §3 TOO_LARGE). */
    static CsvFormatException tooLarge(String detail) {
        return new CsvFormatException("TOO_LARGE", 0, "Sổ Excel quá lớn khi giải nén (" + detail + "). Tệp không được nạp."
                + " Hãy lưu dữ liệu thật vào một sổ Excel mới rồi nộp lại.");
    }

    static CsvFormatException noWorksheet() {
        return new CsvFormatException(FORMAT, 0, "Sổ Excel không có trang tính (worksheet) nào để đọc."
                + " Dữ liệu phải nằm ở trang tính đầu tiên, dòng tiêu đề ở trên cùng.");
    }

    static CsvFormatException badSheet(long row, String detail) {
        return new CsvFormatException(FORMAT, row, "Trang tính đầu tiên bị hỏng"
                + (row > 0 ? " ở dòng " + row : "") + " (" + detail + ")." + SAVE_AGAIN);
    }
}

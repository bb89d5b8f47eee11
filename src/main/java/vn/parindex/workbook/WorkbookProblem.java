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

    static CsvFormatException noWorksheet() {
        return new CsvFormatException(FORMAT, 0, "Sổ Excel không có trang tính (worksheet) nào để đọc."
                + " Dữ liệu phải nằm ở trang tính đầu tiên, dòng tiêu đề ở trên cùng.");
    }

    static CsvFormatException badSheet(long row, String detail) {
        return new CsvFormatException(FORMAT, row, "Trang tính đầu tiên bị hỏng"
                + (row > 0 ? " ở dòng " + row : "") + " (" + detail + ")." + SAVE_AGAIN);
    }
}

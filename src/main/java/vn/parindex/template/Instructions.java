package vn.parindex.template;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The second worksheet of a template: short instructions in Vietnamese. The job never reads it. */
final class Instructions {

    static final String SHEET_NAME = "Hướng dẫn";
    private static final int WIDTH = 110;

    private Instructions() {
    }

    static void addSheet(XSSFWorkbook workbook, TemplateStyles styles, String title, List<String> paragraphs) {
        XSSFSheet sheet = workbook.createSheet(SHEET_NAME);
        sheet.setColumnWidth(0, WIDTH * 256);
        XSSFCell heading = sheet.createRow(0).createCell(0);
        heading.setCellValue(title);
        heading.setCellStyle(styles.title);
        int row = 2;
        for (int i = 0; i < paragraphs.size(); i++) {
            XSSFCell cell = sheet.createRow(row++).createCell(0);
            cell.setCellValue((i + 1) + ". " + paragraphs.get(i));
            cell.setCellStyle(styles.paragraph);
        }
    }

    /** What every template says about saving and submitting it. */
    static List<String> submitting(String sheetName) {
        return List.of(
                "Không đổi tên, không xoá và không đổi thứ tự các cột ở dòng tiêu đề (dòng 1). Không chèn trang tính nào "
                        + "trước trang \"" + sheetName + "\": hệ thống chỉ đọc trang tính đầu tiên. Trang hướng dẫn này để nguyên cũng được.",
                "Lưu tệp ở dạng Excel Workbook (.xlsx). Tệp .xls, .xlsm hoặc .ods sẽ bị trả lại.",
                "Chép tệp đã điền vào thư mục input/inbox/. Hệ thống đọc tệp mỗi đêm: tệp hợp lệ được chuyển sang "
                        + "input/archive/, tệp có lỗi sang input/rejected/ kèm danh sách lỗi (số dòng của trang tính, tên cột, cách sửa). "
                        + "Chỉ cần một dòng sai là cả tệp bị trả lại: sửa hết các lỗi rồi nộp lại cả tệp.");
    }
}

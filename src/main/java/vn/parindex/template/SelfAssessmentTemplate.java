package vn.parindex.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.template.DataSheet.Column;
import vn.parindex.template.DataSheet.Role;
import vn.parindex.template.TemplateSelection.UnitTemplate;
import vn.parindex.warehouse.TemplateDataRepository.AppraisedLeaf;

/** {@code self-assessment-<Y>-<unit>.xlsx}: one row per appraised leaf of the unit's framework. */
final class SelfAssessmentTemplate {

    static final String SHEET_NAME = "Tự chấm điểm";
    static final List<Column> COLUMNS = List.of(
            new Column("year", "Năm", Role.YEAR, 12),
            new Column("unit_code", "Mã đơn vị", Role.CODE, 20),
            new Column("criterion_code", "Mã tiêu chí", Role.CODE, 26),
            new Column("criterion_name", "Tên tiêu chí", Role.NAME, 60),
            new Column("max_points", "Điểm tối đa", Role.NUMBER, 22),
            new Column("self_score", "Điểm tự đánh giá", Role.SCORE, 28),
            new Column("evidence", "Tài liệu kiểm chứng", Role.TEXT, 40),
            new Column("note", "Ghi chú", Role.TEXT, 30));

    private SelfAssessmentTemplate() {
    }

    /** {@code self-assessment-<Y>-<unit>-<name>.xlsx}, the name made safe for any file system (SPEC §11). */
    static String fileName(int year, String unitCode, String unitName) {
        String name = SafeFileName.of(unitName);
        return "self-assessment-" + year + "-" + unitCode + (name.isEmpty() ? "" : "-" + name) + ".xlsx";
    }

    static void write(int year, UnitTemplate template, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = TemplateWorkbooks.create("Mẫu tự chấm điểm " + year + " – " + template.unit().code())) {
            TemplateStyles styles = new TemplateStyles(workbook);
            DataSheet sheet = new DataSheet(workbook, styles, SHEET_NAME, COLUMNS);
            for (AppraisedLeaf leaf : template.leaves()) {
                sheet.addRow(leaf.maxPoints(), year, template.unit().code(), leaf.code(), leaf.name(), leaf.maxPoints(), null, null, null);
            }
            sheet.finish("Điểm tự đánh giá");
            Instructions.addSheet(workbook, styles, "Hướng dẫn điền mẫu tự chấm điểm năm " + year + " – đơn vị "
                    + template.unit().code() + " " + template.unit().name(), paragraphs());
            workbook.write(out);
        }
    }

    private static List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>(List.of(
                "Mỗi dòng của trang \"" + SHEET_NAME + "\" là một tiêu chí đơn vị tự chấm điểm (các tiêu chí tính tự động từ "
                        + "số liệu, hồ sơ hay khảo sát không có ở đây). Các cột Năm, Mã đơn vị, Mã tiêu chí, Tên tiêu chí "
                        + "và Điểm tối đa (nền xám) đã được điền sẵn và được khoá, không sửa được.",
                "Nhập điểm tự chấm vào cột Điểm tự đánh giá (self_score) (nền vàng): một số từ 0 đến điểm tối đa ở cột Điểm tối đa,"
                        + " có tối đa 4 chữ số thập phân (ví dụ 2,5). Excel sẽ từ chối điểm nằm ngoài khoảng này.",
                "Cột Tài liệu kiểm chứng (evidence) ghi số, ký hiệu văn bản…; cột Ghi chú (note) ghi chú thêm; có thể để trống.",
                "Dòng nào cũng phải có điểm: tiêu chí nào chưa tự chấm thì xoá cả dòng đó, vì dòng để trống điểm làm cả tệp bị trả lại."
                        + " Để xoá dòng, trước hết bỏ khoá trang tính (Review › Unprotect Sheet / Xem lại › Bỏ bảo vệ trang tính;"
                        + " không có mật khẩu).",
                "Tên cột (chữ trong ngoặc, ví dụ self_score) là tên hệ thống đọc: giữ nguyên dòng tiêu đề."));
        paragraphs.addAll(Instructions.submitting(SHEET_NAME));
        paragraphs.add("Mỗi tệp dành cho một đơn vị trong một năm. Nộp tệp mới của cùng đơn vị và năm thì tệp mới thay thế "
                + "toàn bộ điểm tự chấm đã nộp trước đó.");
        return paragraphs;
    }
}

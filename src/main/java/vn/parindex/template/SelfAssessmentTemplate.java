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
            new Column("year", Role.YEAR, 8),
            new Column("unit_code", Role.CODE, 12),
            new Column("criterion_code", Role.CODE, 16),
            new Column("criterion_name", Role.NAME, 60),
            new Column("max_points", Role.NUMBER, 12),
            new Column("self_score", Role.SCORE, 12),
            new Column("evidence", Role.TEXT, 40),
            new Column("note", Role.TEXT, 30));

    private SelfAssessmentTemplate() {
    }

    static String fileName(int year, String unitCode) {
        return "self-assessment-" + year + "-" + unitCode + ".xlsx";
    }

    static void write(int year, UnitTemplate template, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = TemplateWorkbooks.create("Mẫu tự chấm điểm " + year + " – " + template.unit().code())) {
            TemplateStyles styles = new TemplateStyles(workbook);
            DataSheet sheet = new DataSheet(workbook, styles, SHEET_NAME, COLUMNS);
            for (AppraisedLeaf leaf : template.leaves()) {
                sheet.addRow(leaf.maxPoints(), year, template.unit().code(), leaf.code(), leaf.name(), leaf.maxPoints(), null, null, null);
            }
            sheet.finish("self_score");
            Instructions.addSheet(workbook, styles, "Hướng dẫn điền mẫu tự chấm điểm năm " + year + " – đơn vị "
                    + template.unit().code() + " " + template.unit().name(), paragraphs());
            workbook.write(out);
        }
    }

    private static List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>(List.of(
                "Mỗi dòng của trang \"" + SHEET_NAME + "\" là một tiêu chí đơn vị tự chấm điểm (các tiêu chí tính tự động từ "
                        + "số liệu, hồ sơ hay khảo sát không có ở đây). Các cột year, unit_code, criterion_code, criterion_name "
                        + "và max_points (nền xám) đã được điền sẵn: xin đừng sửa.",
                "Nhập điểm tự chấm vào cột self_score (nền vàng): một số từ 0 đến điểm tối đa ở cột max_points, có tối đa "
                        + "4 chữ số thập phân. Excel sẽ từ chối điểm nằm ngoài khoảng này.",
                "Cột evidence ghi tài liệu kiểm chứng (số, ký hiệu văn bản…), cột note ghi chú thêm; có thể để trống.",
                "Dòng nào cũng phải có điểm: tiêu chí nào chưa tự chấm thì xoá cả dòng đó, vì dòng để trống điểm làm cả tệp bị trả lại."));
        paragraphs.addAll(Instructions.submitting(SHEET_NAME));
        paragraphs.add("Mỗi tệp dành cho một đơn vị trong một năm. Nộp tệp mới của cùng đơn vị và năm thì tệp mới thay thế "
                + "toàn bộ điểm tự chấm đã nộp trước đó.");
        return paragraphs;
    }
}

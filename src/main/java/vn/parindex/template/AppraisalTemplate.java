package vn.parindex.template;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.submission.UnitInfo;
import vn.parindex.template.DataSheet.Column;
import vn.parindex.template.DataSheet.Role;
import vn.parindex.template.TemplateSelection.GroupTemplate;
import vn.parindex.warehouse.TemplateDataRepository.AppraisedLeaf;

/**
 * {@code appraisal-<Y>-<group>.xlsx}: one row per active unit of the group and appraised leaf, units in code
 * order, leaves in framework order within each unit; {@code self_score_ref} shows the current self score.
 */
final class AppraisalTemplate {

    static final String SHEET_NAME = "Thẩm định";
    static final List<Column> COLUMNS = List.of(
            new Column("year", "Năm", Role.YEAR, 12),
            new Column("unit_code", "Mã đơn vị", Role.CODE, 20),
            new Column("unit_name", "Tên đơn vị", Role.NAME, 28),
            new Column("criterion_code", "Mã tiêu chí", Role.CODE, 26),
            new Column("criterion_name", "Tên tiêu chí", Role.NAME, 50),
            new Column("max_points", "Điểm tối đa", Role.NUMBER, 22),
            new Column("self_score_ref", "Điểm tự đánh giá (tham khảo)", Role.NUMBER, 36),
            new Column("appraised_score", "Điểm thẩm định", Role.SCORE, 30),
            new Column("comment", "Nhận xét", Role.TEXT, 40));

    private AppraisalTemplate() {
    }

    static String fileName(int year, String groupCode) {
        return "appraisal-" + year + "-" + groupCode + ".xlsx";
    }

    static void write(int year, GroupTemplate template, Map<String, Map<String, BigDecimal>> selfScores, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = TemplateWorkbooks.create("Mẫu thẩm định " + year + " – nhóm " + template.groupCode())) {
            TemplateStyles styles = new TemplateStyles(workbook);
            DataSheet sheet = new DataSheet(workbook, styles, SHEET_NAME, COLUMNS);
            for (UnitInfo unit : template.units()) {
                Map<String, BigDecimal> own = selfScores.getOrDefault(unit.code(), Map.of());
                for (AppraisedLeaf leaf : template.leaves()) {
                    sheet.addRow(leaf.maxPoints(), year, unit.code(), unit.name(), leaf.code(), leaf.name(), leaf.maxPoints(),
                            own.get(leaf.code()), null, null);
                }
            }
            sheet.finish("Điểm thẩm định");
            Instructions.addSheet(workbook, styles, "Hướng dẫn điền mẫu thẩm định năm " + year + " – nhóm "
                    + template.groupCode(), paragraphs());
            workbook.write(out);
        }
    }

    private static List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>(List.of(
                "Mỗi dòng của trang \"" + SHEET_NAME + "\" là một đơn vị và một tiêu chí hội đồng thẩm định chấm điểm (các tiêu "
                        + "chí tính tự động từ số liệu, hồ sơ hay khảo sát không có ở đây). Các cột nền xám đã được điền sẵn "
                        + "và được khoá, không sửa được.",
                "Cột Điểm tự đánh giá (tham khảo) (self_score_ref) là điểm tự chấm đơn vị đã nộp (trống nếu chưa nộp), chỉ để tham"
                        + " khảo: hệ thống không đọc cột này.",
                "Nhập điểm thẩm định vào cột Điểm thẩm định (appraised_score) (nền vàng): một số từ 0 đến điểm tối đa ở cột Điểm"
                        + " tối đa, có tối đa 4 chữ số thập phân (ví dụ 2,5). Excel sẽ từ chối điểm nằm ngoài khoảng này. Cột Nhận xét"
                        + " (comment) ghi nhận xét; có thể để trống.",
                "Dòng nào cũng phải có điểm: đơn vị hoặc tiêu chí nào chưa thẩm định thì xoá các dòng đó, vì dòng để trống điểm "
                        + "làm cả tệp bị trả lại. Để xoá dòng, trước hết bỏ khoá trang tính (Review › Unprotect Sheet / Xem lại ›"
                        + " Bỏ bảo vệ trang tính; không có mật khẩu).",
                "Tên cột (chữ trong ngoặc, ví dụ appraised_score) là tên hệ thống đọc: giữ nguyên dòng tiêu đề."));
        paragraphs.addAll(Instructions.submitting(SHEET_NAME));
        paragraphs.add("Một tệp có thể gồm nhiều đơn vị. Với mỗi đơn vị có trong tệp, tệp nộp sau thay thế toàn bộ điểm thẩm "
                + "định năm đó của đơn vị đã nộp trước; đơn vị không có dòng nào trong tệp thì giữ nguyên điểm cũ.");
        return paragraphs;
    }
}

package vn.parindex.submission;

import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import vn.parindex.csv.CellKind;
import vn.parindex.csv.CsvHeader;
import vn.parindex.csv.CsvRow;

/**
 * What a workbook row's cells are checked for before its values are (SPEC §11): a value outside the named columns
 * ({@code FIELD_COUNT}), an error cell ({@code CELL}), and a code a spreadsheet has turned into a number or a date
 * ({@code CODE}).
 */
final class SpreadsheetCells {

    /** Columns holding codes: a number cell there has lost what made the code (019 → 19, 1.10 → 1.1). */
    private static final Set<String> CODE_COLUMNS = Set.of("unit_code", "group_code", "code", "parent_code", "criterion_code",
            "metric_code", "question_code", "predecessors");
    /** Identifiers that may be whole numbers. */
    private static final Set<String> INTEGER_ID_COLUMNS = Set.of("respondent_id", "dossier_id");

    private SpreadsheetCells() {
    }

    /** Records the problems of {@code row}'s cells; true when it has none and its values can be read. */
    static boolean check(CsvRow row, CsvHeader header, FileErrors errors) {
        List<String> names = header.names();
        long before = errors.count();
        for (int i = names.size(); i < row.values().size(); i++) {
            if (!row.values().get(i).isEmpty()) {
                return unnamedColumn(row, header, i, row.values().get(i), errors);
            }
        }
        if (row.stray() != null) {
            return unnamedColumn(row, header, row.stray().column(), row.stray().value(), errors);
        }
        for (int i = 0; i < names.size(); i++) {
            CellKind kind = row.kind(i);
            if (kind == CellKind.TEXT) {
                continue;
            }
            String name = names.get(i);
            String column = Columns.normalise(name);
            String value = row.values().get(i);
            if (kind == CellKind.ERROR) {
                errors.add(row.line(), name, "CELL", "Ô " + address(i, row.line()) + " (cột '" + name + "') chứa lỗi '" + Row.prefix(value, 30)
                        + "' của công thức. Hãy sửa công thức hoặc nhập giá trị vào ô.");
            } else if (CODE_COLUMNS.contains(column) || INTEGER_ID_COLUMNS.contains(column) && !wholeNumber(kind, value)) {
                errors.add(row.line(), name, "CODE", "Ô " + address(i, row.line()) + " (cột '" + name + "') là "
                        + (kind == CellKind.DATE ? "ngày" : kind == CellKind.BOOLEAN ? "giá trị đúng/sai" : "số") + " (" + Row.prefix(value, 30)
                        + ") chứ không phải chữ: bảng tính đã coi mã là " + (kind == CellKind.DATE ? "ngày" : "số")
                        + " và có thể đã làm mất số 0 ở đầu hoặc ở cuối (019 → 19, 1.10 → 1.1). Hãy định dạng cột là Văn bản (Text)"
                        + " rồi gõ lại mã đúng như quy định, hoặc dùng mẫu (template) do quản trị viên cung cấp.");
            }
        }
        return errors.count() == before;
    }

    private static boolean unnamedColumn(CsvRow row, CsvHeader header, int i, String value, FileErrors errors) {
        errors.add(row.line(), "", "FIELD_COUNT", "Ô " + address(i, row.line()) + " có giá trị '" + Row.prefix(value, 30)
                + "' nhưng cột " + column(i) + " không có tên ở dòng tiêu đề (dòng " + header.line() + "). Hãy xoá giá trị đó"
                + " hoặc đặt tên cho cột.");
        return false;
    }

    private static boolean wholeNumber(CellKind kind, String value) {
        return kind == CellKind.NUMBER && !value.isEmpty() && Row.digits(value, value.startsWith("-") ? 1 : 0, value.length());
    }

    private static String address(int column, long row) {
        return column(column) + row;
    }

    private static String column(int column) {
        return CellReference.convertNumToColString(column);
    }
}

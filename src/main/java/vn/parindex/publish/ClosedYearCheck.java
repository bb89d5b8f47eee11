package vn.parindex.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.parindex.submission.FileErrors;
import vn.parindex.submission.Kind;
import vn.parindex.submission.SubmissionReader;
import vn.parindex.warehouse.YearStages;
import vn.parindex.warehouse.YearStages.Decision;

/**
 * A file that would change a final year's figures is rejected whole with {@code YEAR_CLOSED} (SPEC §15), naming the
 * decision that closed it. Checked on what the file has just loaded, inside its savepoint, so that a rejection
 * rolls all of it back: data rows, framework or bands of a final year; or units rows that make a unit ranked in a
 * final year's final version inactive that year, move it to another group, or change the predecessors its change
 * was measured against. A new name alone is taken: the final year keeps the names of its final version.
 */
@Component
public class ClosedYearCheck {

    private static final Map<Kind, String> LINES_BY_SUBMISSION = Map.of(
            Kind.SELF_ASSESSMENT, "self_score", Kind.APPRAISAL, "appraised_score", Kind.METRICS, "metric", Kind.ADJUSTMENTS, "adjustment");
    private static final Map<Kind, String> LINES_BY_FILE = Map.of(Kind.DOSSIERS, "dossier", Kind.SURVEY, "survey_answer",
            Kind.FRAMEWORK, "criterion", Kind.BANDS, "band");

    private final JdbcTemplate jdbc;
    private final YearStages stages;

    public ClosedYearCheck(JdbcTemplate jdbc, YearStages stages) {
        this.jdbc = jdbc;
        this.stages = stages;
    }

    /** What the check needs from before a file loads: the predecessors of every unit (a units file replaces them). */
    public Map<String, List<String>> before() {
        if (stages.finalYears().isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> predecessors = new HashMap<>();
        jdbc.query("SELECT unit_code, predecessor_code FROM unit_predecessor ORDER BY unit_code, position",
                rs -> { predecessors.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)); });
        return predecessors;
    }

    /** {@code loaded} as it stands, or rejected with a YEAR_CLOSED error per final year (per unit for units files). */
    public SubmissionReader.Result check(long fileId, SubmissionReader.Result loaded, Map<String, List<String>> predecessorsBefore) {
        List<Integer> finalYears = stages.finalYears();
        if (!loaded.accepted() || finalYears.isEmpty() || loaded.kind() == null) {
            return loaded;
        }
        FileErrors errors = new FileErrors();
        if (loaded.kind() == Kind.UNITS) {
            for (int year : finalYears) {
                checkUnits(fileId, year, predecessorsBefore, errors);
            }
        } else {
            for (Map.Entry<Integer, Long> touched : closedYearLines(fileId, loaded.kind(), finalYears).entrySet()) {
                int year = touched.getKey();
                errors.add(touched.getValue(), "year", "YEAR_CLOSED", "Năm " + year + " đã khoá sổ: kết quả chính thức đã được công bố "
                        + decision(year) + ". Tệp có dữ liệu của năm " + year + " (từ dòng này) nên không được nạp, kể cả các dòng của năm khác."
                        + " Mọi thay đổi kết quả năm " + year + " phải có quyết định mới: hãy liên hệ quản trị viên hệ thống của Sở Nội vụ"
                        + " (người có thể mở lại năm này bằng lệnh reopen); nếu dữ liệu thuộc năm khác, hãy sửa cột year rồi nộp lại.");
            }
        }
        return errors.isEmpty() ? loaded : new SubmissionReader.Result(loaded.kind(), loaded.rows(), errors);
    }

    private Map<Integer, Long> closedYearLines(long fileId, Kind kind, List<Integer> finalYears) {
        String in = finalYears.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        Map<Integer, Long> lines = new java.util.TreeMap<>();
        String sql;
        if (LINES_BY_SUBMISSION.containsKey(kind)) {
            sql = "SELECT s.year, MIN(f.source_line) FROM submission s JOIN " + LINES_BY_SUBMISSION.get(kind) + " f ON f.submission_id = s.id "
                    + "WHERE s.source_file_id = ? AND s.year IN (" + in + ") GROUP BY s.year";
        } else if (LINES_BY_FILE.containsKey(kind)) {
            sql = "SELECT year, MIN(source_line) FROM " + LINES_BY_FILE.get(kind) + " WHERE source_file_id = ? AND year IN (" + in + ") GROUP BY year";
        } else {
            return lines;
        }
        jdbc.query(sql, rs -> { lines.put(rs.getInt(1), rs.getLong(2)); }, fileId);
        return lines;
    }

    private record PublishedUnit(String group, String deltaBasis) {
    }

    private void checkUnits(long fileId, int year, Map<String, List<String>> predecessorsBefore, FileErrors errors) {
        Decision decision = stages.closingDecision(year).orElseThrow();
        Map<String, PublishedUnit> ranked = new HashMap<>();
        jdbc.query("SELECT unit_code, group_code, delta_basis FROM published_unit WHERE year = ? AND version_no = ? AND status <> 'not_submitted'",
                rs -> { ranked.put(rs.getString(1), new PublishedUnit(rs.getString(2), rs.getString(3))); }, year, decision.version());
        Map<String, List<String>> predecessorsAfter = new HashMap<>();
        jdbc.query("SELECT p.unit_code, p.predecessor_code FROM unit_predecessor p JOIN unit u ON u.unit_code = p.unit_code "
                + "WHERE u.source_file_id = ? ORDER BY p.unit_code, p.position",
                rs -> { predecessorsAfter.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)); }, fileId);
        jdbc.query("SELECT unit_code, group_code, valid_from, valid_to, source_line FROM unit WHERE source_file_id = ? ORDER BY source_line", rs -> {
            String code = rs.getString(1);
            PublishedUnit was = ranked.get(code);
            if (was == null) {
                return;
            }
            Integer from = rs.getObject(3, Integer.class);
            Integer to = rs.getObject(4, Integer.class);
            long line = rs.getLong(5);
            String what;
            String column;
            if ((from != null && from > year) || (to != null && to < year)) {
                what = "đơn vị " + code + " được xếp hạng năm " + year + " nhưng dòng này làm nó không còn hoạt động trong năm " + year
                        + " (valid_from/valid_to)";
                column = to != null && to < year ? "valid_to" : "valid_from";
            } else if (!Objects.equals(rs.getString(2), was.group())) {
                what = "đơn vị " + code + " được xếp hạng năm " + year + " trong nhóm " + was.group() + " nhưng dòng này chuyển nó sang nhóm "
                        + rs.getString(2);
                column = "group_code";
            } else if (!"same_unit".equals(was.deltaBasis())
                    && !predecessorsAfter.getOrDefault(code, List.of()).equals(predecessorsBefore.getOrDefault(code, List.of()))) {
                what = "dòng này thay đổi các đơn vị tiền thân (predecessors) của đơn vị " + code
                        + ", làm thay đổi mức tăng giảm chỉ số của nó trong năm " + year;
                column = "predecessors";
            } else {
                return;
            }
            errors.add(line, column, "YEAR_CLOSED", "Năm " + year + " đã khoá sổ: kết quả chính thức đã được công bố kèm theo "
                    + decision.text() + ", mà " + what + ". Tệp không được nạp. Tên mới của đơn vị thì được nhận (áp dụng cho các năm"
                    + " chưa khoá sổ); còn thay đổi nhóm, thời gian hoạt động hoặc đơn vị tiền thân ảnh hưởng tới năm " + year
                    + " phải có quyết định mới: hãy liên hệ quản trị viên hệ thống của Sở Nội vụ.");
        }, fileId);
    }

    private String decision(int year) {
        return stages.closingDecision(year).map(d -> "kèm theo " + d.text()).orElse("");
    }
}

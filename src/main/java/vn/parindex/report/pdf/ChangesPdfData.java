package vn.parindex.report.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code changes-<year>.csv} (columns as {@code vn.parindex.report.table.ChangesReport} writes them) as the
 * fields of {@code ranking-changes.jrxml}, figures written the Vietnamese way.
 */
public final class ChangesPdfData {

    private ChangesPdfData() {
    }

    /**
     * The master's parameters of the section ({@code CHANGES_*} in ranking.jrxml) but for its report and rows,
     * which {@code RankingPdfWriter} adds.
     */
    public static Map<String, Object> parameters(int year, int version, boolean empty) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("HAS_CHANGES", true);
        parameters.put("COVER_GUIDE", RankingPdfData.COVER_GUIDE + "; sau cùng: giải trình, các thay đổi so với kết quả dự kiến đã công bố.");
        parameters.put("CHANGES_HEADING", "Giải trình năm " + year + ": thay đổi so với kết quả dự kiến đã công bố (phiên bản " + version + ")");
        parameters.put("CHANGES_NOTE", "Dòng không ghi tiêu chí: chỉ số, hạng, xếp loại của đơn vị trước và sau; các dòng dưới nó: tiêu chí có điểm thay đổi,"
                + " với tệp, dòng và ghi chú đã làm thay đổi. Bản làm việc, chưa phải kết quả công bố.");
        parameters.put("CHANGES_EMPTY_TEXT", "Chưa có thay đổi nào so với kết quả dự kiến đã công bố.");
        parameters.put("CHANGES_NO_ROWS", empty);
        parameters.put("CHANGES_HAS_ROWS", !empty);
        return parameters;
    }

    /** Rows in the order of the CSV: year, group, unit_code, unit_name, criterion_code, before, after, difference, rank_before, … */
    public static List<Map<String, Object>> records(List<List<Object>> rows, Map<String, String> groupNames) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (List<Object> r : rows) {
            boolean unitRow = r.get(4) == null;
            Map<String, Object> m = new HashMap<>();
            m.put("unitRow", unitRow);
            m.put("group", groupNames.getOrDefault((String) r.get(1), (String) r.get(1)));
            m.put("unit", r.get(2) + " " + r.get(3));
            m.put("criterion", unitRow ? "" : (String) r.get(4));
            m.put("before", figure((BigDecimal) r.get(5)));
            m.put("after", figure((BigDecimal) r.get(6)));
            m.put("difference", r.get(7) == null ? "" : VnFormat.signedIndex((BigDecimal) r.get(7)));
            m.put("rank", unitRow ? fromTo(r.get(8), r.get(9)) : "");
            m.put("band", unitRow ? fromTo(r.get(10), r.get(11)) : "");
            m.put("source", r.get(12) == null ? "" : r.get(12) + (r.get(13) == null ? "" : ", dòng " + r.get(13)));
            m.put("comment", r.get(14) == null ? "" : (String) r.get(14));
            records.add(m);
        }
        return records;
    }

    private static String figure(BigDecimal value) {
        return value == null ? "–" : VnFormat.index(value);
    }

    private static String fromTo(Object before, Object after) {
        String b = before == null ? "–" : before.toString();
        String a = after == null ? "–" : after.toString();
        return b.equals(a) ? a : b + " → " + a;
    }
}

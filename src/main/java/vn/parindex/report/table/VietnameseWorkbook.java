package vn.parindex.report.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.report.table.ReportColumn.Kind;
import vn.parindex.uncertainty.UnitInterval;
import vn.parindex.warehouse.ReportDataRepository.CriterionRow;

/**
 * The workbooks' view of the ranking and scores tables (SPEC §13): the same rows as the CSV files, with statuses,
 * bases, methods and flags in Vietnamese words instead of the contract's codes, the group's, unit's and criterion's
 * names beside their codes, domain columns titled by the domain's name, and in the ranking workbook the 90 % rank and
 * index intervals (SPEC §12) when the year has them. The CSV files keep the codes (SPEC §8).
 */
final class VietnameseWorkbook {

    static final Map<String, String> STATUS = Map.of("final", "Đã thẩm định", "provisional", "Tạm tính",
            "not_submitted", "Chưa nộp");
    static final Map<String, String> BASIS = Map.of("same_unit", "Chính đơn vị năm trước",
            "predecessors", "Bình quân các đơn vị cũ hợp thành");
    static final Map<String, String> METHOD = Map.of("appraised", "Thẩm định", "ratio", "Tỷ lệ từ số liệu", "survey", "Khảo sát");
    static final Map<String, String> FLAG = Map.of("provisional", "Tạm tính (chưa có điểm thẩm định)", "missing", "Thiếu dữ liệu",
            "insufficient", "Không đủ người trả lời");

    private VietnameseWorkbook() {
    }

    /** A column of the view: the table's column {@code source} (or a value computed per row), under a Vietnamese title. */
    private record Part(ReportColumn column, java.util.function.Function<List<Object>, Object> value) {
    }

    /** One group's sheet of the ranking workbook: columns and rows. */
    record Sheet(List<ReportColumn> columns, List<List<Object>> rows) {
    }

    /**
     * @param domainNames the group's domain names by domain code (its framework)
     * @param intervals the year's intervals by unit code; empty without them (analysis off, or a year without survey)
     */
    static Sheet ranking(ReportTable table, List<List<Object>> rows, Map<String, String> groupNames, Map<String, String> domainNames,
            Map<String, UnitInterval> intervals) {
        List<Part> parts = new ArrayList<>();
        int group = table.column("group");
        int unit = table.column("unit_code");
        for (ReportColumn c : table.columns()) {
            int at = table.column(c.name());
            switch (c.name()) {
                case "group" -> {
                    parts.add(new Part(new ReportColumn("group", "Mã nhóm", Kind.TEXT, 10), r -> r.get(at)));
                    parts.add(new Part(new ReportColumn("group_name", "Tên nhóm", Kind.TEXT, 24), r -> groupNames.get((String) r.get(group))));
                }
                case "status" -> parts.add(new Part(c, r -> STATUS.getOrDefault((String) r.get(at), (String) r.get(at))));
                case "delta_basis" -> parts.add(new Part(c, r -> r.get(at) == null ? null : BASIS.getOrDefault((String) r.get(at), (String) r.get(at))));
                case "rank" -> withInterval(parts, c, at, intervals, unit, "Hạng", Kind.INTEGER, 14, UnitInterval::rankP05, UnitInterval::rankP95);
                case "index" -> withInterval(parts, c, at, intervals, unit, "Chỉ số", Kind.TWO_DECIMALS, 15,
                        UnitInterval::indexP05, UnitInterval::indexP95);
                default -> {
                    if (c.name().startsWith("domain_")) {
                        String code = c.name().substring("domain_".length());
                        String name = domainNames.get(code);
                        parts.add(new Part(new ReportColumn(c.name(), "Lĩnh vực " + code + (name == null ? "" : " – " + name), c.kind(),
                                Math.max(c.width(), 24)), r -> r.get(at)));
                    } else {
                        parts.add(new Part(c, r -> r.get(at)));
                    }
                }
            }
        }
        return view(parts, rows);
    }

    /** The scores workbook: group and criterion names beside their codes, methods and flags in words. */
    static Sheet scores(ReportTable table, Map<String, String> groupNames, List<CriterionRow> criteria, Map<String, String> unitNames) {
        Map<String, String> criterionNames = new LinkedHashMap<>();
        criteria.forEach(c -> criterionNames.put(c.groupCode() + '\u0000' + c.code(), c.name()));
        int group = table.column("group");
        int unit = table.column("unit_code");
        List<Part> parts = new ArrayList<>();
        for (ReportColumn c : table.columns()) {
            int at = table.column(c.name());
            switch (c.name()) {
                case "group" -> {
                    parts.add(new Part(new ReportColumn("group", "Mã nhóm", Kind.TEXT, 10), r -> r.get(at)));
                    parts.add(new Part(new ReportColumn("group_name", "Tên nhóm", Kind.TEXT, 24), r -> groupNames.get((String) r.get(group))));
                }
                case "unit_code" -> {
                    parts.add(new Part(c, r -> r.get(at)));
                    parts.add(new Part(new ReportColumn("unit_name", "Tên đơn vị", Kind.TEXT, 28), r -> unitNames.get((String) r.get(unit))));
                }
                case "criterion_code" -> {
                    parts.add(new Part(c, r -> r.get(at)));
                    parts.add(new Part(new ReportColumn("criterion_name", "Tên tiêu chí", Kind.TEXT, 50),
                            r -> criterionNames.get(r.get(group) + "\u0000" + r.get(at))));
                }
                case "method" -> parts.add(new Part(c, r -> METHOD.getOrDefault((String) r.get(at), (String) r.get(at))));
                case "flag" -> parts.add(new Part(new ReportColumn(c.name(), "Lưu ý", Kind.TEXT, 30),
                        r -> r.get(at) == null ? null : FLAG.getOrDefault((String) r.get(at), (String) r.get(at))));
                default -> parts.add(new Part(c, r -> r.get(at)));
            }
        }
        return view(parts, table.rows());
    }

    /**
     * Column {@code c} (at {@code at}), then, when the year has intervals, the two ends of the unit's 90 % interval
     * ({@code <name>_p05}, {@code <name>_p95}) headed "{@code label}: khoảng 90% từ/đến".
     */
    private static void withInterval(List<Part> parts, ReportColumn c, int at, Map<String, UnitInterval> intervals, int unit, String label,
            Kind kind, int width, java.util.function.Function<UnitInterval, Object> low, java.util.function.Function<UnitInterval, Object> high) {
        parts.add(new Part(c, r -> r.get(at)));
        if (!intervals.isEmpty()) {
            parts.add(new Part(new ReportColumn(c.name() + "_p05", label + ": khoảng 90% từ", kind, width), r -> interval(intervals, r.get(unit), low)));
            parts.add(new Part(new ReportColumn(c.name() + "_p95", label + ": khoảng 90% đến", kind, width), r -> interval(intervals, r.get(unit), high)));
        }
    }

    private static Object interval(Map<String, UnitInterval> intervals, Object unit, java.util.function.Function<UnitInterval, Object> part) {
        UnitInterval interval = intervals.get((String) unit);
        return interval == null ? null : part.apply(interval);
    }

    private static Sheet view(List<Part> parts, List<List<Object>> rows) {
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<Object> values = new ArrayList<>(parts.size());
            parts.forEach(p -> values.add(p.value().apply(row)));
            out.add(values);
        }
        return new Sheet(parts.stream().map(Part::column).toList(), out);
    }
}

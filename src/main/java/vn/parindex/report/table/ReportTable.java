package vn.parindex.report.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.report.table.ReportColumn.Kind;
import vn.parindex.warehouse.ReportDataRepository.CriterionRow;
import vn.parindex.warehouse.ReportDataRepository.LeafRow;
import vn.parindex.warehouse.UnitResult;

/**
 * The rows of {@code ranking-<year>} or {@code scores-<year>} as typed values (a null is an empty cell), built once
 * for both the CSV (SPEC §8) and the workbook (SPEC §11), so the two hold the same rows.
 */
public record ReportTable(List<ReportColumn> columns, List<List<Object>> rows) {

    static final String GROUP = "group";
    static final String STATUS = "status";
    static final String NOT_SUBMITTED = "not_submitted";

    /** The columns both tables begin with. */
    static final List<ReportColumn> UNIT_COLUMNS = List.of(
            new ReportColumn("year", "Năm", Kind.INTEGER, 7),
            new ReportColumn(GROUP, "Nhóm", Kind.TEXT, 10),
            new ReportColumn("unit_code", "Mã đơn vị", Kind.TEXT, 11));

    int column(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    /** One row per unit, in the stored order (by group, then rank), with a sub-index column per domain. */
    public static ReportTable ranking(int year, List<UnitResult> units, List<CriterionRow> criteria) {
        Set<String> domainCodes = criteria.stream().filter(c -> c.parentCode() == null).map(CriterionRow::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<ReportColumn> columns = new ArrayList<>(UNIT_COLUMNS);
        columns.addAll(List.of(
                new ReportColumn("unit_name", "Tên đơn vị", Kind.TEXT, 32),
                new ReportColumn(STATUS, "Trạng thái", Kind.TEXT, 14),
                new ReportColumn("rank", "Xếp hạng", Kind.INTEGER, 10),
                new ReportColumn("index", "Chỉ số", Kind.TWO_DECIMALS, 9),
                new ReportColumn("band", "Xếp loại", Kind.TEXT, 14),
                new ReportColumn("delta_rank", "Thay đổi hạng", Kind.INTEGER, 14),
                new ReportColumn("delta_index", "Thay đổi chỉ số", Kind.TWO_DECIMALS, 15),
                new ReportColumn("delta_basis", "So sánh với", Kind.TEXT, 14)));
        domainCodes.forEach(d -> columns.add(new ReportColumn("domain_" + d, "Chỉ số lĩnh vực " + d, Kind.TWO_DECIMALS, 17)));
        Integer theYear = year;
        List<List<Object>> rows = new ArrayList<>(units.size());
        for (UnitResult u : units) {
            Map<String, BigDecimal> subIndices = new LinkedHashMap<>();
            u.domains().forEach(d -> subIndices.put(d.code(), d.subIndex()));
            List<Object> row = new ArrayList<>(columns.size());
            row.addAll(Arrays.asList(theYear, u.groupCode(), u.unitCode(), u.unitName(), u.status(), u.rank(), u.index(),
                    u.band(), u.deltaRank(), u.deltaIndex(), u.deltaBasis()));
            domainCodes.forEach(code -> row.add(subIndices.get(code)));
            rows.add(row);
        }
        return new ReportTable(List.copyOf(columns), rows);
    }

    /** One row per scored leaf criterion of each unit, units in the ranking's order, with the figures' lineage. */
    public static ReportTable scores(int year, List<UnitResult> units, List<LeafRow> unitLeaves) {
        Map<String, List<LeafRow>> leaves = new LinkedHashMap<>();
        unitLeaves.forEach(l -> leaves.computeIfAbsent(l.unitCode(), k -> new ArrayList<>()).add(l));
        Integer theYear = year;
        List<List<Object>> rows = new ArrayList<>(unitLeaves.size());
        for (UnitResult u : units) {
            for (LeafRow l : leaves.getOrDefault(u.unitCode(), List.of())) {
                rows.add(Arrays.asList(theYear, u.groupCode(), u.unitCode(), l.criterionCode(), l.method(), l.maxPoints(),
                        l.selfScore(), l.appraisedScore(), l.points(), l.flag(), l.sourceFile(), l.sourceSha256(), l.sourceLine()));
            }
        }
        List<ReportColumn> columns = new ArrayList<>(UNIT_COLUMNS);
        columns.addAll(List.of(
                new ReportColumn("criterion_code", "Mã tiêu chí", Kind.TEXT, 12),
                new ReportColumn("method", "Phương pháp", Kind.TEXT, 13),
                new ReportColumn("max_points", "Điểm tối đa", Kind.AS_STORED, 12),
                new ReportColumn("self_score", "Điểm tự chấm", Kind.AS_STORED, 13),
                new ReportColumn("appraised_score", "Điểm thẩm định", Kind.AS_STORED, 15),
                new ReportColumn("points", "Điểm", Kind.TWO_DECIMALS, 9),
                new ReportColumn("flag", "Cờ", Kind.TEXT, 12),
                new ReportColumn("source_file", "Tệp nguồn", Kind.TEXT, 28),
                new ReportColumn("source_sha256", "SHA-256 tệp nguồn", Kind.TEXT, 66),
                new ReportColumn("source_line", "Dòng nguồn", Kind.INTEGER, 11)));
        return new ReportTable(List.copyOf(columns), rows);
    }
}

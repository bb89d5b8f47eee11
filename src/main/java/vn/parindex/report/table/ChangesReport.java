package vn.parindex.report.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.parindex.report.table.ReportColumn.Kind;
import vn.parindex.warehouse.ChangesRepository.LeafChange;
import vn.parindex.warehouse.ChangesRepository.UnitFigures;
import vn.parindex.installation.AtomicFiles;

/**
 * {@code changes-<year>.csv} and {@code .xlsx} of the explanation round (SPEC §15): every unit whose index, rank, band or
 * points changed since the last published version (a row with an empty {@code criterion_code}), followed by each of its
 * leaves whose points changed, with the file, line and comment of the row that changed it. Units by group, in the
 * current ranking's order.
 */
public final class ChangesReport {

    static final String SHEET = "Thay đổi";

    static final List<ReportColumn> COLUMNS = List.of(
            new ReportColumn("year", "Năm", Kind.INTEGER, 7),
            new ReportColumn("group", "Nhóm", Kind.TEXT, 10),
            new ReportColumn("unit_code", "Mã đơn vị", Kind.TEXT, 11),
            new ReportColumn("unit_name", "Tên đơn vị", Kind.TEXT, 28),
            new ReportColumn("criterion_code", "Mã tiêu chí", Kind.TEXT, 12),
            new ReportColumn("before", "Trước", Kind.TWO_DECIMALS, 9),
            new ReportColumn("after", "Sau", Kind.TWO_DECIMALS, 9),
            new ReportColumn("difference", "Chênh lệch", Kind.TWO_DECIMALS, 11),
            new ReportColumn("rank_before", "Hạng trước", Kind.INTEGER, 11),
            new ReportColumn("rank_after", "Hạng sau", Kind.INTEGER, 10),
            new ReportColumn("band_before", "Xếp loại trước", Kind.TEXT, 15),
            new ReportColumn("band_after", "Xếp loại sau", Kind.TEXT, 14),
            new ReportColumn("source_file", "Tệp nguồn", Kind.TEXT, 28),
            new ReportColumn("source_line", "Dòng nguồn", Kind.INTEGER, 11),
            new ReportColumn("comment", "Ghi chú", Kind.TEXT, 40));

    private ChangesReport() {
    }

    /** The rows, from the version's units ({@code before}), the current ones ({@code after}) and the changed leaves. */
    public static List<List<Object>> rows(int year, Map<String, UnitFigures> before, Map<String, UnitFigures> after, List<LeafChange> leaves) {
        Map<String, List<LeafChange>> leavesByUnit = new LinkedHashMap<>();
        leaves.stream().sorted((a, b) -> Integer.compare(a.position(), b.position()))
                .forEach(l -> leavesByUnit.computeIfAbsent(l.unitCode(), k -> new ArrayList<>()).add(l));
        Set<String> units = new LinkedHashSet<>(after.keySet());
        units.addAll(before.keySet());
        List<String> ordered = new ArrayList<>(units);
        ordered.sort((a, b) -> {
            UnitFigures x = after.getOrDefault(a, before.get(a));
            UnitFigures y = after.getOrDefault(b, before.get(b));
            int byGroup = x.groupCode().compareTo(y.groupCode());
            if (byGroup != 0) {
                return byGroup;
            }
            int px = x.listPosition() == null ? Integer.MAX_VALUE : x.listPosition();
            int py = y.listPosition() == null ? Integer.MAX_VALUE : y.listPosition();
            return px != py ? Integer.compare(px, py) : a.compareTo(b);
        });
        Integer theYear = year;
        List<List<Object>> rows = new ArrayList<>();
        for (String code : ordered) {
            UnitFigures was = before.get(code);
            UnitFigures now = after.get(code);
            List<LeafChange> changed = leavesByUnit.getOrDefault(code, List.of());
            boolean unitChanged = was == null || now == null || !same(was.index(), now.index()) || !Objects.equals(was.rank(), now.rank())
                    || !Objects.equals(was.band(), now.band()) || !Objects.equals(was.status(), now.status());
            if (!unitChanged && changed.isEmpty()) {
                continue;
            }
            UnitFigures shown = now != null ? now : was;
            BigDecimal indexBefore = was == null ? null : was.index();
            BigDecimal indexAfter = now == null ? null : now.index();
            rows.add(Arrays.asList(theYear, shown.groupCode(), code, shown.unitName(), null, indexBefore, indexAfter,
                    difference(indexBefore, indexAfter), was == null ? null : was.rank(), now == null ? null : now.rank(),
                    was == null ? null : was.band(), now == null ? null : now.band(), null, null, null));
            for (LeafChange l : changed) {
                rows.add(Arrays.asList(theYear, shown.groupCode(), code, shown.unitName(), l.criterionCode(), l.before(), l.after(),
                        difference(l.before(), l.after()), null, null, null, null, l.sourceFile(), l.sourceLine(), l.comment()));
            }
        }
        return rows;
    }

    /** Writes the CSV and the workbook; returns the files written. */
    public static List<java.nio.file.Path> write(java.nio.file.Path folder, int year, List<List<Object>> rows) {
        ReportTable table = new ReportTable(COLUMNS, rows);
        java.nio.file.Path csv = folder.resolve("changes-" + year + ".csv");
        java.nio.file.Path xlsx = folder.resolve("changes-" + year + ".xlsx");
        CsvReportWriter.write(csv, table);
        try (TableWorkbook workbook = new TableWorkbook()) {
            workbook.sheet(SHEET, COLUMNS, rows);
            workbook.write(xlsx);
        }
        return List.of(csv, xlsx);
    }

    /** Removes the changes of a year no longer provisional (an earlier run's). */
    public static void remove(java.nio.file.Path folder, int year) {
        AtomicFiles.deleteIfExists(folder.resolve("changes-" + year + ".csv"));
        AtomicFiles.deleteIfExists(folder.resolve("changes-" + year + ".xlsx"));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal difference(BigDecimal before, BigDecimal after) {
        return before == null || after == null ? null : after.subtract(before);
    }
}

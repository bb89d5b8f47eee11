package vn.parindex.report.table;

import java.nio.file.Path;

/** {@code scores-<year>.xlsx} (SPEC §11): the rows of {@code scores-<year>.csv} on one sheet, {@value #SHEET}. */
public final class ScoresWorkbookWriter {

    public static final String SHEET = "Điểm tiêu chí";

    private ScoresWorkbookWriter() {
    }

    public static void write(Path target, ReportTable scores) {
        write(target, scores, java.util.Map.of(), java.util.List.of(), java.util.Map.of());
    }

    /** {@link VietnameseWorkbook#scores}'s view: names beside codes, methods and flags in words. */
    public static void write(Path target, ReportTable scores, java.util.Map<String, String> groupNames,
            java.util.List<vn.parindex.warehouse.ReportDataRepository.CriterionRow> criteria, java.util.Map<String, String> unitNames) {
        VietnameseWorkbook.Sheet sheet = VietnameseWorkbook.scores(scores, groupNames, criteria, unitNames);
        try (TableWorkbook workbook = new TableWorkbook()) {
            workbook.sheet(SHEET, sheet.columns(), sheet.rows());
            workbook.write(target);
        }
    }
}

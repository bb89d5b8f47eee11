package vn.parindex.report;

import java.nio.file.Path;

/** {@code scores-<year>.xlsx} (SPEC §11): the rows of {@code scores-<year>.csv} on one sheet, {@value #SHEET}. */
final class ScoresWorkbookWriter {

    static final String SHEET = "Điểm tiêu chí";

    private ScoresWorkbookWriter() {
    }

    static void write(Path target, ReportTable scores) {
        try (TableWorkbook workbook = new TableWorkbook()) {
            workbook.sheet(SHEET, scores.columns(), scores.rows());
            workbook.write(target);
        }
    }
}

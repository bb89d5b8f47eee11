package vn.parindex.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ranking-<year>.xlsx} (SPEC §11): the rows of {@code ranking-<year>.csv}, one sheet per group in the CSV's
 * order (every row of the group, units not submitted included, as in the CSV), then the sheet {@value #NOT_SUBMITTED}
 * listing the units not submitted of every group, under the columns up to their status (their figures are empty).
 */
final class RankingWorkbookWriter {

    static final String NOT_SUBMITTED = "Chưa nộp";

    private RankingWorkbookWriter() {
    }

    static void write(Path target, ReportTable ranking) {
        int group = ranking.column(ReportTable.GROUP);
        int status = ranking.column(ReportTable.STATUS);
        Map<String, List<List<Object>>> groups = new LinkedHashMap<>();
        List<List<Object>> notSubmitted = new ArrayList<>();
        for (List<Object> row : ranking.rows()) {
            groups.computeIfAbsent((String) row.get(group), g -> new ArrayList<>()).add(row);
            if (ReportTable.NOT_SUBMITTED.equals(row.get(status))) {
                notSubmitted.add(row.subList(0, status + 1));
            }
        }
        try (TableWorkbook workbook = new TableWorkbook()) {
            groups.forEach((code, rows) -> workbook.sheet(code, ranking.columns(), rows));
            workbook.sheet(NOT_SUBMITTED, ranking.columns().subList(0, status + 1), notSubmitted);
            workbook.write(target);
        }
    }
}

package vn.parindex.report.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ranking-<year>.xlsx} (SPEC §11): the rows of {@code ranking-<year>.csv}, one sheet per group in the CSV's
 * order (every row of the group, units not submitted included, as in the CSV), then the sheet {@value #NOT_SUBMITTED}
 * listing the units not submitted of every group, under the columns up to their status (their figures are empty).
 * A group's sheet is named by its group name where it has one (SPEC §13), else by its code, made valid by
 * {@link SheetNames}; {@value #NOT_SUBMITTED} keeps its name whatever the groups are called.
 */
public final class RankingWorkbookWriter {

    public static final String NOT_SUBMITTED = "Chưa nộp";

    private RankingWorkbookWriter() {
    }

    /** Without domain names or intervals: the codes' view with Vietnamese words (tests of the sheets' names). */
    public static void write(Path target, ReportTable ranking, Map<String, String> groupNames) {
        write(target, ranking, groupNames, Map.of(), Map.of());
    }

    /**
     * {@code groupNames}: display names by group code; a group missing or blank there is named by its code.
     * {@code domainNames}: by group, its domains' names by code; {@code intervals}: the 90 % intervals by unit code
     * (empty: no interval columns). Each sheet is {@link VietnameseWorkbook#ranking}'s view of the group's rows.
     */
    public static void write(Path target, ReportTable ranking, Map<String, String> groupNames, Map<String, Map<String, String>> domainNames,
            Map<String, vn.parindex.uncertainty.UnitInterval> intervals) {
        int group = ranking.column(ReportTable.GROUP);
        int status = ranking.column(ReportTable.STATUS);
        Map<String, List<List<Object>>> groups = new LinkedHashMap<>();
        List<List<Object>> notSubmitted = new ArrayList<>();
        for (List<Object> row : ranking.rows()) {
            groups.computeIfAbsent((String) row.get(group), g -> new ArrayList<>()).add(row);
            if (ReportTable.NOT_SUBMITTED.equals(row.get(status))) {
                notSubmitted.add(row);
            }
        }
        try (TableWorkbook workbook = new TableWorkbook(NOT_SUBMITTED)) {
            groups.forEach((code, rows) -> {
                VietnameseWorkbook.Sheet sheet = VietnameseWorkbook.ranking(ranking, rows, groupNames,
                        domainNames.getOrDefault(code, Map.of()), intervals);
                workbook.sheet(sheetName(code, groupNames), sheet.columns(), sheet.rows());
            });
            VietnameseWorkbook.Sheet missing = VietnameseWorkbook.ranking(ranking, notSubmitted, groupNames, Map.of(), Map.of());
            int last = missing.columns().stream().map(ReportColumn::name).toList().indexOf(ReportTable.STATUS);
            workbook.keptSheet(NOT_SUBMITTED, missing.columns().subList(0, last + 1),
                    missing.rows().stream().map(r -> r.subList(0, last + 1)).toList());
            workbook.write(target);
        }
    }

    /** The name wanted for a group's sheet (before {@link SheetNames} makes it valid): its name, else its code. */
    static String sheetName(String code, Map<String, String> groupNames) {
        String name = groupNames.get(code);
        return name == null || name.isBlank() ? code : name.strip();
    }
}

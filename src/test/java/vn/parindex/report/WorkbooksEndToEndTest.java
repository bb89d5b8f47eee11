package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.cli.SharedWarehouse;
import vn.parindex.csv.FormulaGuard;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;
import vn.parindex.support.ReportCsv;
import vn.parindex.support.WallClock;
import vn.parindex.report.table.RankingWorkbookWriter;
import vn.parindex.report.table.ScoresWorkbookWriter;

/**
 * {@code ranking-<year>.xlsx} and {@code scores-<year>.xlsx} (SPEC §11) through the real command line and database,
 * read back with POI's full reader and held against the CSVs beside them: the same rows, codes as text cells, figures
 * as numbers with the formats a reader sees the CSV's text through, Vietnamese titles, frozen header, filters, a
 * sheet per group (named by the group's name where the units file gives one, else by its code) plus the units not
 * submitted, and the same bytes when the year is rendered again.
 */
class WorkbooksEndToEndTest extends SharedWarehouse {

    private static final Set<String> TEXT = Set.of("group", "group_name", "unit_code", "unit_name", "status", "band", "delta_basis",
            "criterion_code", "criterion_name", "method", "flag", "source_file", "source_sha256");
    private static final Set<String> INTEGER = Set.of("year", "rank", "rank_p05", "rank_p95", "delta_rank", "source_line");
    private static final Set<String> AS_STORED = Set.of("max_points", "self_score", "appraised_score");
    // every other column (index, delta_index, domain_<code>, points) has two decimals

    /** SPEC §13: the workbooks' columns (names beside codes, intervals when the year has them) and Vietnamese titles. */
    private static final List<String> RANKING_COLUMNS = List.of("year", "group", "group_name", "unit_code", "unit_name", "status",
            "rank", "index", "band", "delta_rank", "delta_index", "delta_basis");
    private static final List<String> RANKING_TITLES = List.of("Năm", "Mã nhóm", "Tên nhóm", "Mã đơn vị", "Tên đơn vị", "Trạng thái",
            "Xếp hạng", "Chỉ số", "Xếp loại", "Thay đổi hạng", "Thay đổi chỉ số", "So sánh với");
    private static final List<String> SCORES_COLUMNS = List.of("year", "group", "group_name", "unit_code", "unit_name", "criterion_code",
            "criterion_name", "method", "max_points", "self_score", "appraised_score", "points", "flag", "source_file", "source_sha256",
            "source_line");
    private static final List<String> SCORES_TITLES = List.of("Năm", "Mã nhóm", "Tên nhóm", "Mã đơn vị", "Tên đơn vị", "Mã tiêu chí",
            "Tên tiêu chí", "Phương pháp", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định", "Điểm", "Lưu ý", "Tệp nguồn",
            "SHA-256 tệp nguồn", "Dòng nguồn");
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("final", "Đã thẩm định"), Map.entry("provisional", "Tạm tính"),
            Map.entry("not_submitted", "Chưa nộp"), Map.entry("same_unit", "Chính đơn vị năm trước"),
            Map.entry("predecessors", "Bình quân các đơn vị cũ hợp thành"), Map.entry("appraised", "Thẩm định"),
            Map.entry("ratio", "Tỷ lệ từ số liệu"), Map.entry("survey", "Khảo sát"));
    private static final Map<String, String> FLAGS = Map.of("provisional", "Tạm tính (chưa có điểm thẩm định)", "missing", "Thiếu dữ liệu",
            "insufficient", "Không đủ người trả lời");

    private static final Map<String, String> SAMPLE_GROUP_NAMES = Map.of("QUAN", "Khối quận", "HUYEN", "Khối huyện, thị xã");


    @Test
    void workedExampleWorkbooksHoldTheCsvRowsAsTypedCells() throws IOException {
        Installation parindex = installation();
        parindex.dropExamples(Installation.exampleFiles());
        Result result = parindex.run("run", "--settle", "0");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();

        assertWorkbooksMatchCsvs(parindex, 2024, Map.of());
        try (XSSFWorkbook ranking = Workbooks.open(parindex.reports(2024).resolve("ranking-2024.xlsx"))) {
            assertThat(sheetNames(ranking)).containsExactly("QUAN", "Chưa nộp");
            Row first = ranking.getSheet("QUAN").getRow(1);
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("019");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("Quận Nam Từ Liêm");
            assertThat(first.getCell(5).getStringCellValue()).isIn("Đã thẩm định", "Tạm tính");
            // the worked example's framework has a survey leaf: the rank's interval follows the rank, the index's the index
            assertThat(first.getCell(7).getNumericCellValue()).as("rank from").isEqualTo(first.getCell(6).getNumericCellValue());
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(66.61);
            assertThat(first.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(first.getCell(18).getNumericCellValue()).isEqualTo(75.0);
            assertThat(new DataFormatter(Locale.forLanguageTag("vi-VN")).formatCellValue(first.getCell(18)))
                    .as("shown under Vietnamese settings").isEqualTo("75,00");
            Row notSubmitted = ranking.getSheet("Chưa nộp").getRow(1);
            assertThat(notSubmitted.getCell(3).getStringCellValue()).isEqualTo("005");
            assertThat(notSubmitted.getCell(5).getStringCellValue()).isEqualTo("Chưa nộp");
            assertThat(notSubmitted.getLastCellNum()).isEqualTo((short) 6);
            assertThat(ranking.getSheet("QUAN").getRow(3).getCell(3).getStringCellValue())
                    .as("a unit not submitted stays in its group's sheet, as in the CSV").isEqualTo("005");
        }
        try (XSSFWorkbook scores = Workbooks.open(parindex.reports(2024).resolve("scores-2024.xlsx"))) {
            Row first = scores.getSheetAt(0).getRow(1);
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(15.0);
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(14.5);
            assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(14.0);
            assertThat(new DataFormatter(Locale.ROOT).formatCellValue(first.getCell(11))).isEqualTo("14.00");
            assertThat(first.getCell(15).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void sampleProvinceWorkbooksHaveASheetPerGroupNamedByItsNameAndTheUnitsNotSubmitted() throws IOException {
        Installation parindex = installation().dropSample();
        Result result = parindex.run("run", "--settle", "0");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();

        for (int year : new int[] {2024, 2025, 2026}) {
            assertWorkbooksMatchCsvs(parindex, year, SAMPLE_GROUP_NAMES);
            ReportCsv csv = ReportCsv.read(parindex.reports(year).resolve("ranking-" + year + ".csv"));
            assertThat(csv.rows().stream().map(r -> r.get("group")).distinct()).as("%d", year).hasSizeGreaterThan(1);
            if (year == 2025) {
                // 2024 has every unit submitted: its sheet of units not submitted is a header alone
                assertThat(csv.rows()).anyMatch(r -> r.get("status").equals("not_submitted"))
                        .anyMatch(r -> r.get("status").equals("provisional"))
                        .as("changes against 2024").anyMatch(r -> r.get("delta_index").startsWith("-"))
                        .as("measured against the same unit").anyMatch(r -> r.get("delta_basis").equals("same_unit"));
            }
            if (year == 2026) {
                assertThat(csv.rows()).as("units merged in the reorganisation").anyMatch(r -> r.get("delta_basis").equals("predecessors"));
            }
            try (XSSFWorkbook ranking = Workbooks.open(parindex.reports(year).resolve("ranking-" + year + ".xlsx"))) {
                assertThat(sheetNames(ranking)).as("%d", year).containsExactly("Khối huyện, thị xã", "Khối quận", "Chưa nộp");
            }
        }
    }

    @Test
    void reRenderingTheYearGivesTheSameWorkbookBytes() throws Exception {
        Installation parindex = installation();
        parindex.dropExamples(Installation.exampleFiles());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        Instant written = Instant.now();
        Path ranking = parindex.reports(2024).resolve("ranking-2024.xlsx");
        Path scores = parindex.reports(2024).resolve("scores-2024.xlsx");
        byte[] rankingBefore = Files.readAllBytes(ranking);
        byte[] scoresBefore = Files.readAllBytes(scores);
        Files.delete(ranking);
        Files.delete(scores);
        WallClock.awaitLaterTick(written, Duration.ofSeconds(2)); // a zip's two-second time resolution

        Result result = parindex.run("report", "--year", "2024");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readAllBytes(ranking)).isEqualTo(rankingBefore);
        assertThat(Files.readAllBytes(scores)).isEqualTo(scoresBefore);
        WorkbookFilesTest.assertFixedTimesAndNoDates(ranking);
        WorkbookFilesTest.assertFixedTimesAndNoDates(scores);
    }

    /** {@code groupNames}: the group names the units files gave, by group code (a group not there: its code names its sheet). */
    private static void assertWorkbooksMatchCsvs(Installation parindex, int year, Map<String, String> groupNames) throws IOException {
        Path folder = parindex.reports(year);
        ReportCsv ranking = ReportCsv.read(folder.resolve("ranking-" + year + ".csv"));
        Path uncertaintyCsv = folder.resolve("uncertainty-" + year + ".csv");
        String criteriaSql = "SELECT group_code, code, name FROM criterion WHERE year = " + year;
        Map<String, String> names = new java.util.HashMap<>();
        parindex.sql().queryForList(criteriaSql).forEach(r -> names.put(r.get("group_code") + "|" + r.get("code"), (String) r.get("name")));
        boolean surveyed = parindex.sql().queryForObject("SELECT COUNT(*) FROM criterion WHERE year = ? AND method = 'survey'",
                Integer.class, year) > 0;
        ReportCsv intervals = surveyed && Files.exists(uncertaintyCsv) ? ReportCsv.read(uncertaintyCsv) : null;
        List<String> rankingColumns = new ArrayList<>(RANKING_COLUMNS);
        List<String> rankingTitles = new ArrayList<>(RANKING_TITLES);
        if (intervals != null) {
            rankingColumns.addAll(rankingColumns.indexOf("rank") + 1, List.of("rank_p05", "rank_p95"));
            rankingTitles.addAll(rankingTitles.indexOf("Xếp hạng") + 1, List.of("Hạng: khoảng 90% từ", "Hạng: khoảng 90% đến"));
            rankingColumns.addAll(rankingColumns.indexOf("index") + 1, List.of("index_p05", "index_p95"));
            rankingTitles.addAll(rankingTitles.indexOf("Chỉ số") + 1, List.of("Chỉ số: khoảng 90% từ", "Chỉ số: khoảng 90% đến"));
        }
        List<String> domains = ranking.header().stream().filter(c -> c.startsWith("domain_")).toList();
        rankingColumns.addAll(domains);
        List<Map<String, String>> expected = new ArrayList<>();
        for (Map<String, String> row : ranking.rows()) {
            Map<String, String> e = new java.util.HashMap<>(row);
            e.put("group_name", groupNames.getOrDefault(row.get("group"), ""));
            e.put("status", WORDS.get(row.get("status")));
            e.put("delta_basis", row.get("delta_basis").isEmpty() ? "" : WORDS.get(row.get("delta_basis")));
            Map<String, String> interval = intervals == null ? null : intervals.rows().stream()
                    .filter(i -> i.get("unit_code").equals(row.get("unit_code"))).findFirst().orElse(null);
            for (String part : List.of("rank_p05", "rank_p95", "index_p05", "index_p95")) {
                e.put(part, interval == null ? "" : interval.get(part));
            }
            expected.add(e);
        }
        try (XSSFWorkbook workbook = Workbooks.open(folder.resolve("ranking-" + year + ".xlsx"))) {
            Set<String> groups = new LinkedHashSet<>();
            ranking.rows().forEach(r -> groups.add(r.get("group")));
            List<String> sheets = new ArrayList<>(groups.stream().map(g -> groupNames.getOrDefault(g, g)).toList());
            sheets.add(RankingWorkbookWriter.NOT_SUBMITTED);
            assertThat(sheetNames(workbook)).as("%d", year).isEqualTo(sheets);
            for (String group : groups) {
                List<String> titles = new ArrayList<>(rankingTitles);
                domains.forEach(d -> {
                    String code = d.substring("domain_".length());
                    titles.add("Lĩnh vực " + code + " – " + names.get(group + "|" + code));
                });
                assertSheet(workbook, workbook.getSheet(groupNames.getOrDefault(group, group)), rankingColumns, titles,
                        expected.stream().filter(r -> r.get("group").equals(group)).toList());
            }
            int status = RANKING_COLUMNS.indexOf("status") + 1;
            assertSheet(workbook, workbook.getSheet(RankingWorkbookWriter.NOT_SUBMITTED), RANKING_COLUMNS.subList(0, status),
                    RANKING_TITLES.subList(0, status), expected.stream().filter(r -> r.get("status").equals("Chưa nộp")).toList());
        }
        ReportCsv scores = ReportCsv.read(folder.resolve("scores-" + year + ".csv"));
        assertThat(scores.rows()).isNotEmpty();
        List<Map<String, String>> expectedScores = new ArrayList<>();
        for (Map<String, String> row : scores.rows()) {
            Map<String, String> e = new java.util.HashMap<>(row);
            e.put("group_name", groupNames.getOrDefault(row.get("group"), ""));
            e.put("unit_name", ranking.row(row.get("unit_code")).get("unit_name"));
            e.put("criterion_name", names.get(row.get("group") + "|" + row.get("criterion_code")));
            e.put("method", WORDS.get(row.get("method")));
            e.put("flag", row.get("flag").isEmpty() ? "" : FLAGS.get(row.get("flag")));
            expectedScores.add(e);
        }
        try (XSSFWorkbook workbook = Workbooks.open(folder.resolve("scores-" + year + ".xlsx"))) {
            assertThat(sheetNames(workbook)).containsExactly(ScoresWorkbookWriter.SHEET);
            assertSheet(workbook, workbook.getSheetAt(0), SCORES_COLUMNS, SCORES_TITLES, expectedScores);
        }
    }

    /** The sheet holds {@code rows} under {@code titles}, one typed cell per non-empty CSV cell, and nothing else. */
    private static void assertSheet(XSSFWorkbook workbook, XSSFSheet sheet, List<String> columns, List<String> titles,
            List<Map<String, String>> rows) {
        String name = sheet.getSheetName();
        Row header = sheet.getRow(0);
        assertThat(header.getLastCellNum()).as(name).isEqualTo((short) titles.size());
        for (int c = 0; c < titles.size(); c++) {
            Cell title = header.getCell(c);
            assertThat(title.getStringCellValue()).as("%s title %d", name, c).isEqualTo(titles.get(c));
            assertThat(workbook.getFontAt(title.getCellStyle().getFontIndex()).getBold()).as("%s title bold", name).isTrue();
        }
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as("%s frozen header", name).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).as("%s frozen below row 1", name).isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).isZero();
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as("%s filter", name)
                .isEqualTo("A1:" + CellReference.convertNumToColString(titles.size() - 1) + (rows.size() + 1));
        assertThat(workbook.getNames(XSSFName.BUILTIN_FILTER_DB)).as("%s filter database", name)
                .anyMatch(n -> n.getSheetIndex() == workbook.getSheetIndex(sheet));
        assertThat(sheet.getLastRowNum()).as("%s rows", name).isEqualTo(rows.size());
        DataFormatter shown = new DataFormatter(Locale.ROOT);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.getRow(r + 1);
            for (int c = 0; c < columns.size(); c++) {
                String column = columns.get(c);
                String expected = rows.get(r).get(column);
                Cell cell = row.getCell(c);
                String where = name + " row " + (r + 2) + " " + column;
                if (expected.isEmpty()) {
                    assertThat(cell).as(where).isNull();
                } else if (TEXT.contains(column)) {
                    assertThat(cell.getCellType()).as(where).isEqualTo(CellType.STRING);
                    assertThat(FormulaGuard.text(cell.getStringCellValue())).as(where).isEqualTo(expected);
                } else {
                    assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                    assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(where).isEqualByComparingTo(expected);
                    String format = INTEGER.contains(column) ? "0" : AS_STORED.contains(column) ? "General" : "0.00";
                    assertThat(cell.getCellStyle().getDataFormatString()).as(where).isEqualTo(format);
                    assertThat(shown.formatCellValue(cell)).as(where).isEqualTo(expected);
                }
            }
            assertThat(row.getLastCellNum()).as("%s row %d has no cell beyond the columns", name, r + 2)
                    .isLessThanOrEqualTo((short) columns.size());
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }
}

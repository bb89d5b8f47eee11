package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.WallClock;
import vn.parindex.warehouse.ReportDataRepository.CriterionRow;
import vn.parindex.warehouse.ReportDataRepository.LeafRow;
import vn.parindex.warehouse.UnitResult;
import vn.parindex.warehouse.UnitResult.DomainResult;
import vn.parindex.report.table.RankingWorkbookWriter;
import vn.parindex.report.table.ReportTable;
import vn.parindex.report.table.ReproducibleXlsx;
import vn.parindex.report.table.ScoresWorkbookWriter;
import vn.parindex.report.table.SheetNames;

/**
 * The workbooks of SPEC §11 as files: the same table gives the same bytes however far apart the writes (POI would
 * stamp the creation time and a zip holds entry times), every zip entry carries the one fixed time, the core
 * properties hold no date, and group sheets named by the group's name where it has one, else by its code, made
 * valid and unique as Excel requires.
 */
class WorkbookFilesTest {

    @TempDir
    Path dir;

    @Test
    void theSameTablesWrittenSecondsApartGiveTheSameBytes() throws Exception {
        Path firstRanking = dir.resolve("a/ranking-2024.xlsx");
        Path firstScores = dir.resolve("a/scores-2024.xlsx");
        RankingWorkbookWriter.write(firstRanking, ranking(), Map.of("QUAN", "Khối quận"));
        ScoresWorkbookWriter.write(firstScores, scores());
        WallClock.awaitLaterTick(Instant.now(), Duration.ofSeconds(2)); // a zip's two-second time resolution
        Path secondRanking = dir.resolve("b/ranking-2024.xlsx");
        Path secondScores = dir.resolve("b/scores-2024.xlsx");
        RankingWorkbookWriter.write(secondRanking, ranking(), Map.of("QUAN", "Khối quận"));
        ScoresWorkbookWriter.write(secondScores, scores());

        assertThat(Files.readAllBytes(secondRanking)).isEqualTo(Files.readAllBytes(firstRanking));
        assertThat(Files.readAllBytes(secondScores)).isEqualTo(Files.readAllBytes(firstScores));
        assertFixedTimesAndNoDates(firstRanking);
        assertFixedTimesAndNoDates(firstScores);
        try (var files = Files.list(dir.resolve("a"))) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left beside the workbooks")
                    .containsExactlyInAnyOrder("ranking-2024.xlsx", "scores-2024.xlsx");
        }
    }

    @Test
    void aDifferentFigureGivesDifferentBytes() throws Exception {
        Path one = dir.resolve("one.xlsx");
        Path other = dir.resolve("other.xlsx");
        ScoresWorkbookWriter.write(one, scores());
        List<LeafRow> changed = new ArrayList<>(leaves());
        LeafRow first = changed.get(0);
        changed.set(0, new LeafRow(first.unitCode(), first.criterionCode(), first.method(), first.maxPoints(), first.selfScore(),
                first.appraisedScore(), new BigDecimal("13.99"), first.flag(), first.sourceFile(), first.sourceSha256(),
                first.sourceLine()));
        ScoresWorkbookWriter.write(other, ReportTable.scores(2024, units(), changed));

        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(one));
    }

    @Test
    void groupCodesExcelRefusesAsSheetNamesAreMadeValidAndUnique() throws Exception {
        List<UnitResult> units = List.of(
                unit("A/B", "001", "final", 1, "60.9"), unit("A:B", "002", "final", 1, "50"),
                unit("Nhóm đơn vị có tên rất dài quá ba mươi mốt ký tự", "003", "not_submitted", null, null),
                unit("chưa nộp", "004", "final", 1, "12.125"));
        Path file = dir.resolve("ranking.xlsx");
        RankingWorkbookWriter.write(file, ReportTable.ranking(2024, units, criteria()), Map.of());

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            assertThat(sheetNames(workbook)).containsExactly("A_B", "A_B (2)", "Nhóm đơn vị có tên rất dài quá ", "chưa nộp (2)",
                    "Chưa nộp");
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).as("the group code as it is").isEqualTo("A:B");
            XSSFSheet notSubmitted = workbook.getSheet(RankingWorkbookWriter.NOT_SUBMITTED);
            assertThat(workbook.getSheetIndex(notSubmitted)).isEqualTo(4);
            assertThat(notSubmitted.getLastRowNum()).isEqualTo(1);
            assertThat(notSubmitted.getRow(1).getCell(3).getStringCellValue()).isEqualTo("003");
            assertThat(workbook.getSheetAt(3).getRow(1).getCell(7).getNumericCellValue())
                    .as("12.125 shown to two decimals is 12.13, the CSV's figure").isEqualTo(12.13);
        }
    }

    @Test
    void groupSheetsAreNamedByTheGroupNameMadeValidAndUniqueAndByTheCodeWithoutOne() throws Exception {
        List<UnitResult> units = List.of(unit("A", "001", "final", 1, "60"), unit("B", "002", "final", 1, "61"),
                unit("C", "003", "final", 1, "62"), unit("D", "004", "final", 1, "63"), unit("E", "005", "final", 1, "64"),
                unit("F", "006", "final", 1, "65"), unit("G", "007", "final", 1, "66"), unit("H", "008", "not_submitted", null, null));
        Map<String, String> names = new LinkedHashMap<>();
        names.put("A", "Khối quận");
        names.put("B", "Khối các xã, thị trấn thuộc huyện miền núi");   // 42 characters
        names.put("C", "KHỐI QUẬN");                                      // the same as A's but for case
        names.put("D", "Nhóm [1]: xã/phường?");
        names.put("E", "  ");                                             // blank: the code
        names.put("F", "'Chưa nộp'");                                    // apostrophes, then the kept name
        // G has no name: its code
        names.put("H", "Khối các xã, thị trấn thuộc huyện vùng cao");   // the same first 31 characters as B's
        Path file = dir.resolve("ranking.xlsx");
        RankingWorkbookWriter.write(file, ReportTable.ranking(2024, units, criteria()), names);

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            assertThat(sheetNames(workbook)).containsExactly("Khối quận", "Khối các xã, thị trấn thuộc huy", "KHỐI QUẬN (2)",
                    "Nhóm _1__ xã_phường_", "E", "_Chưa nộp_", "G", "Khối các xã, thị trấn thuộc (2)", "Chưa nộp");
            assertThat(sheetNames(workbook)).allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(SheetNames.MAX_LENGTH));
            assertThat(workbook.getSheet("Khối các xã, thị trấn thuộc (2)").getRow(1).getCell(3).getStringCellValue()).isEqualTo("008");
            assertThat(workbook.getSheet("Khối các xã, thị trấn thuộc (2)").getRow(1).getCell(2).getStringCellValue())
                    .as("the group's name beside its code").isEqualTo("Khối các xã, thị trấn thuộc huyện vùng cao");
            assertThat(workbook.getSheet("Nhóm _1__ xã_phường_").getRow(1).getCell(1).getStringCellValue())
                    .as("the group column keeps the code").isEqualTo("D");
            assertThat(workbook.getSheet(RankingWorkbookWriter.NOT_SUBMITTED).getRow(1).getCell(3).getStringCellValue()).isEqualTo("008");
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() {
        SheetNames names = new SheetNames("Chưa nộp");
        assertThat(names.next("[QUAN]*?")).isEqualTo("_QUAN___");
        assertThat(names.next("'quan'")).isEqualTo("_quan_");
        assertThat(names.next("history")).isEqualTo("_history");
        assertThat(names.next("")).isEqualTo("_");
        assertThat(names.next("X".repeat(40))).hasSize(31);
        assertThat(names.next("x".repeat(40))).isEqualTo("x".repeat(27) + " (2)");
        assertThat(names.next("CHƯA NỘP")).as("kept for a later sheet").isEqualTo("CHƯA NỘP (2)");
        assertThat(names.kept("Chưa nộp")).isEqualTo("Chưa nộp");
        assertThat(names.next("Chưa nộp")).as("given once").isEqualTo("Chưa nộp (3)");
        assertThat(names.next("x".repeat(30) + "\uD83C\uDF3E")).as("a surrogate pair is not cut in two").isEqualTo("x".repeat(30));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    static void assertFixedTimesAndNoDates(Path workbook) throws IOException {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e.getTimeLocal()).as(e.getName())
                    .isEqualTo(ReproducibleXlsx.ENTRY_TIME));
            assertThat(entries.get(0).getName()).isEqualTo("[Content_Types].xml");
            ZipEntry core = zip.getEntry("docProps/core.xml");
            try (InputStream in = zip.getInputStream(core)) {
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(xml).doesNotContain("dcterms:created").doesNotContain("dcterms:modified")
                        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
            }
        }
        try (XSSFWorkbook opened = Workbooks.open(workbook)) {
            assertThat(opened.getProperties().getCoreProperties().getCreated()).isNull();
            assertThat(opened.getSheetAt(0).getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        }
    }

    private static ReportTable ranking() {
        return ReportTable.ranking(2024, units(), criteria());
    }

    private static ReportTable scores() {
        return ReportTable.scores(2024, units(), leaves());
    }

    private static List<CriterionRow> criteria() {
        return List.of(new CriterionRow("QUAN", "1", null, "Chỉ đạo", new BigDecimal("40"), "group", null),
                new CriterionRow("QUAN", "1.1", "1", "Kế hoạch", new BigDecimal("40"), "appraised", null));
    }

    private static List<UnitResult> units() {
        return List.of(unit("QUAN", "019", "final", 1, "60.9"), unit("QUAN", "021", "provisional", 2, "12.125"),
                unit("QUAN", "005", "not_submitted", null, null));
    }

    private static List<LeafRow> leaves() {
        return List.of(
                new LeafRow("019", "1.1", "appraised", new BigDecimal("40"), new BigDecimal("14.5"), new BigDecimal("24.36"),
                        new BigDecimal("24.36"), null, "appraisal-2024.csv", "ab".repeat(32), 2L),
                new LeafRow("021", "1.1", "appraised", new BigDecimal("40"), new BigDecimal("4.85"), null,
                        new BigDecimal("4.85"), "self_only", "self-021.csv", "cd".repeat(32), 7L));
    }

    private static UnitResult unit(String group, String code, String status, Integer rank, String index) {
        BigDecimal value = index == null ? null : new BigDecimal(index);
        List<DomainResult> domains = value == null ? List.of()
                : List.of(new DomainResult("1", value.multiply(new BigDecimal("0.4")), new BigDecimal("40"), value, rank));
        return new UnitResult(2024, group, code, "Quận " + code, status, value, rank, value == null ? null : "Trung bình",
                null, null, null, null, domains);
    }
}

package vn.parindex.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;

/**
 * publish, publications and the explanation round on one installation (SPEC §15), step by step: bad arguments, a
 * provisional unit blocking the final version, two provisional versions, their marks read back with PDFBox, the
 * database refusing to change a version, the changes of a revised appraisal, then publications catching an altered
 * and a missing file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearRecordCommandsTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path home;
    static Installation parindex;

    @BeforeAll
    static void twoYears() {
        parindex = YearRecordFixture.twoYears(home);
    }

    @Test
    @Order(1)
    void badArgumentsExitTwoWithOneLine() {
        for (String[] args : List.of(
                new String[] {"publish", "--year", "2025", "--provisional", "--comments-until", "2025-02-30"},
                new String[] {"publish", "--year", "2025", "--final", "--decision-date", "2025-01-20"},
                new String[] {"publish", "--year", "2025", "--final", "--decision", "", "--decision-date", "2025-01-20"},
                new String[] {"publish", "--year", "2025", "--final", "--decision", "15/QĐ-UBND", "--decision-date", "20/01/2025"},
                new String[] {"publish", "--year", "2025"},
                new String[] {"publish", "--provisional"},
                new String[] {"reopen", "--year", "2025"},
                new String[] {"publish", "--year", "2031", "--provisional"},
                new String[] {"reopen", "--year", "2025", "--reason", "sai sót"})) {
            Installation.Result result = parindex.run(args);
            assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.err()).isEqualTo(2);
            assertThat(result.err().strip().lines()).as(String.join(" ", args)).hasSize(1);
        }
        assertThat(parindex.run("publish", "--year", "2031", "--provisional").err()).contains("no results for 2031");
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM published_version", Integer.class)).isZero();
    }

    @Test
    @Order(2)
    void aProvisionalUnitBlocksTheFinalVersion() {
        Installation.Result refused = parindex.run("publish", "--year", "2025", "--final", "--decision", "15/QĐ-UBND", "--decision-date", "2026-01-20");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("1 ranked unit(s) still provisional").contains("019 Quận Nam Từ Liêm");
        assertThat(parindex.reports(2025).resolve("published")).doesNotExist();
    }

    @Test
    @Order(3)
    void publishedTwiceAsProvisionalWithTheMarkOnEveryPage() throws Exception {
        Map<String, String> working = YearRecordFixture.files(parindex.reports(2025));
        Installation.Result first = parindex.run("publish", "--year", "2025", "--provisional", "--comments-until", "2026-02-15");
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("published 2025 version 1 (provisional): 6 file(s) in reports/2025/published/1-provisional/");
        Installation.Result second = parindex.run("publish", "--year", "2025", "--provisional");
        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).contains("version 2 (provisional)");
        assertThat(parindex.sql().queryForList("SELECT CONCAT_WS('|', version_no, stage, comments_until) FROM published_version ORDER BY version_no",
                String.class)).containsExactly("1|provisional|2026-02-15", "2|provisional");
        assertThat(parindex.sql().queryForObject("SELECT CONCAT_WS('|', stage, version_no) FROM year_stage WHERE year = 2025", String.class))
                .isEqualTo("provisional|2");
        Map<String, String> files = YearRecordFixture.files(parindex.reports(2025).resolve("published/1-provisional"));
        assertThat(files.keySet()).containsExactlyInAnyOrder("ranking-2025.csv", "ranking-2025.pdf", "ranking-2025.xlsx", "scorecards-2025.pdf",
                "scores-2025.csv", "scores-2025.xlsx");
        assertThat(parindex.sql().queryForList("SELECT CONCAT(file_name, '=', sha256) FROM published_file WHERE year = 2025 AND version_no = 1 "
                + "ORDER BY file_name", String.class)).containsExactlyElementsOf(files.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        assertThat(YearRecordFixture.files(parindex.reports(2025)).entrySet()).as("the working copies stay").containsAll(working.entrySet());

        for (String pdf : List.of("ranking-2025.pdf", "scorecards-2025.pdf")) {
            List<String> pages = PdfText.of(parindex.reports(2025).resolve("published/1-provisional").resolve(pdf));
            assertThat(pages).as(pdf).isNotEmpty().allSatisfy(page -> assertThat(page)
                    .contains("KẾT QUẢ DỰ KIẾN – công bố để lấy ý kiến đến hết ngày 15/02/2026"));
            assertThat(pages.get(0)).as(pdf).doesNotContain("Kèm theo Quyết định");
            List<String> second2 = PdfText.of(parindex.reports(2025).resolve("published/2-provisional").resolve(pdf));
            assertThat(second2).allSatisfy(page -> assertThat(page).contains("KẾT QUẢ DỰ KIẾN – công bố để lấy ý kiến").doesNotContain("đến hết ngày"));
        }
        assertThat(PdfText.of(parindex.reports(2025).resolve("ranking-2025.pdf"))).as("the working copy has no mark")
                .noneSatisfy(page -> assertThat(page).contains("KẾT QUẢ DỰ KIẾN"));
    }

    @Test
    @Order(4)
    void theDatabaseRefusesToChangeAPublishedVersion() {
        assertThatThrownBy(() -> parindex.sql().update("UPDATE published_unit SET index_value = 100 WHERE year = 2025"))
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> parindex.sql().update("DELETE FROM published_file WHERE year = 2025")).hasMessageContaining("never changed");
        assertThatThrownBy(() -> parindex.sql().update("UPDATE published_version SET decision_no = 'x'")).hasMessageContaining("never changed");
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM published_file WHERE year = 2025", Integer.class)).isEqualTo(12);
    }

    @Test
    @Order(5)
    void theExplanationRoundListsWhatARevisedAppraisalChanged() throws Exception {
        parindex.drop("appraisal-2025-revised.csv", "year,unit_code,criterion_code,appraised_score,comment\n"
                + "2025,021,1.1,14.5,Đã bổ sung báo cáo quý IV theo giải trình\n");
        Installation.Result run = parindex.run("run", "--settle", "0");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("years recomputed [2025] (2025 provisional)");
        List<String> csv = Files.readAllLines(parindex.reports(2025).resolve("changes-2025.csv"));
        assertThat(csv.get(0)).isEqualTo("\uFEFFyear,group,unit_code,unit_name,criterion_code,before,after,difference,rank_before,rank_after,"
                + "band_before,band_after,source_file,source_line,comment");
        String index = parindex.sql().queryForObject("SELECT index_value FROM result_unit WHERE year = 2025 AND unit_code = '021'", String.class);
        String before = parindex.sql().queryForObject("SELECT index_value FROM published_unit WHERE year = 2025 AND version_no = 2 AND unit_code = '021'",
                String.class);
        assertThat(new java.math.BigDecimal(index).subtract(new java.math.BigDecimal(before))).isEqualByComparingTo("2.50");
        assertThat(csv.subList(1, csv.size())).containsExactly(
                "2025,QUAN,021,Quận Bắc Từ Liêm,," + before + "," + index + ",2.50,1,1,Yếu,Yếu,,,",
                "2025,QUAN,021,Quận Bắc Từ Liêm,1.1,12.00,14.50,2.50,,,,,appraisal-2025-revised.csv,2,Đã bổ sung báo cáo quý IV theo giải trình");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(parindex.reports(2025).resolve("changes-2025.xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Row leaf = sheet.getRow(2);
            assertThat(text.formatCellValue(leaf.getCell(4))).isEqualTo("1.1");
            assertThat(leaf.getCell(7).getNumericCellValue()).isEqualTo(2.5);
            assertThat(text.formatCellValue(leaf.getCell(14))).isEqualTo("Đã bổ sung báo cáo quý IV theo giải trình");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
        List<String> pages = PdfText.of(parindex.reports(2025).resolve("ranking-2025.pdf"));
        assertThat(pages.get(pages.size() - 1)).contains("Giải trình năm 2025: thay đổi so với kết quả dự kiến đã công bố (phiên bản 2)")
                .contains("Đã bổ sung báo cáo quý IV theo giải trình").contains("appraisal-2025-revised.csv, dòng 2").contains("+2,50");
    }

    @Test
    @Order(6)
    void publicationsCatchesAnAlteredAndAMissingFileAndReportNeverWritesThere() throws Exception {
        Installation.Result clean = parindex.run("publications");
        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).contains("2025 version 1 provisional").contains("comments until 2026-02-15").contains("6 file(s), all match their SHA-256")
                .contains("2025 version 2 provisional");

        Map<String, String> published = YearRecordFixture.files(parindex.reports(2025).resolve("published"));
        Installation.Result report = parindex.run("report", "--year", "2025");
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).doesNotContain("published");
        assertThat(YearRecordFixture.files(parindex.reports(2025).resolve("published"))).isEqualTo(published);

        Path altered = parindex.reports(2025).resolve("published/1-provisional/ranking-2025.csv");
        Files.writeString(altered, Files.readString(altered).replace("Yếu", "Tốt"));
        Path missing = parindex.reports(2025).resolve("published/2-provisional/scorecards-2025.pdf");
        Files.delete(missing);
        Installation.Result checked = parindex.run("publications", "--year", "2025");
        assertThat(checked.exitCode()).isEqualTo(1);
        assertThat(checked.out()).contains("ALTERED reports/2025/published/1-provisional/ranking-2025.csv")
                .contains("MISSING reports/2025/published/2-provisional/scorecards-2025.pdf");
        assertThat(checked.err()).contains("2 published file(s) altered or missing");
        assertThat(parindex.run("publications", "--year", "2024").exitCode()).as("no version of 2024").isZero();
    }
}

package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;

/**
 * The uncertainty analysis of SPEC §12 in the nightly run and in {@code report}, on the bundled sample (its 2025
 * has a citizen survey): {@code uncertainty-<year>.csv} with every ranked unit's intervals, the reports saying so,
 * the same bytes again from {@code report}, and with {@code PARINDEX_REPLICATES=0} no uncertainty output and every
 * other report the same bytes as a run whose warehouse never held an interval.
 */
class UncertaintyRunTest {

    @TempDir
    Path root;

    @Test
    void sampleYearWithASurveyGetsIntervalsThatRenderAgainToTheSameBytes() throws IOException {
        Installation parindex = sample(root.resolve("on"));
        Installation.Result run = parindex.run("run", "--settle", "0");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();

        Path csv = parindex.reports(2025).resolve("uncertainty-2025.csv");
        List<String> lines = parindex.read(csv).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFyear,group,unit_code,unit_name,rank,rank_p05,rank_p50,rank_p95,index,index_p05,"
                + "index_p50,index_p95,band_Xuất sắc,band_Tốt,band_Khá,band_Trung bình,band_Yếu");
        List<String> ranked = parindex.read(parindex.reports(2025).resolve("ranking-2025.csv")).lines().skip(1)
                .filter(l -> !l.contains(",not_submitted,")).toList();
        assertThat(lines).hasSize(1 + ranked.size());
        int widened = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            int rank = Integer.parseInt(c[4]);
            assertThat(Integer.parseInt(c[5])).as(line).isLessThanOrEqualTo(rank);
            assertThat(Integer.parseInt(c[7])).as(line).isGreaterThanOrEqualTo(rank);
            assertThat(new java.math.BigDecimal(c[9])).as(line).isLessThanOrEqualTo(new java.math.BigDecimal(c[8]));
            assertThat(new java.math.BigDecimal(c[11])).as(line).isGreaterThanOrEqualTo(new java.math.BigDecimal(c[8]));
            widened += c[9].equals(c[11]) ? 0 : 1;
        }
        assertThat(widened).as("units whose index moves with the sample").isGreaterThan(20);
        // 2024 has no survey leaf: every interval is one point
        assertThat(parindex.read(parindex.reports(2024).resolve("uncertainty-2024.csv")).lines().skip(1))
                .allSatisfy(l -> { String[] c = l.split(",", -1); assertThat(c[5]).isEqualTo(c[7]); assertThat(c[9]).isEqualTo(c[11]); });

        try (PDDocument ranking = Loader.loadPDF(parindex.reports(2025).resolve("ranking-2025.pdf").toFile());
                PDDocument cards = Loader.loadPDF(parindex.reports(2025).resolve("scorecards-2025.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(ranking)).contains("Khoảng dao động của thứ hạng – Khối quận", "Độ tin cậy của thứ hạng");
            String text = new PDFTextStripper().getText(cards);
            assertThat(text).contains("Độ tin cậy (chọn lại mẫu khảo sát 1.000 lần): trong 90% số lần, chỉ số nằm trong khoảng");
            assertThat(cards.getNumberOfPages()).isEqualTo(ranked.size());
        }

        // SPEC §13: 2024's frameworks have no survey leaf, so its scorecards say nothing of certainty, and the
        // methodology of its ranking says why in one line
        try (PDDocument cards2024 = Loader.loadPDF(parindex.reports(2024).resolve("scorecards-2024.pdf").toFile());
                PDDocument ranking2024 = Loader.loadPDF(parindex.reports(2024).resolve("ranking-2024.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(cards2024).replaceAll("\\s+", " "))
                    .doesNotContain("Độ tin cậy").doesNotContain("chỉ số nằm trong khoảng").doesNotContain("không dựa trên mẫu khảo sát");
            assertThat(new PDFTextStripper().getText(ranking2024).replaceAll("\\s+", " ")).contains("không có tiêu chí khảo sát người dân");
        }

        Map<String, byte[]> before = reports(parindex, 2025);
        Installation.Result again = parindex.run("report", "--year", "2025");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(reports(parindex, 2025)).containsOnlyKeys(before.keySet()).allSatisfy((name, bytes) ->
                assertThat(bytes).as(name).isEqualTo(before.get(name)));
    }

    /**
     * {@code report --year} keeps intervals stored for the year's current results with the same R (the analysis is
     * reproducible, so it would store them again) and runs the analysis again when they are not: a unit's row
     * missing, another R.
     */
    @Test
    void reportKeepsCurrentIntervalsAndAnalysesAgainWhenTheyAreNot() throws IOException {
        Installation parindex = sample(root.resolve("refresh"));
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        String rows = "SELECT CONCAT_WS(',', unit_code, group_code, replicates, rank_p05, rank_p50, rank_p95, index_p05, index_p50, index_p95) "
                + "FROM result_uncertainty WHERE year = 2025 ORDER BY unit_code";
        List<String> analysed = parindex.sql().queryForList(rows, String.class);
        assertThat(analysed).isNotEmpty();
        Map<String, byte[]> before = reports(parindex, 2025);
        String unit = parindex.sql().queryForObject("SELECT MIN(unit_code) FROM result_uncertainty WHERE year = 2025", String.class);

        // a marked row survives: nothing was analysed again
        parindex.sql().update("UPDATE result_uncertainty SET rank_p95 = 999 WHERE year = 2025 AND unit_code = ?", unit);
        assertThat(parindex.run("report", "--year", "2025").exitCode()).isZero();
        assertThat(parindex.sql().queryForObject("SELECT rank_p95 FROM result_uncertainty WHERE year = 2025 AND unit_code = ?", Integer.class, unit))
                .isEqualTo(999);

        // another R: analysed again with it
        assertThat(parindex.with("PARINDEX_REPLICATES", "200").run("report", "--year", "2025").exitCode()).isZero();
        assertThat(parindex.sql().queryForList("SELECT DISTINCT replicates FROM result_uncertainty WHERE year = 2025", Integer.class))
                .containsExactly(200);

        // back to the run's R (the default, 1,000; with() sets the environment of this installation from now on)
        assertThat(parindex.with("PARINDEX_REPLICATES", "1000").run("report", "--year", "2025").exitCode()).isZero();
        assertThat(parindex.sql().queryForList(rows, String.class)).isEqualTo(analysed);

        // a unit's row missing (as after a run killed before its uncertainty step): analysed again
        parindex.sql().update("DELETE FROM result_band_share WHERE year = 2025 AND unit_code = ?", unit);
        parindex.sql().update("DELETE FROM result_uncertainty WHERE year = 2025 AND unit_code = ?", unit);
        assertThat(parindex.run("report", "--year", "2025").exitCode()).isZero();
        assertThat(parindex.sql().queryForList(rows, String.class)).isEqualTo(analysed);
        assertThat(reports(parindex, 2025)).containsOnlyKeys(before.keySet()).allSatisfy((name, bytes) ->
                assertThat(bytes).as(name).isEqualTo(before.get(name)));
    }

    @Test
    void withNoReplicatesThereIsNoUncertaintyOutputAndTheOtherReportsAreUnchanged() throws IOException {
        Installation off = sample(root.resolve("off")).with("PARINDEX_REPLICATES", "0");
        Installation on = sample(root.resolve("on"));
        assertThat(off.run("run", "--settle", "0").exitCode()).isZero();
        assertThat(on.run("run", "--settle", "0").exitCode()).isZero();

        Map<String, byte[]> without = reports(off, 2025);
        Map<String, byte[]> with = reports(on, 2025);
        assertThat(without).doesNotContainKey("uncertainty-2025.csv");
        assertThat(with).containsKey("uncertainty-2025.csv");
        assertThat(off.sql().queryForObject("SELECT COUNT(*) FROM result_uncertainty", Integer.class)).isZero();
        for (String name : List.of("ranking-2025.csv", "scores-2025.csv", "scores-2025.xlsx")) {
            assertThat(without.get(name)).as(name).isEqualTo(with.get(name));
        }
        // the ranking workbook carries the rank and index intervals as columns (SPEC §13) when the analysis ran; without
        // it those columns are absent and every other cell is the same
        List<String> withoutCells = workbookCells(without.get("ranking-2025.xlsx"), false);
        List<String> withCells = workbookCells(with.get("ranking-2025.xlsx"), false);
        assertThat(String.join("\n", withoutCells)).doesNotContain("khoảng 90%");
        assertThat(String.join("\n", withCells)).contains("Hạng: khoảng 90% từ", "Chỉ số: khoảng 90% đến");
        assertThat(withoutCells).isEqualTo(workbookCells(with.get("ranking-2025.xlsx"), true));
        // the PDFs of the run without the analysis are those of a warehouse that never held an interval: clearing the
        // intervals of the other installation and rendering again gives them to the byte
        on.sql().update("DELETE FROM result_band_share");
        on.sql().update("DELETE FROM result_uncertainty");
        Installation.Result rendered = on.with("PARINDEX_REPLICATES", "0").run("report", "--year", "2025");
        assertThat(rendered.exitCode()).as(rendered.out() + rendered.err()).isZero();
        Map<String, byte[]> cleared = reports(on, 2025);
        assertThat(cleared).doesNotContainKey("uncertainty-2025.csv");
        assertThat(cleared.keySet()).isEqualTo(without.keySet());
        cleared.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(without.get(name)));
        try (PDDocument ranking = Loader.loadPDF(without.get("ranking-2025.pdf"))) {
            assertThat(new PDFTextStripper().getText(ranking)).doesNotContain("Khoảng dao động", "Độ tin cậy");
        }
    }

    /**
     * Every sheet's rows, each as its cells' formatted text joined by tabs; with {@code dropIntervals}, the columns
     * whose title (the sheet's first row) speaks of the 90 % interval are left out.
     */
    private static List<String> workbookCells(byte[] xlsx, boolean dropIntervals) throws IOException {
        List<String> rows = new java.util.ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                java.util.Set<Integer> dropped = new java.util.HashSet<>();
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    List<String> cells = new java.util.ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        String text = row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c));
                        if (row.getRowNum() == sheet.getFirstRowNum() && dropIntervals && text.contains("khoảng 90%")) {
                            dropped.add(c);
                        }
                        if (!dropped.contains(c)) {
                            cells.add(text);
                        }
                    }
                    rows.add(sheet.getSheetName() + "\t" + String.join("\t", cells));
                }
            }
        }
        return rows;
    }

    private static Installation sample(Path home) {
        return new Installation(home).dropSample();
    }

    private static Map<String, byte[]> reports(Installation parindex, int year) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(parindex.reports(year))) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}

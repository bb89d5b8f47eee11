package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;

/**
 * The PDFs of the bundled two-year sample province ({@code input/sample/}), through the real command line: one
 * scorecard page per ranked unit even with last year's change table, change contributions that add up to Δindex,
 * and the ranking's cover on page 1.
 */
class SampleReportsEndToEndTest {

    private static final Path SAMPLE = Path.of("input", "sample");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path home;

    @Test
    void sampleProvinceGivesOneScorecardPagePerRankedUnitAndACover() throws IOException {
        Installation parindex = new Installation(home);
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".xlsx")).sorted().toList()) {
                parindex.drop(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        Result result = parindex.run("run", "--settle", "0");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();

        int changeTables = 0;
        for (int year : new int[] {2024, 2025}) {
            List<String[]> ranked = parindex.read(parindex.reports(year).resolve("ranking-" + year + ".csv")).lines().skip(1)
                    .map(line -> line.split(",", -1)).filter(cells -> !"not_submitted".equals(cells[4])).toList();
            assertThat(ranked).isNotEmpty();
            try (PDDocument document = Loader.loadPDF(parindex.reports(year).resolve("scorecards-" + year + ".pdf").toFile())) {
                assertThat(document.getNumberOfPages()).as("scorecard pages of %d", year).isEqualTo(ranked.size());
                List<String> pages = ScorecardPdfWriterTest.pageTexts(document);
                for (int i = 0; i < pages.size(); i++) {
                    String page = pages.get(i);
                    assertThat(page).as("%d page %d", year, i + 1).contains("4. Tiêu chí tạm tính");
                    if (page.contains("Tổng cộng (Chỉ số chung)")) {
                        changeTables++;
                        assertContributionsAddUp(page);
                    }
                }
            }
            try (PDDocument document = Loader.loadPDF(parindex.reports(year).resolve("ranking-" + year + ".pdf").toFile())) {
                List<String> pages = ScorecardPdfWriterTest.pageTexts(document);
                assertThat(pages.get(0)).contains("BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + year,
                        "Số đơn vị được xếp hạng", "Trang 1/").doesNotContain("ΔHạng");
                assertThat(pages.get(1)).contains("Khối huyện, thị xã", "ΔHạng", "Trang 2/").doesNotContain("Nhóm HUYEN");
            }
        }
        assertThat(changeTables).as("2025 scorecards with a change against 2024").isGreaterThan(20);
    }

    /** The last figure of every change line is its contribution; the lines above the total add up to the total's. */
    private static void assertContributionsAddUp(String page) {
        List<String> lines = page.lines().toList();
        int start = lines.indexOf(lines.stream().filter(l -> l.contains("ΔChỉ số chung")).findFirst().orElseThrow());
        BigDecimal sum = BigDecimal.ZERO;
        int rows = 0;
        for (String line : lines.subList(start + 1, lines.size())) {
            BigDecimal last = number(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith("Tổng cộng (Chỉ số chung)")) {
                assertThat(rows).isGreaterThanOrEqualTo(8);
                assertThat(sum).as(page).isEqualByComparingTo(last);
                return;
            }
            sum = sum.add(last);
            rows++;
        }
        throw new AssertionError("no total line in\n" + page);
    }

    private static BigDecimal number(String vietnamese) {
        return new BigDecimal(vietnamese.replace("+", "").replace(".", "").replace(',', '.'));
    }
}

package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;
import vn.parindex.support.PdfA;
import vn.parindex.support.WallClock;
import vn.parindex.report.pdf.ScorecardPdfWriterTest;

/**
 * The PDFs of the bundled three-year sample province ({@code input/sample/}), through the real command line on the
 * real database, are PDF/A-2b (issue 15): veraPDF finds the ranking (with its rank-interval chart pages) and the
 * scorecards of 2024, 2025 and 2026 compliant. Re-rendering each year with {@code report --year}, more than a second
 * later (XMP dates have a resolution of a second), gives the same bytes. As {@code scripts/run-sample} renders them,
 * with the official heading (SPEC §13) on their first pages.
 */
class SamplePdfaEndToEndTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path home;

    @Test
    void sampleRankingAndScorecardPdfsArePdfA2bAndRenderAgainToTheSameBytes() throws Exception {
        Installation parindex = sample(home);
        Instant ran = Instant.now();
        Map<Path, byte[]> rendered = new LinkedHashMap<>();
        for (int year : new int[] {2024, 2025, 2026}) {
            for (String name : List.of("ranking-" + year + ".pdf", "scorecards-" + year + ".pdf")) {
                Path pdf = parindex.reports(year).resolve(name);
                assertThat(pdf).exists();
                PdfA.assertPdfA2b(pdf);
                PdfaComplianceTest.assertDeclaredPdfA2bWithoutCidSets(Files.readAllBytes(pdf));
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    assertThat(ScorecardPdfWriterTest.pageTexts(document).get(0)).contains(OfficialHeadingPdfTest.NATION, "SỞ NỘI VỤ");
                }
                rendered.put(pdf, Files.readAllBytes(pdf));
                Files.delete(pdf);
            }
        }
        WallClock.awaitLaterTick(ran, Duration.ofSeconds(1)); // XMP dates are to the second
        for (int year : new int[] {2024, 2025, 2026}) {
            Result result = parindex.run("report", "--year", Integer.toString(year));
            assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        }
        for (Map.Entry<Path, byte[]> pdf : rendered.entrySet()) {
            PdfaComplianceTest.assertSameBytes(Files.readAllBytes(pdf.getKey()), pdf.getValue());
        }
    }

    private static Installation sample(Path home) throws IOException {
        Installation parindex = new Installation(home).with("PARINDEX_REPORT_AUTHORITY", "UBND THÀNH PHỐ HÀ NỘI")
                .with("PARINDEX_REPORT_ISSUER", "SỞ NỘI VỤ").dropSample();
        Result result = parindex.run("run", "--settle", "0");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        return parindex;
    }
}

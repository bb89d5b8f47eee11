package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;
import vn.parindex.support.PdfA;

/**
 * The PDFs of the bundled two-year sample province ({@code input/sample/}), through the real command line on the
 * real database, are PDF/A-2b (issue 15): veraPDF finds the ranking (with its rank-interval chart pages) and the
 * scorecards of 2024 and 2025 compliant. A second installation loading the same files renders the same bytes.
 */
class SamplePdfaEndToEndTest {

    private static final Path SAMPLE = Path.of("input", "sample");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path root;

    @Test
    void sampleRankingAndScorecardPdfsArePdfA2bAndRenderAgainToTheSameBytes() throws IOException {
        Installation first = sample(root.resolve("first"));
        Installation second = sample(root.resolve("second"));
        for (int year : new int[] {2024, 2025}) {
            for (String name : List.of("ranking-" + year + ".pdf", "scorecards-" + year + ".pdf")) {
                Path pdf = first.reports(year).resolve(name);
                assertThat(pdf).exists();
                PdfA.assertPdfA2b(pdf);
                PdfaComplianceTest.assertDeclaredPdfA2bWithoutCidSets(Files.readAllBytes(pdf));
                PdfaComplianceTest.assertSameBytes(Files.readAllBytes(second.reports(year).resolve(name)), Files.readAllBytes(pdf));
            }
        }
    }

    private static Installation sample(Path home) throws IOException {
        Installation parindex = new Installation(home);
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                parindex.drop(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        Result result = parindex.run("run", "--settle", "0");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        return parindex;
    }
}

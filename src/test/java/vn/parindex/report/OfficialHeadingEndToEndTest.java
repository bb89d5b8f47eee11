package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;
import vn.parindex.report.pdf.ScorecardPdfWriterTest;

/**
 * The official heading (SPEC §13) configured half in parindex.properties, half in the environment, through the
 * real command line and database: both PDFs of {@code run} open with it, and {@code report --year} renders it again.
 */
class OfficialHeadingEndToEndTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path home;

    @Test
    void runAndReportRenderTheHeadingOnTheFirstPageOfBothPdfs() throws Exception {
        Files.writeString(home.resolve("parindex.properties"), "report.authority=UBND thành phố Hà Nội\n", StandardCharsets.UTF_8);
        Installation parindex = new Installation(home).with("PARINDEX_REPORT_ISSUER", "SỞ NỘI VỤ");
        parindex.dropExamples(Installation.exampleFiles());

        Result run = parindex.run("run", "--settle", "0");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertHeadingOnFirstPages(parindex.reports(2024));

        for (String name : List.of("ranking-2024.pdf", "scorecards-2024.pdf")) {
            Files.delete(parindex.reports(2024).resolve(name));
        }
        Result report = parindex.run("report", "--year", "2024");
        assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
        assertHeadingOnFirstPages(parindex.reports(2024));
    }

    private static void assertHeadingOnFirstPages(Path reports) throws Exception {
        for (String name : List.of("ranking-2024.pdf", "scorecards-2024.pdf")) {
            try (PDDocument document = Loader.loadPDF(reports.resolve(name).toFile())) {
                List<String> pages = ScorecardPdfWriterTest.pageTexts(document);
                assertThat(pages.get(0)).as(name).contains(OfficialHeadingPdfTest.NATION, OfficialHeadingPdfTest.MOTTO,
                        "UBND THÀNH PHỐ HÀ NỘI", "SỞ NỘI VỤ");
                if (name.startsWith("scorecards")) {
                    // SPEC §13: every scorecard a document of its own, heading included
                    assertThat(pages).as(name).allMatch(p -> p.contains(OfficialHeadingPdfTest.NATION) && p.contains("SỞ NỘI VỤ"));
                } else {
                    assertThat(pages.subList(1, pages.size())).as(name).noneMatch(p -> p.contains(OfficialHeadingPdfTest.NATION));
                }
            }
        }
    }
}

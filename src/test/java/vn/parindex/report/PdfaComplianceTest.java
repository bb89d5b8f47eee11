package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;
import vn.parindex.support.PdfA;
import vn.parindex.support.WallClock;
import vn.parindex.report.pdf.RankingPdfWriter;
import vn.parindex.report.model.RankingReport;
import vn.parindex.report.pdf.ScorecardPdfWriter;

/**
 * Every PDF is PDF/A-2b (issue 15), checked by veraPDF: the ranking (plain, with the rank intervals' chart
 * pages, whose text is drawn through Graphics2D, and with the explanation round's changes) and the scorecards rendered from the fixtures. The finishing
 * step keeps the bytes reproducible: a second render, or one filled on four threads, gives the same bytes.
 */
class PdfaComplianceTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void rankingPdfIsPdfA2b() throws Exception {
        byte[] pdf = new RankingPdfWriter().render(RankingReportFixtures.report(true));
        Instant rendered = Instant.now();
        PdfA.assertPdfA2b(pdf, "ranking PDF");
        assertDeclaredPdfA2bWithoutCidSets(pdf);
        WallClock.awaitLaterTick(rendered, SECOND); // a date taken from the clock (XMP dates are to the second) would now differ
        assertSameBytes(new RankingPdfWriter().render(RankingReportFixtures.report(true)), pdf);
    }

    @Test
    void rankingPdfWithIntervalChartsIsPdfA2b() {
        RankingReport report = RankIntervalsPdfTest.withIntervals(RankingReportFixtures.report(false));
        byte[] pdf = new RankingPdfWriter().render(report);
        PdfA.assertPdfA2b(pdf, "ranking PDF with rank intervals");
        assertSameBytes(new RankingPdfWriter().render(report), pdf);
    }

    @Test
    void rankingPdfWithTheExplanationRoundsChangesIsPdfA2b() throws Exception {
        byte[] pdf = new RankingPdfWriter().render(RankingReportFixtures.report(true), ChangesSectionPdfTest.changes(30));
        Instant rendered = Instant.now();
        PdfA.assertPdfA2b(pdf, "ranking PDF with the explanation round's changes");
        assertDeclaredPdfA2bWithoutCidSets(pdf);
        WallClock.awaitLaterTick(rendered, SECOND);
        assertSameBytes(new RankingPdfWriter().render(RankingReportFixtures.report(true), ChangesSectionPdfTest.changes(30)), pdf);
    }

    @Test
    void scorecardsPdfIsPdfA2b() throws Exception {
        ScorecardPdfWriter writer = new ScorecardPdfWriter();
        byte[] pdf = writer.render(ScorecardFixtures.report());
        Instant rendered = Instant.now();
        PdfA.assertPdfA2b(pdf, "scorecards PDF");
        assertDeclaredPdfA2bWithoutCidSets(pdf);
        WallClock.awaitLaterTick(rendered, SECOND);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            assertSameBytes(writer.render(ScorecardFixtures.report()), pdf);
            assertSameBytes(writer.render(ScorecardFixtures.report(), pool), pdf);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Compares without printing the bytes: the message shows where they part and the text around it. */
    static void assertSameBytes(byte[] actual, byte[] expected) {
        int at = java.util.Arrays.mismatch(actual, expected);
        if (at >= 0) {
            int from = Math.max(0, at - 120);
            String around = new String(expected, from, Math.min(expected.length, at + 80) - from, StandardCharsets.ISO_8859_1);
            String got = new String(actual, from, Math.min(actual.length, at + 80) - from, StandardCharsets.ISO_8859_1);
            throw new AssertionError("a second render differs at byte " + at + " (lengths " + actual.length + " and "
                    + expected.length + "):\n first: " + around + "\n again: " + got);
        }
    }

    /** The catalogue names PDF/A-2B in its XMP and carries the sRGB output intent; no font descriptor keeps a CIDSet. */
    static void assertDeclaredPdfA2bWithoutCidSets(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xmp;
            try (var in = document.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(xmp).containsPattern("pdfaid:part(=\"|>)2").containsPattern("pdfaid:conformance(=\"|>)B");
            assertThat(document.getDocumentCatalog().getOutputIntents()).extracting(PDOutputIntent::getOutputConditionIdentifier)
                    .containsExactly("sRGB IEC61966-2.1");
            assertThat(document.getDocument().getObjectsByType(COSName.FONT_DESC)).isNotEmpty()
                    .allSatisfy(o -> assertThat(((COSDictionary) o.getObject()).containsKey(COSName.CID_SET))
                            .as("CIDSet in %s", ((COSObject) o).getKey()).isFalse());
        }
    }
}

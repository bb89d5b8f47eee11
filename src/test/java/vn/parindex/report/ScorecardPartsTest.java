package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.parindex.report.model.ScorecardReport.Scorecard;
import vn.parindex.report.pdf.ScorecardPdfWriter;
import vn.parindex.report.model.ScorecardReport;

/**
 * Issue 24: the scorecards are filled in runs of at most {@link ScorecardPdfWriter#CARDS_PER_PART} cards and written
 * while the next runs are filled. The runs depend on the report alone, the bytes not on the threads, and the pages
 * are numbered across the runs.
 */
class ScorecardPartsTest {

    private static final int CARDS = 2 * ScorecardPdfWriter.CARDS_PER_PART + 20;

    @Test
    void aLargeGroupIsWrittenInRunsWithTheBytesOfOneThreadAndPagesNumberedAcrossThem() throws IOException {
        ScorecardReport report = oneGroupOf(CARDS);
        assertThat(ScorecardPdfWriter.parts(report)).extracting(p -> p.scorecards().size())
                .containsExactly(ScorecardPdfWriter.CARDS_PER_PART, ScorecardPdfWriter.CARDS_PER_PART, 20);
        assertThat(ScorecardPdfWriter.parts(ScorecardFixtures.report())).extracting(p -> p.scorecards().size())
                .as("groups smaller than a run stay whole").containsExactly(3, 1);

        ScorecardPdfWriter writer = new ScorecardPdfWriter();
        byte[] alone = writer.render(report);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThat(writer.render(report, pool)).isEqualTo(alone);
        } finally {
            pool.shutdownNow();
        }
        try (PDDocument document = Loader.loadPDF(alone)) {
            assertThat(document.getNumberOfPages()).isEqualTo(CARDS);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page : new int[] {1, 50, 51, 100, 101, CARDS}) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).as("page %d", page).contains("Đơn vị số " + (page - 1) + "\n", "Trang " + page + "/" + CARDS);
            }
        }
    }

    /**
     * A card that runs to a second page (here: 60 domains) moves every later page number: the document begun on a
     * page per card is dropped, the parts' pages are counted, and it is written again numbered as they came out.
     */
    @Test
    void aCardLongerThanAPageIsWrittenAgainWithThePagesItTook() throws IOException {
        Scorecard model = ScorecardFixtures.crowded(0, 2);
        List<ScorecardReport.DomainLine> domains = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            domains.add(new ScorecardReport.DomainLine(Integer.toString(k + 1), "Lĩnh vực số " + (k + 1), model.domains().get(0).points(),
                    model.domains().get(0).maxPoints(), model.domains().get(0).subIndex(), 1, model.domains().get(0).groupAverageSubIndex()));
        }
        List<Scorecard> cards = new ArrayList<>(oneGroupOf(ScorecardPdfWriter.CARDS_PER_PART + 2).scorecards());
        Scorecard plain = cards.get(1);
        cards.set(1, new Scorecard(plain.groupCode(), plain.unitCode(), plain.unitName(), false, plain.index(), plain.rank(),
                plain.rankedInGroup(), plain.band(), null, null, plain.nextBand(), plain.pointsToNextBand(), plain.totals(), domains,
                plain.mostLost(), plain.flagged(), plain.change()));
        ScorecardReport report = new ScorecardReport(2025, LocalDate.of(2025, 12, 31), cards, Map.of());

        ScorecardPdfWriter writer = new ScorecardPdfWriter();
        byte[] alone = writer.render(report);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThat(writer.render(report, pool)).isEqualTo(alone);
        } finally {
            pool.shutdownNow();
        }
        try (PDDocument document = Loader.loadPDF(alone)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(cards.size());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(document)).contains("Đơn vị số " + (cards.size() - 1) + "\n", "Trang " + pages + "/" + pages);
        }
    }

    private static ScorecardReport oneGroupOf(int size) {
        Scorecard model = ScorecardFixtures.crowded(0, 2);
        List<Scorecard> cards = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            cards.add(new Scorecard(model.groupCode(), String.format("U%03d", i), "Đơn vị số " + i, false, model.index(), i + 1, size,
                    model.band(), null, null, model.nextBand(), model.pointsToNextBand(), model.totals(), model.domains(),
                    model.mostLost(), model.flagged(), model.change()));
        }
        return new ScorecardReport(2025, LocalDate.of(2025, 12, 31), cards, Map.of());
    }
}

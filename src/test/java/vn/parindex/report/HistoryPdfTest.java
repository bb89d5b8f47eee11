package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.parindex.report.model.ScorecardReport.Scorecard;
import vn.parindex.warehouse.ReportDataRepository.RankedRow;
import vn.parindex.report.model.History;
import vn.parindex.report.pdf.RankingPdfWriter;
import vn.parindex.report.model.RankingReport;
import vn.parindex.report.pdf.ScorecardPdfWriter;
import vn.parindex.report.model.ScorecardReport;

/** History in the PDFs (SPEC §13) from fixtures, without a database: what it changes and where it holds. */
class HistoryPdfTest {

    private static History history(String earlierIndex) {
        List<RankedRow> rows = new ArrayList<>();
        for (Scorecard card : ScorecardFixtures.report().scorecards()) {
            rows.add(new RankedRow(2023, card.groupCode(), card.unitCode(), new BigDecimal(earlierIndex), card.rank()));
            rows.add(new RankedRow(2024, card.groupCode(), card.unitCode(), card.index(), card.rank()));
        }
        return History.of(2024, rows);
    }

    private static ScorecardReport scorecards(History history) {
        ScorecardReport plain = ScorecardFixtures.report();
        return new ScorecardReport(plain.year(), plain.dataDate(), plain.scorecards(), Map.of(), history);
    }

    /** A year re-rendered because an earlier year changed shows other history under the same figures: another ID. */
    @Test
    void reportsThatDifferOnlyInTheirHistoryAreDifferentDocuments() throws IOException {
        ScorecardPdfWriter writer = new ScorecardPdfWriter();
        byte[] one = writer.render(scorecards(history("70.00")));
        byte[] again = writer.render(scorecards(history("70.00")));
        byte[] other = writer.render(scorecards(history("71.00")));
        assertThat(again).isEqualTo(one);
        assertThat(id(other)).isNotEqualTo(id(one));

        RankingReport plain = RankingReportFixtures.report(false);
        RankingPdfWriter rankings = new RankingPdfWriter();
        byte[] ranking = rankings.render(new RankingReport(plain.year(), plain.dataDate(), false, plain.groups(), 0, Map.of(), history("70.00")));
        byte[] otherRanking = rankings.render(new RankingReport(plain.year(), plain.dataDate(), false, plain.groups(), 0, Map.of(),
                history("71.00")));
        assertThat(id(otherRanking)).isNotEqualTo(id(ranking));
        assertThat(id(rankings.render(new RankingReport(plain.year(), plain.dataDate(), false, plain.groups(), 0, Map.of("QUAN", "Khối quận")))))
                .as("group names are part of what the document shows").isNotEqualTo(id(rankings.render(plain)));
    }

    /** Past the pages the writer keeps in memory (25), each scorecard still has its own page and its own chart. */
    @Test
    void aGroupOfFortyUnitsKeepsOnePageAndOneHistoryPerUnit() throws IOException {
        List<Scorecard> cards = new ArrayList<>();
        List<RankedRow> rows = new ArrayList<>();
        Scorecard model = ScorecardFixtures.crowded(0, 10);
        for (int i = 0; i < 40; i++) {
            String code = String.format("U%02d", i);
            cards.add(new Scorecard(model.groupCode(), code, "Đơn vị số " + i, false, model.index(), i + 1, 40, model.band(), null, null,
                    model.nextBand(), model.pointsToNextBand(), model.totals(), model.domains(), model.mostLost(), model.flagged(),
                    model.change()));
            for (int year = 2022; year <= 2025; year++) {
                rows.add(new RankedRow(year, model.groupCode(), code, BigDecimal.valueOf(5_000 + i * 100 + year, 2), i + 1));
            }
        }
        byte[] pdf = new ScorecardPdfWriter().render(new ScorecardReport(2025, LocalDate.of(2025, 12, 31), cards, Map.of(),
                History.of(2025, rows)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(40);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page : new int[] {1, 25, 26, 40}) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                int i = page - 1;
                assertThat(text).as("page %d", page).contains("Đơn vị số " + i + "\n", "Chỉ số và hạng 4 năm gần nhất được xếp hạng");
                for (int year = 2022; year <= 2025; year++) {
                    // the chart writes each year's column top to bottom: year, index, rank
                    assertThat(text).contains(year + "\n" + vn(5_000 + i * 100 + year) + "\n" + (i + 1) + "/40\n");
                }
            }
        }
    }

    private static String vn(int hundredths) {
        return BigDecimal.valueOf(hundredths, 2).toPlainString().replace('.', ',');
    }

    private static String id(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSArray id = document.getDocument().getDocumentID();
            return id.toString();
        }
    }
}

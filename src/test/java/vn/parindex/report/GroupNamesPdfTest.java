package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.parindex.report.pdf.RankingPdfWriter;
import vn.parindex.report.model.RankingReport;
import vn.parindex.report.pdf.ScorecardPdfWriter;
import vn.parindex.report.model.ScorecardReport;

/** Groups shown by their {@code group_name} where one is given, by their code otherwise (SPEC §13). */
class GroupNamesPdfTest {

    @Test
    void theRankingAndTheScorecardsShowTheGroupsNameInsteadOfItsCode() throws IOException {
        RankingReport plain = RankingReportFixtures.report(false);
        RankingReport named = new RankingReport(plain.year(), plain.dataDate(), plain.provisional(), plain.groups(), 0,
                Map.of("QUAN", "Khối các quận"));
        try (PDDocument document = Loader.loadPDF(new RankingPdfWriter().render(named))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Khối các quận", "Chỉ số của các đơn vị nhóm Khối các quận").doesNotContain("Nhóm QUAN")
                    .contains("Nhóm HUYEN");
        }
        ScorecardReport cards = ScorecardFixtures.report();
        ScorecardReport namedCards = new ScorecardReport(cards.year(), cards.dataDate(), cards.scorecards(), Map.of("QUAN", "Khối các quận"));
        try (PDDocument document = Loader.loadPDF(new ScorecardPdfWriter().render(namedCards))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Nhóm: Khối các quận").doesNotContain("Nhóm: QUAN").contains("Nhóm: HUYEN");
        }
    }
}

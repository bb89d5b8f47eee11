package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import vn.parindex.report.model.ScorecardReport.Change;
import vn.parindex.report.model.ScorecardReport.ChangeLine;
import vn.parindex.report.model.ScorecardReport.LeafLine;
import vn.parindex.report.model.ScorecardReport.Scorecard;
import vn.parindex.report.pdf.ScorecardPdfData;
import vn.parindex.warehouse.ReportDataRepository.RankedRow;
import vn.parindex.report.model.History;
import vn.parindex.report.pdf.ScorecardPdfWriter;
import vn.parindex.report.pdf.ScorecardPdfWriterTest;
import vn.parindex.report.model.ScorecardReport;

/** Issue 24, point 8 and the rest of point 5: the scorecards as the official who signs them reads them, read back from the PDF. */
class PublishableScorecardTest {

    private final ScorecardPdfWriter writer = new ScorecardPdfWriter();

    private List<String> pages(ScorecardReport report) throws IOException {
        try (PDDocument document = Loader.loadPDF(writer.render(report))) {
            return ScorecardPdfWriterTest.pageTexts(document);
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String section(String page, String from, String to) {
        return page.substring(page.indexOf(from), page.indexOf(to));
    }

    @Test
    void theChangeTableShowsEveryDomainNameWhole() throws IOException {
        List<String> pages = pages(ScorecardFixtures.crowdedReport());
        assertThat(pages).hasSize(6);
        for (String page : pages) {
            String change = flat(section(page, "3. So với năm", "4. Tiêu chí tạm tính"));
            for (int k = 0; k < ScorecardFixtures.LONG_DOMAINS.size(); k++) {
                assertThat(change).contains((k + 1) + " – " + ScorecardFixtures.LONG_DOMAINS.get(k));
            }
            assertThat(page).doesNotContain("…");
        }
    }

    /** One number format per column: points always with two decimals ("10,00", "9,75", "9,50"), never "10" beside "9,5". */
    @Test
    void pointsHaveTwoDecimalsInEveryColumn() throws IOException {
        List<String> pages = pages(ScorecardFixtures.report());
        String first = pages.get(0);
        assertThat(flat(section(first, "1. Kết quả theo lĩnh vực", "2. Các tiêu chí")))
                .contains("37,86 40,00 94,65", "10,00 35,00 28,57", "18,75 25,00 75,00");
        assertThat(flat(section(first, "2. Các tiêu chí", "3. So với năm")))
                .contains("0,00 20,00 20,00", "10,00 15,00 5,00", "14,00 15,00 1,00");
        assertThat(flat(section(first, "3. So với năm", "4. Tiêu chí tạm tính")))
                .contains("12,50 10,00 -2,50", "-1,00 0,00 +1,00", "64,00 66,61 +2,61");
        assertThat(pages.get(1)).contains("Tổng điểm: 1.359,50 / 2.833,50 (đã tính điểm điều chỉnh -2,50)");
        for (String page : pages) {
            // a figure with one decimal ("9,5") or none beside decimals in a points column would show here
            assertThat(flat(page)).doesNotContainPattern("(?<![\\d.,])\\d{1,3}(\\.\\d{3})*,\\d(?![\\d%])");
        }
    }

    @Test
    void theNoteColumnIsPrintedOnlyOnACardWithNotes() throws IOException {
        List<String> pages = pages(ScorecardFixtures.report());
        assertThat(section(pages.get(0), "2. Các tiêu chí", "3. So với năm")).contains("Lưu ý", "Thiếu dữ liệu");
        // Sơn Tây lost points on a criterion without a flag: no empty note column
        assertThat(section(pages.get(3), "2. Các tiêu chí", "3. So với năm")).contains("A.1", "Kế hoạch", "Điểm bị mất")
                .doesNotContain("Lưu ý");
    }

    @Test
    void allAppraisedCriteriaFlaggedAreSaidToBeAll() {
        List<LeafLine> all = new ArrayList<>();
        for (int k = 1; k <= 19; k++) {
            all.add(new LeafLine("1." + k, "Tiêu chí " + k, new BigDecimal("1"), new BigDecimal("2"), BigDecimal.ONE, "provisional",
                    "appraised", null, null));
        }
        Map<String, Integer> methods = Map.of("appraised", 19, "survey", 2, "ratio", 3);
        assertThat(ScorecardPdfData.flagsText(all, methods))
                .isEqualTo("• Tạm tính (chưa có điểm thẩm định) – tất cả 19 tiêu chí thẩm định");
        assertThat(ScorecardPdfData.flagsText(all.subList(0, 18), methods))
                .startsWith("• Tạm tính (chưa có điểm thẩm định) – 18 tiêu chí: 1.1, 1.2,").endsWith(" và 6 tiêu chí khác");
    }

    @Test
    void anInsufficientSurveyGivesItsRespondentsAgainstTheMinimum() throws IOException {
        LeafLine survey = new LeafLine("8.1", "Mức độ hài lòng về thủ tục hành chính", BigDecimal.ZERO, new BigDecimal("8"),
                new BigDecimal("8"), "insufficient", "survey", 24L, 30);
        assertThat(ScorecardPdfData.flagsText(List.of(survey), Map.of("survey", 2)))
                .isEqualTo("• 8.1 – Mức độ hài lòng về thủ tục hành chính: không đủ số người trả lời khảo sát: 24 người trả lời,"
                        + " tối thiểu 30 (0 điểm)");
        List<LeafLine> many = new ArrayList<>();
        for (int k = 1; k <= 4; k++) {
            many.add(new LeafLine("8." + k, "Khảo sát " + k, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, "insufficient", "survey",
                    (long) (10 + k), 30));
        }
        assertThat(ScorecardPdfData.flagsText(many, Map.of("survey", 6))).isEqualTo("• Không đủ người trả lời khảo sát (0 điểm; trong"
                + " ngoặc: số người trả lời/số tối thiểu) – 4 tiêu chí: 8.1 (11/30 người), 8.2 (12/30 người), 8.3 (13/30 người),"
                + " 8.4 (14/30 người)");

        Scorecard model = ScorecardFixtures.report().scorecards().get(1);
        Scorecard card = new Scorecard(model.groupCode(), model.unitCode(), model.unitName(), false, model.index(), model.rank(),
                model.rankedInGroup(), model.band(), model.deltaRank(), model.deltaIndex(), model.nextBand(), model.pointsToNextBand(),
                model.totals(), model.domains(), List.of(survey), List.of(survey), null, null, Map.of("survey", 1));
        String page = flat(pages(new ScorecardReport(2024, LocalDate.of(2024, 12, 31), List.of(card))).get(0));
        assertThat(page).contains("8.1 – Mức độ hài lòng về thủ tục hành chính: không đủ số người trả lời khảo sát: 24 người trả lời,"
                + " tối thiểu 30 (0 điểm)");
    }

    /** Issue 24 point 5: a merged unit's history shows its predecessors' mean of last year, marked as theirs. */
    @Test
    void aMergedUnitsHistoryShowsItsPredecessorsBaselineYear() throws IOException {
        Scorecard model = ScorecardFixtures.report().scorecards().get(0);
        List<ChangeLine> lines = List.of(
                new ChangeLine("domain", "1", "Công tác chỉ đạo, điều hành cải cách hành chính", d("40"), d("37.86"), d("-2.14"),
                        d("100.00"), d("94.65"), d("-5.35"), d("-2.14")),
                new ChangeLine("total", null, null, d("82.67"), d("78.65"), d("-4.02"), d("82.67"), d("78.65"), d("-4.02"), d("-4.02")));
        Change change = new Change(2025, lines, "predecessors", List.of(new ScorecardReport.Predecessor("272", "Huyện Phúc Thọ", false),
                new ScorecardReport.Predecessor("273", "Huyện Đan Phượng", false)));
        Scorecard merged = new Scorecard("HUYEN", "284", "Huyện Đan Phúc", false, d("78.65"), 8, 15, "Khá", null, d("-4.02"), "Tốt",
                d("1.35"), model.totals(), model.domains().subList(0, 1), model.mostLost(), List.of(), change);
        List<RankedRow> ranked = List.of(new RankedRow(2025, "HUYEN", "272", d("87.68"), 3), new RankedRow(2025, "HUYEN", "273", d("77.65"), 12),
                new RankedRow(2025, "HUYEN", "999", d("70.00"), 17), new RankedRow(2026, "HUYEN", "284", d("78.65"), 8));
        String page = pages(new ScorecardReport(2026, LocalDate.of(2026, 12, 6), List.of(merged), Map.of(), History.of(2026, ranked)))
                .get(0);
        assertThat(page).contains("Chỉ số và hạng năm 2026, so với năm 2025", "Bình quân các đơn vị cũ hợp thành");
        // the chart writes each year's column top to bottom: year, index, rank (none for the predecessors' mean)
        assertThat(page).contains("2025\n82,67\n–\n", "2026\n78,65\n8/1\n");

        // a unit compared with itself has no such point
        String plain = pages(new ScorecardReport(2026, LocalDate.of(2026, 12, 6), List.of(new Scorecard("HUYEN", "284", "Huyện Đan Phúc",
                false, d("78.65"), 8, 15, "Khá", null, null, "Tốt", d("1.35"), model.totals(), model.domains().subList(0, 1),
                model.mostLost(), List.of(), null)), Map.of(), History.of(2026, ranked))).get(0);
        assertThat(plain).contains("Chỉ số và hạng năm 2026").doesNotContain("Bình quân các đơn vị cũ hợp thành", "82,67");
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}

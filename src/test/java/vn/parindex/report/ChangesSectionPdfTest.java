package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import vn.parindex.support.PrintedGlyphs;
import vn.parindex.report.pdf.RankingPdfWriter;
import vn.parindex.report.model.RankingReport;
import vn.parindex.report.pdf.ScorecardPdfWriterTest;

/**
 * The explanation round's section of the working ranking PDF (SPEC §15) is part of the document (issue 24): set in
 * Liberation Serif at print sizes, under the ranking's running header, counted in its "Trang N/M".
 */
class ChangesSectionPdfTest {

    private static final String HEADING = "Giải trình năm 2024: thay đổi so với kết quả dự kiến đã công bố (phiên bản 1)";

    private final RankingPdfWriter writer = new RankingPdfWriter();

    @Test
    void theChangesPagesArePartOfTheDocument() throws IOException {
        RankingReport report = RankingReportFixtures.report(true);
        try (PDDocument document = Loader.loadPDF(writer.render(report, changes(60)))) {
            List<String> pages = ScorecardPdfWriterTest.pageTexts(document).stream().map(t -> t.replaceAll("\\s+", " ")).toList();
            int first = firstPageWith(pages, HEADING);
            assertThat(first).as("the section's first page").isGreaterThan(1);
            List<String> section = pages.subList(first - 1, pages.size());
            assertThat(section).as("60 units with a criterion each: more than one page").hasSizeGreaterThan(1);
            assertThat(pages.get(pages.size() - 1)).as("the section ends the document").contains("Quận thử nghiệm số 60");
            assertThat(pages.get(0)).as("the cover says where the section is")
                    .contains("Cuối tài liệu: phương pháp tính điểm, chỉ số và xếp loại; sau cùng: giải trình, các thay đổi so với kết quả dự kiến đã công bố.");
            assertThat(String.join(" ", pages.subList(0, first - 1))).as("after the methodology")
                    .contains("PHƯƠNG PHÁP TÍNH ĐIỂM, CHỈ SỐ VÀ XẾP LOẠI").doesNotContain("Giải trình năm");

            for (int i = 0; i < section.size(); i++) {
                assertThat(section.get(i)).as("changes page %d: running header, provisional mark, table header", i + 1)
                        .contains("Chỉ số cải cách hành chính năm 2024 · Dữ liệu đến ngày 31/12/2024")
                        .contains("TẠM TÍNH")
                        .contains("Tệp nguồn, dòng");
            }

            int count = document.getNumberOfPages();
            Pattern numbering = Pattern.compile("Trang (\\d+) ?/ ?(\\d+)");
            for (int i = 0; i < pages.size(); i++) {
                Matcher m = numbering.matcher(pages.get(i));
                assertThat(m.find()).as("page %d numbered: %s", i + 1, pages.get(i)).isTrue();
                assertThat(Integer.parseInt(m.group(1))).as("page %d's number", i + 1).isEqualTo(i + 1);
                assertThat(Integer.parseInt(m.group(2))).as("page %d's total", i + 1).isEqualTo(count);
            }

            List<PrintedGlyphs.Glyph> glyphs = PrintedGlyphs.of(document).stream().filter(g -> g.page() >= first).toList();
            assertThat(glyphs).isNotEmpty();
            assertThat(glyphs).allSatisfy(g -> {
                assertThat(g.font()).as("font of '%s' on page %d", g.text(), g.page()).contains("LiberationSerif");
                assertThat(g.sizeInPt()).as("size of '%s' on page %d", g.text(), g.page()).isGreaterThanOrEqualTo(8f);
            });
        }
    }

    @Test
    void anEmptySectionSaysSoOnANumberedPageOfItsOwn() throws IOException {
        try (PDDocument document = Loader.loadPDF(writer.render(RankingReportFixtures.report(true),
                new RankingPdfWriter.ChangesSection(1, List.of())))) {
            List<String> pages = ScorecardPdfWriterTest.pageTexts(document).stream().map(t -> t.replaceAll("\\s+", " ")).toList();
            String last = pages.get(pages.size() - 1);
            assertThat(last).contains(HEADING).contains("Chưa có thay đổi nào so với kết quả dự kiến đã công bố.")
                    .contains("Trang " + pages.size() + "/" + pages.size()).doesNotContain("Tệp nguồn, dòng");
            assertThat(pages.get(pages.size() - 2)).doesNotContain("Giải trình năm");
        }
    }

    @Test
    void withoutTheSectionTheCoverEndsWithTheMethodology() throws IOException {
        try (PDDocument document = Loader.loadPDF(writer.render(RankingReportFixtures.report(true)))) {
            List<String> pages = ScorecardPdfWriterTest.pageTexts(document).stream().map(t -> t.replaceAll("\\s+", " ")).toList();
            assertThat(pages.get(0)).contains("Cuối tài liệu: phương pháp tính điểm, chỉ số và xếp loại.").doesNotContain("giải trình");
            assertThat(String.join(" ", pages)).doesNotContain("Giải trình năm");
        }
    }

    @Test
    void theSameChangesGiveTheSameBytes() {
        RankingReport report = RankingReportFixtures.report(true);
        assertThat(writer.render(report, changes(5))).isEqualTo(writer.render(report, changes(5)));
    }

    /** Per unit a unit row (index and rank) and one criterion row, as ChangesReport writes changes-<year>.csv. */
    static RankingPdfWriter.ChangesSection changes(int units) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= units; i++) {
            String code = String.format("%03d", i);
            String name = "Quận thử nghiệm số " + i;
            rows.add(Arrays.asList(2024, "QUAN", code, name, null, new BigDecimal("80.00"), new BigDecimal("82.50"),
                    new BigDecimal("2.50"), 3, 2, "Khá", "Tốt", null, null, null));
            rows.add(Arrays.asList(2024, "QUAN", code, name, "1.1", new BigDecimal("12.00"), new BigDecimal("14.50"),
                    new BigDecimal("2.50"), null, null, null, null, "appraisal-2024-revised.csv", i + 1, "Đã bổ sung báo cáo quý IV"));
        }
        return new RankingPdfWriter.ChangesSection(1, rows);
    }

    private static int firstPageWith(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i + 1;
            }
        }
        return -1;
    }
}

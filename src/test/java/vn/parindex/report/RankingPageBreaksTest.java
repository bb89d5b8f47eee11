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
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.parindex.report.model.RankingReport.BandLimit;
import vn.parindex.report.model.RankingReport.Domain;
import vn.parindex.report.model.RankingReport.Group;
import vn.parindex.report.model.RankingReport.MethodRow;
import vn.parindex.report.model.RankingReport.Row;
import vn.parindex.report.pdf.RankingPdfWriter;
import vn.parindex.report.model.RankingReport;

/**
 * Issue 24, point 7: where {@code ranking-<year>.pdf} breaks its pages, read back page by page: a group's chart keeps its
 * statistics, a methodology row is never split, a heading never ends a page, a framework shared by groups is printed once.
 */
class RankingPageBreaksTest {

    private static final List<BandLimit> BANDS = List.of(new BandLimit("Tốt", new BigDecimal("80")), new BandLimit("Khá", new BigDecimal("60")),
            new BandLimit("Yếu", BigDecimal.ZERO));

    private static List<String> pages(RankingReport report) throws IOException {
        try (PDDocument document = Loader.loadPDF(new RankingPdfWriter().render(report))) {
            List<String> texts = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                texts.add(stripper.getText(document));
            }
            return texts;
        }
    }

    private static Group group(String code, int units, List<MethodRow> methodology) {
        List<Domain> domains = List.of(new Domain("1", "Chỉ đạo điều hành", new BigDecimal("50")),
                new Domain("2", "Thủ tục hành chính", new BigDecimal("50")));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            BigDecimal index = new BigDecimal("95.00").subtract(BigDecimal.valueOf(i));
            rows.add(new Row(i + 1, code + i, "Đơn vị " + code + " số " + (i + 1), index, index.compareTo(new BigDecimal("80")) >= 0 ? "Tốt" : "Khá",
                    i % 2 == 0 ? 1 : -1, new BigDecimal("0.50"), false, List.of(index, index)));
        }
        return new Group(code, domains, rows, List.of(), BANDS, methodology);
    }

    /** However long the table above it, the chart and the statistics lines under it are on one page. */
    @Test
    void aGroupsChartKeepsItsStatisticsOnItsPage() throws IOException {
        List<Group> groups = new ArrayList<>();
        for (int units = 1; units <= 26; units++) {
            groups.add(group("G" + units, units, List.of()));
        }
        List<String> pages = pages(new RankingReport(2026, LocalDate.of(2026, 12, 6), false, groups));
        int charts = 0;
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            if (page.contains("Chỉ số của các đơn vị nhóm")) {
                charts++;
                assertThat(page).as("page %d", i + 1).contains("Số đơn vị được xếp hạng:", "Số đơn vị theo xếp loại:");
            }
            if (page.contains("Số đơn vị được xếp hạng:")) {
                assertThat(page).as("page %d: statistics without their chart", i + 1).contains("Chỉ số của các đơn vị nhóm");
            }
        }
        assertThat(charts).isEqualTo(26);
    }

    /**
     * A framework of 14 domains of 4 criteria each, their methods long enough to wrap, after {@code shift} one-line
     * appraised criteria that move every page break down by a row.
     */
    private static List<MethodRow> longFramework(int shift) {
        List<MethodRow> rows = new ArrayList<>();
        if (shift > 0) {
            rows.add(new MethodRow("0", "Lĩnh vực mở đầu", BigDecimal.valueOf(shift), 0, "group", null));
            for (int c = 1; c <= shift; c++) {
                rows.add(new MethodRow("0." + c, "Tiêu chí mở đầu " + c, BigDecimal.ONE, 1, "appraised", null));
            }
        }
        for (int d = 1; d <= 14; d++) {
            rows.add(new MethodRow(Integer.toString(d), "Lĩnh vực thử số " + d, new BigDecimal("7"), 0, "group", null));
            for (int c = 1; c <= 4; c++) {
                rows.add(new MethodRow(d + "." + c, "Tiêu chí thử " + d + "." + c, new BigDecimal("1.75"), 1, "survey",
                        "questions=Q" + d + c + "A,Q" + d + c + "B,Q" + d + c + "C,Q" + d + c + "D,Q" + d + c + "E,Q" + d + c + "F,Q" + d + c
                                + "G; mode=mean; min_responses=30"));
            }
        }
        return rows;
    }

    /** Where the page's first criterion row begins (a "n – Lĩnh vực" or "n.m – Tiêu chí" label), or -1. */
    private static int firstCriterion(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+(\\.\\d+)? – (Lĩnh vực (thử số|mở đầu)|Tiêu chí (thử|mở đầu))").matcher(page);
        return m.find() ? m.start() : -1;
    }

    @Test
    void theMethodologyPrintsASharedFrameworkOnceAndNeverStrandsAHeadingOrSplitsARow() throws IOException {
        for (int shift = 0; shift <= 8; shift++) {
            List<MethodRow> framework = longFramework(shift);
            RankingReport report = new RankingReport(2026, LocalDate.of(2026, 12, 6), false,
                    List.of(group("QUAN", 3, framework), group("HUYEN", 3, framework)), 0, Map.of("QUAN", "Khối quận", "HUYEN", "Khối huyện"));
            List<String> pages = pages(report);
            String all = String.join("\n", pages);
            int tablePages = 0;
            for (int i = 0; i < pages.size(); i++) {
                String page = pages.get(i);
                int firstRow = firstCriterion(page);
                int header = page.indexOf("Lĩnh vực / tiêu chí");
                if (firstRow >= 0) {
                    tablePages++;
                    assertThat(header).as("shift %d, page %d: the criteria table's header above its first row", shift, i + 1)
                            .isGreaterThanOrEqualTo(0).isLessThan(firstRow);
                    assertThat(page.split("Lĩnh vực / tiêu chí", -1)).as("shift %d, page %d: the header once", shift, i + 1).hasSize(2);
                } else {
                    assertThat(header).as("shift %d, page %d: no table, no header", shift, i + 1).isEqualTo(-1);
                }
            }
            assertThat(all.split("Lĩnh vực / tiêu chí", -1)).as("the criteria table's header, once per page it runs on (issue 24)")
                    .hasSize(tablePages + 1);
            assertThat(tablePages).as("the table runs over pages").isGreaterThanOrEqualTo(2);
            assertThat(all).contains("Khối quận; Khối huyện", "Lĩnh vực, tiêu chí và điểm tối đa (chung cho 2 nhóm)",
                    "Thang xếp loại (chung cho 2 nhóm)");
            assertThat(all.split("14.4 – Tiêu chí thử 14.4", -1)).as("each criterion, once").hasSize(2);

            int methodologyPages = 0;
            for (int i = 0; i < pages.size(); i++) {
                List<String> lines = pages.get(i).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                if (!lines.contains("PHƯƠNG PHÁP TÍNH ĐIỂM, CHỈ SỐ VÀ XẾP LOẠI") && !pages.get(i).contains("Tiêu chí thử")) {
                    continue;
                }
                methodologyPages++;
                String last = lines.get(lines.size() - 2);   // the line before "Trang n/m"
                assertThat(lines.get(lines.size() - 1)).startsWith("Trang ");
                assertThat(last).as("shift %d, page %d ends with a heading", shift, i + 1)
                        .doesNotMatch("\\d+ – Lĩnh vực (thử số \\d+|mở đầu).*")
                        .doesNotStartWith("Khối quận").doesNotStartWith("Lĩnh vực, tiêu chí").doesNotStartWith("Lĩnh vực / tiêu chí")
                        .doesNotStartWith("Thang xếp loại");
                // a criterion row is whole on its page: its label, its maximum and the end of its method text
                String flat = pages.get(i).replaceAll("\\s+", " ");
                for (MethodRow row : framework) {
                    if (row.depth() == 1 && "survey".equals(row.method()) && flat.contains(row.code() + " – " + row.name() + " ")) {
                        assertThat(flat).as("shift %d, page %d, row %s", shift, i + 1, row.code())
                                .contains(row.code() + " – " + row.name() + " 1,75 ")
                                .contains("Q" + row.code().replace(".", "") + "G");
                    }
                }
            }
            assertThat(methodologyPages).as("a framework this long runs over pages").isGreaterThanOrEqualTo(3);
        }
    }
}

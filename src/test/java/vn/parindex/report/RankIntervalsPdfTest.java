package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.parindex.report.model.RankingReport.Group;
import vn.parindex.report.model.RankingReport.RankInterval;
import vn.parindex.report.model.RankingReport.Row;
import vn.parindex.report.pdf.RankingPdfWriter;
import vn.parindex.report.model.RankingReport;
import vn.parindex.report.pdf.ScorecardPdfWriterTest;

/** The ranking PDF with the uncertainty analysis (SPEC §12): ranks with their 90 % interval, a chart page per group, the method. */
class RankIntervalsPdfTest {

    private final RankingPdfWriter writer = new RankingPdfWriter();

    @Test
    void ranksCarryTheirIntervalAndEachGroupGetsItsChartPage() throws IOException {
        RankingReport plain = RankingReportFixtures.report(false);
        RankingReport withIntervals = withIntervals(plain);

        byte[] pdf = writer.render(withIntervals);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Khoảng dao động của thứ hạng – Nhóm QUAN", "Khoảng dao động của thứ hạng – Nhóm HUYEN",
                    "Độ tin cậy của thứ hạng", "vị trí p/100 × 1.000 (làm tròn lên)", "Trong ngoặc sau hạng: khoảng 90% của hạng");
            assertThat(text.replaceAll("\\s+", " ")).contains("1 (1–3)").contains("40 (38–40)");
            assertThat(text).contains("không dựa trên mẫu khảo sát nào", "STY – Thị xã Sơn Tây");
            try (PDDocument plainDocument = Loader.loadPDF(writer.render(plain))) {
                assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(plainDocument.getNumberOfPages() + 2 + 1);
                assertThat(new PDFTextStripper().getText(plainDocument)).doesNotContain("Khoảng dao động", "Độ tin cậy", "(1–3)");
            }
        }
        assertThat(writer.render(withIntervals)).isEqualTo(pdf);
    }

    /**
     * SPEC §13: the interval chart is a forest plot naming its units, each line "name  rank (low–high)", and a group of
     * more units than one chart holds (40 here, 32 a chart) goes on over a second page; the index chart names units too.
     */
    @Test
    void theIntervalChartNamesEveryUnitAndIsPagedBeyondWhatFits() throws IOException {
        RankingReport withIntervals = withIntervals(RankingReportFixtures.report(false));
        Group quan = withIntervals.groups().get(0);
        assertThat(quan.rows()).hasSize(40);
        try (PDDocument document = Loader.loadPDF(writer.render(withIntervals))) {
            List<String> pages = ScorecardPdfWriterTest.pageTexts(document);
            List<String> chartPages = pages.stream().filter(p -> p.contains("Khoảng dao động của thứ hạng – Nhóm QUAN")).toList();
            assertThat(chartPages).hasSize(2);
            assertThat(chartPages.get(1)).contains("(tiếp theo, 2/2)");
            String charts = String.join("\n", chartPages).replaceAll("\\s+", " ");
            for (Row row : quan.rows()) {
                assertThat(charts).as(row.unitName()).contains(row.unitName() + " " + row.rank() + " (" + row.interval().low() + "–"
                        + row.interval().high() + ")");
            }
            String tablePage = pages.stream().filter(p -> p.contains("Chỉ số của các đơn vị nhóm")).findFirst().orElseThrow();
            String name = quan.rows().get(quan.rows().size() - 1).unitName();
            assertThat(tablePage.split(java.util.regex.Pattern.quote(name), -1).length - 1)
                    .as("%s in the table and in the index chart", name).isGreaterThanOrEqualTo(2);
        }
    }

    /** Every unit's interval: two ranks either side, clipped; the rural group's first unit rests on no sample. */
    static RankingReport withIntervals(RankingReport report) {
        List<Group> groups = new ArrayList<>();
        for (Group g : report.groups()) {
            int size = g.rows().size();
            List<Row> rows = new ArrayList<>();
            for (Row r : g.rows()) {
                boolean sampled = !r.unitCode().equals("STY");
                RankInterval interval = sampled ? new RankInterval(Math.max(1, r.rank() - 2), Math.min(size, r.rank() + 2), true)
                        : new RankInterval(r.rank(), r.rank(), false);
                rows.add(new Row(r.rank(), r.unitCode(), r.unitName(), r.index(), r.band(), r.deltaRank(), r.deltaIndex(), r.provisional(),
                        r.domainSubIndices(), interval));
            }
            groups.add(new Group(g.groupCode(), g.domains(), rows, g.notSubmitted(), g.bands(), g.methodology()));
        }
        return new RankingReport(report.year(), report.dataDate(), report.provisional(), groups, 1000);
    }
}

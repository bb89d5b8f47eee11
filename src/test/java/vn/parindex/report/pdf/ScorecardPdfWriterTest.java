package vn.parindex.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.sf.jasperreports.compilers.ReportExpressionEvaluationData;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRReportCompileData;
import vn.parindex.report.ScorecardFixtures;
import vn.parindex.report.model.ScorecardReport;

public class ScorecardPdfWriterTest {

    @TempDir
    Path dir;

    private final ScorecardPdfWriter writer = new ScorecardPdfWriter();

    @Test
    void onePagePerRankedUnitWithItsFiguresInVietnamese() throws IOException {
        Path pdf = dir.resolve("reports/2024/scorecards-2024.pdf");
        writer.write(ScorecardFixtures.report(), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(ScorecardFixtures.NAMES.size());
            List<String> pages = pageTexts(document);
            for (int i = 0; i < pages.size(); i++) {
                assertThat(pages.get(i)).as("page %d", i + 1)
                        .contains(ScorecardFixtures.NAMES.get(i))
                        .contains("PHIẾU KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024", "Dữ liệu đến ngày 31/12/2024")
                        .contains("Trang " + (i + 1) + "/" + pages.size());
                for (int j = 0; j < pages.size(); j++) {
                    if (j != i) {
                        assertThat(pages.get(i)).doesNotContain(ScorecardFixtures.NAMES.get(j));
                    }
                }
            }
            String first = pages.get(0);
            assertThat(first)
                    .contains("Mã đơn vị: 019", "Nhóm: QUAN", "66,61", "2/3", "Trung bình", "+2,61", "▲ 1")
                    .contains("37,86", "94,65", "92,62", "28,57")                        // domain table
                    .contains("Cần thêm 3,39 điểm chỉ số để đạt xếp loại “Khá”.")
                    .contains("Tỷ lệ hồ sơ giải quyết đúng hạn", "Thiếu dữ liệu")          // most-lost criteria
                    .contains("So với năm 2023", "Điểm 2023", "Chỉ số 2024", "-2,50", "+7,15", "64,00", "Điểm điều chỉnh")
                    .contains("2.1 – Tỷ lệ hồ sơ giải quyết đúng hạn: thiếu dữ liệu (0 điểm)");
            assertThat(first).containsSubsequence("2.1", "3.1", "2.2", "1.2", "1.1");
            assertThat(pages.get(1)).contains("47,98 *", "1.359,50 / 2.833,50", "điều chỉnh -2,50", "Không đủ phiếu",
                    "1.1 – Kế hoạch cải cách hành chính năm: tạm tính", "2,02", "chưa có số liệu so sánh");
            assertThat(pages.get(2)).contains("Đơn vị đã ở xếp loại cao nhất (“Xuất sắc”).",
                    "Đơn vị đạt điểm tối đa ở mọi tiêu chí.", "Không có tiêu chí nào tạm tính");
            assertThat(pages.get(3)).contains("Nhóm: HUYEN", "Nhóm không có thang xếp loại.", "81,25");

            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("LiberationSerif");
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }
    }

    /**
     * The fullest scorecard still fits one page: 8 domains, 5 lost criteria, 11 change lines, 10 and 30 flags, five
     * years of history.
     */
    @Test
    void everyUnitFitsOnePageHoweverFullItsScorecard() throws IOException {
        ScorecardReport report = ScorecardFixtures.crowdedReport();
        List<ScorecardReport.Scorecard> cards = report.scorecards();
        Path pdf = dir.resolve("crowded.pdf");
        writer.write(report, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(cards.size());
            List<String> pages = pageTexts(document);
            for (int i = 0; i < pages.size(); i++) {
                String page = pages.get(i).replaceAll("\\s+", " ");
                assertThat(page).as("page %d", i + 1)
                        .contains("thành phố Hà Nội số " + (i + 1) + " ", "Trang " + (i + 1) + "/" + pages.size())
                        .contains("Xây dựng và nâng cao chất lượng đội ngũ công chức, viên chức")   // domain table, in full
                        .contains("Tổng cộng (Chỉ số chung)", "Giới hạn tổng điểm", "Đóng góp vào ΔChỉ số chung", "+16,50")
                        .contains("4. Tiêu chí tạm tính", "(*) Tạm tính")
                        .contains("Chỉ số và hạng 5 năm gần nhất được xếp hạng", "2021", (i + 1) + "/6");
            }
            assertThat(pages.get(0).replaceAll("\\s+", " "))
                    .contains("• Tạm tính (chưa có điểm thẩm định) – 4 tiêu chí: 1.1, 4.1, 7.1, 2.2")
                    .contains("• Thiếu dữ liệu (0 điểm) – 3 tiêu chí: 2.1, 5.1, 8.1")
                    .contains("• Không đủ người trả lời khảo sát (0 điểm) – 3 tiêu chí: 3.1, 6.1, 1.2");
            assertThat(pages.get(5)).contains("– 10 tiêu chí: ").doesNotContain("tiêu chí khác");
        }
    }

    @Test
    void manyFlagsOfOneKindAreCutShortWithHowManyMore() {
        List<ScorecardReport.LeafLine> flagged = new ArrayList<>();
        for (int k = 1; k <= 15; k++) {
            flagged.add(ScorecardFixtures.leaf("1." + k, "Tiêu chí " + k, "0", "1", "missing"));
        }
        assertThat(vn.parindex.report.pdf.ScorecardPdfData.flagsText(flagged))
                .isEqualTo("• Thiếu dữ liệu (0 điểm) – 15 tiêu chí: 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 1.10, 1.11, 1.12"
                        + " và 3 tiêu chí khác");
        assertThat(vn.parindex.report.pdf.ScorecardPdfData.flagsText(flagged.subList(0, 3)))
                .isEqualTo("• 1.1 – Tiêu chí 1: thiếu dữ liệu (0 điểm)\n• 1.2 – Tiêu chí 2: thiếu dữ liệu (0 điểm)"
                        + "\n• 1.3 – Tiêu chí 3: thiếu dữ liệu (0 điểm)");
    }

    @Test
    void provisionalMarkOnlyOnProvisionalUnitsPages() throws IOException {
        Path pdf = dir.resolve("scorecards-2024.pdf");
        writer.write(ScorecardFixtures.report(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = pageTexts(document);
            assertThat(pages.get(1)).contains("TẠM TÍNH", "(*) Tạm tính");
            for (int i : new int[] {0, 2, 3}) {
                assertThat(pages.get(i)).as("page %d", i + 1).doesNotContain("TẠM TÍNH").doesNotContain("Tạm tính:");
            }
        }
    }

    @Test
    void sameReportGivesIdenticalBytes() throws IOException {
        Path first = dir.resolve("a/scorecards-2024.pdf");
        Path second = dir.resolve("b/scorecards-2024.pdf");
        writer.write(ScorecardFixtures.report(), first);
        new ScorecardPdfWriter().write(ScorecardFixtures.report(), second);

        byte[] a = Files.readAllBytes(first);
        assertThat(Files.readAllBytes(second)).isEqualTo(a);
        assertThat(new String(a, StandardCharsets.ISO_8859_1)).containsPattern("/CreationDate ?\\(D:20241231000000\\+07'00'\\)");
        assertThat(Files.list(first.getParent())).containsExactly(first);
    }

    @Test
    void everyPageRendersAsPortraitA4() throws IOException {
        Path pdf = dir.resolve("scorecards-2024.pdf");
        writer.write(ScorecardFixtures.report(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 72);
                assertThat(image.getHeight()).isGreaterThan(image.getWidth());
                assertThat(image.getWidth()).isEqualTo(595);
            }
        }
    }

    @Test
    void groupsFilledSideBySideGiveTheBytesOfGroupsFilledOneAfterAnother() {
        ScorecardReport report = ScorecardFixtures.report();
        assertThat(ScorecardPdfWriter.partsByGroup(report)).extracting(p -> p.scorecards().size()).containsExactly(3, 1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            assertThat(writer.render(report, pool)).isEqualTo(writer.render(report));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aYearWithoutRankedUnitsStillGivesADocument() throws IOException {
        Path pdf = dir.resolve("empty.pdf");
        writer.write(new ScorecardReport(2025, null, List.of()), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Chưa có đơn vị nào được xếp hạng");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"scorecards", "scorecard-domains", "scorecard-lost", "scorecard-change"})
    void templatesCompileWithoutJavaCode(String name) {
        JasperReport report = ReportTemplates.compile(name);
        JRReportCompileData data = (JRReportCompileData) report.getCompileData();
        assertThat(((ReportExpressionEvaluationData) data.getMainDatasetCompileData()).getCompileData()).isNull();
        if (report.getDatasets() != null) {
            for (var dataset : report.getDatasets()) {
                try {
                    assertThat(((ReportExpressionEvaluationData) data.getDatasetCompileData(dataset)).getCompileData())
                            .as(dataset.getName()).isNull();
                } catch (JRException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    public static List<String> pageTexts(PDDocument document) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            texts.add(stripper.getText(document));
        }
        return texts;
    }
}

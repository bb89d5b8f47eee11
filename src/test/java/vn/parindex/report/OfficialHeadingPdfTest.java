package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import net.sf.jasperreports.compilers.ReportExpressionEvaluationData;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JRReportCompileData;
import net.sf.jasperreports.engine.fonts.FontUtil;
import vn.parindex.report.pdf.HeadingTemplate;
import vn.parindex.report.pdf.ReportTemplates;
import vn.parindex.support.PdfA;
import vn.parindex.report.model.OfficialHeading;
import vn.parindex.report.pdf.RankingPdfWriter;
import vn.parindex.report.pdf.ScorecardPdfWriter;
import vn.parindex.report.pdf.ScorecardPdfWriterTest;
import vn.parindex.report.model.ScorecardReport;

/**
 * The official heading block of SPEC §13 in both PDFs, read back with PDFBox: on the first page only, in the
 * embedded Liberation Serif; PDF/A-2b and reproducible; no trace of it when not configured.
 */
class OfficialHeadingPdfTest {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final OfficialHeading HA_NOI = new OfficialHeading("UBND thành phố Hà Nội", "Sở Nội vụ");
    private static final List<String> HEADING = List.of(NATION, MOTTO, "UBND THÀNH PHỐ HÀ NỘI", "SỞ NỘI VỤ");

    @Test
    void rankingCoverCarriesTheHeadingInPlaceOfItsRunningHeader() throws Exception {
        byte[] pdf = new RankingPdfWriter(Optional.of(HA_NOI)).render(RankingReportFixtures.report(true));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = ScorecardPdfWriterTest.pageTexts(document);
            assertHeadingOnFirstPageOnly(document, pages);
            assertThat(pages.get(0)).contains("BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024")
                    .doesNotContain("Chỉ số cải cách hành chính năm 2024 · Dữ liệu");
            assertThat(pages.get(1)).contains("Chỉ số cải cách hành chính năm 2024 · Dữ liệu đến ngày 31/12/2024");
        }
        PdfA.assertPdfA2b(pdf, "ranking PDF with the official heading");
        PdfaComplianceTest.assertSameBytes(new RankingPdfWriter(Optional.of(HA_NOI)).render(RankingReportFixtures.report(true)), pdf);
    }

    /** SPEC §13: each scorecard page a document a unit can be sent alone: heading, title, unit, year and data date on it. */
    @Test
    void scorecardsCarryTheHeadingOnEveryPage() throws Exception {
        ScorecardPdfWriter writer = new ScorecardPdfWriter(Optional.of(HA_NOI));
        byte[] pdf = writer.render(ScorecardFixtures.report());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = ScorecardPdfWriterTest.pageTexts(document);
            assertThat(pages).hasSize(ScorecardFixtures.NAMES.size());
            for (int i = 0; i < pages.size(); i++) {
                assertThat(pages.get(i).replaceAll("\\s+", " ")).as("page %d", i + 1).contains(HEADING)
                        .contains("PHIẾU KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024", ScorecardFixtures.NAMES.get(i),
                                "Năm 2024 · Dữ liệu đến ngày 31/12/2024", "Trang " + (i + 1) + "/4")
                        .doesNotContain("Phiếu kết quả Chỉ số");
                assertThat(fontNames(document.getPage(i))).allMatch(n -> n.contains("LiberationSerif"));
            }
        }
        PdfA.assertPdfA2b(pdf, "scorecards PDF with the official heading");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            PdfaComplianceTest.assertSameBytes(new ScorecardPdfWriter(Optional.of(HA_NOI)).render(ScorecardFixtures.report(), pool), pdf);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The fullest scorecard of ScorecardPdfWriterTest still fits its page with the heading above it. */
    @Test
    void theFullestScorecardStillFitsOnePageUnderTheHeading() throws IOException {
        ScorecardReport report = ScorecardFixtures.crowdedReport();
        List<ScorecardReport.Scorecard> cards = report.scorecards();
        byte[] pdf = new ScorecardPdfWriter(Optional.of(HA_NOI)).render(report);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(cards.size());
            List<String> pages = ScorecardPdfWriterTest.pageTexts(document);
            assertThat(pages.get(0).replaceAll("\\s+", " ")).contains(NATION, "thành phố Hà Nội số 1 ", "Trang 1/6")
                    .contains("Tổng cộng (Chỉ số chung)", "4. Tiêu chí tạm tính", "(*) Tạm tính")
                    .contains("Chỉ số và hạng 5 năm gần nhất được xếp hạng")
                    .containsSubsequence(MOTTO, "PHIẾU KẾT QUẢ", "Năm 2025 · Dữ liệu đến ngày 31/12/2025");
        }
    }

    @Test
    void aYearWithoutRankedUnitsStillOpensWithTheHeading() throws IOException {
        byte[] pdf = new ScorecardPdfWriter(Optional.of(HA_NOI)).render(new ScorecardReport(2025, null, List.of()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(ScorecardPdfWriterTest.pageTexts(document)).singleElement().asString()
                    .contains(NATION, MOTTO, "SỞ NỘI VỤ").containsSubsequence(MOTTO, "Chưa có đơn vị nào được xếp hạng");
        }
    }

    @Test
    void notConfiguredLeavesNoTraceOfTheHeading() throws IOException {
        for (byte[] pdf : List.of(new RankingPdfWriter(Optional.empty()).render(RankingReportFixtures.report(true)),
                new ScorecardPdfWriter(Optional.empty()).render(ScorecardFixtures.report()))) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = String.join("", ScorecardPdfWriterTest.pageTexts(document));
                assertThat(text).doesNotContain(NATION).doesNotContain(MOTTO);
                // SPEC §13: the whole document is set in the heading's serif family, heading or not
                for (PDPage page : document.getPages()) {
                    assertThat(fontNames(page)).isNotEmpty().allMatch(n -> n.contains("LiberationSerif"));
                }
            }
        }
    }

    @Test
    void headingTemplateCompilesWithoutJavaCodeAndItsFontHasEveryVietnameseLetter() throws Exception {
        JasperReport heading = (JasperReport) HeadingTemplate.parameters(HA_NOI, 786).get("HEADING_REPORT");
        JRReportCompileData data = (JRReportCompileData) heading.getCompileData();
        assertThat(((ReportExpressionEvaluationData) data.getMainDatasetCompileData()).getCompileData()).isNull();
        assertThat(heading.getPageWidth()).isEqualTo(786);

        String lower = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
        String letters = lower + lower.toUpperCase(Locale.ROOT) + " -0123456789";
        for (boolean bold : new boolean[] {false, true}) {
            JRDesignTextField text = new JRDesignTextField();
            text.setFontName("Liberation Serif");
            text.setBold(bold);
            Font font = FontUtil.getInstance(ReportTemplates.CONTEXT).getAwtFont(text, Locale.forLanguageTag("vi-VN"));
            assertThat(font.getFontName(Locale.ROOT)).startsWith("Liberation Serif");
            assertThat(font.canDisplayUpTo(letters)).as(font.getFontName(Locale.ROOT)).isEqualTo(-1);
        }
    }

    private static void assertHeadingOnFirstPageOnly(PDDocument document, List<String> pages) throws IOException {
        assertThat(pages.get(0).replaceAll("\\s+", " ")).contains(HEADING);
        for (int i = 1; i < pages.size(); i++) {
            for (String line : HEADING) {
                assertThat(pages.get(i)).as("page %d", i + 1).doesNotContain(line);
            }
            assertThat(fontNames(document.getPage(i))).as("page %d: one serif family throughout", i + 1)
                    .allMatch(n -> n.contains("LiberationSerif"));
        }
        List<PDFont> serif = new ArrayList<>();
        PDPage first = document.getPage(0);
        for (COSName name : first.getResources().getFontNames()) {
            PDFont font = first.getResources().getFont(name);
            if (font.getName().contains("LiberationSerif")) {
                serif.add(font);
            }
        }
        assertThat(serif).extracting(f -> f.getName().substring(f.getName().indexOf('+') + 1))
                .contains("LiberationSerif", "LiberationSerif-Bold").allMatch(n -> n.startsWith("LiberationSerif"));
        assertThat(serif).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
    }

    private static List<String> fontNames(PDPage page) throws IOException {
        List<String> names = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            names.add(page.getResources().getFont(name).getName());
        }
        return names;
    }
}

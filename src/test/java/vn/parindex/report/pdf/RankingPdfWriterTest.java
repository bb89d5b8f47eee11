package vn.parindex.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.report.model.RankingReport;
import vn.parindex.report.RankingReportFixtures;

class RankingPdfWriterTest {

    @TempDir
    Path dir;

    private final RankingPdfWriter writer = new RankingPdfWriter();

    /**
     * SPEC §13: page 1 is a summary: per group units ranked, mean index, the three highest and lowest by name, the
     * count per band, and the provisional units by name — past 20 in a group, their count and where they are listed.
     */
    @Test
    void theFirstPageSummarisesEveryGroupByName() throws IOException {
        RankingReport report = RankingReportFixtures.report(true);
        try (PDDocument document = Loader.loadPDF(writer.render(report))) {
            String first = ScorecardPdfWriterTest.pageTexts(document).get(0).replaceAll("\\s+", " ");
            for (RankingReport.Group group : report.groups()) {
                List<RankingReport.Row> rows = group.rows();
                assertThat(first).contains("Nhóm " + group.groupCode() + ": " + rows.size() + " đơn vị được xếp hạng");
                for (RankingReport.Row top : rows.subList(0, Math.min(3, rows.size()))) {
                    assertThat(first).contains(top.unitName());
                }
                for (RankingReport.Row bottom : rows.subList(Math.max(0, rows.size() - 3), rows.size())) {
                    assertThat(first).contains(bottom.unitName());
                }
                for (RankingReport.Row row : rows) {
                    assertThat(first.split(java.util.regex.Pattern.quote(row.unitName() + " ("), -1).length - 1)
                            .as("%s named at most once", row.unitName()).isLessThanOrEqualTo(1);
                }
                long provisional = rows.stream().filter(RankingReport.Row::provisional).count();
                if (provisional > 20) {
                    assertThat(first).contains("Tạm tính (" + provisional + " đơn vị): danh sách trong bảng xếp hạng của nhóm");
                } else if (provisional > 0) {
                    rows.stream().filter(RankingReport.Row::provisional).forEach(r -> assertThat(first).contains(r.unitName()));
                }
            }
            assertThat(first).contains("Chỉ số bình quân:", "Cao nhất:", "Thấp nhất:", "Xếp loại:");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void writesVietnameseTextThatExtractsExactly() throws IOException {
        Path pdf = dir.resolve("reports/2024/ranking-2024.pdf");
        writer.write(RankingReportFixtures.report(true), pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024")
                    .contains("Dữ liệu đến ngày 31/12/2024")
                    .contains("Quận Nam Từ Liêm", "Thị xã Sơn Tây", "Huyện Đông Anh", "Quận Hai Bà Trưng")
                    .contains("66,61", "96,70", "1.359")
                    .contains("Hạng", "Mã", "Đơn vị", "Chỉ số", "Xếp loại", "ΔHạng", "ΔChỉ số", "LV1", "LV4")
                    .contains("▲ 2", "▼ 1", "+1,25", "-0,45")
                    .contains("Nhóm QUAN", "Nhóm HUYEN")
                    .contains("PHƯƠNG PHÁP TÍNH ĐIỂM, CHỈ SỐ VÀ XẾP LOẠI", "Thang xếp loại", "Không có thang xếp loại")
                    .contains("Xuất sắc: chỉ số từ 90,00 trở lên", "Khá: chỉ số từ 70,00 đến dưới 80,00");
            assertThat(text).containsSubsequence("Đơn vị chưa nộp (1):", "HDA – Huyện Đông Anh");
            // the numbered domain columns are named on the page of the table (SPEC §13)
            assertThat(text.replaceAll("\\s+", " ")).contains("Các cột lĩnh vực: LV1 – Công tác chỉ đạo, điều hành cải cách hành chính; "
                    + "LV2 – Cải cách thể chế;");
            // the not-submitted unit is not in the ranking table
            assertThat(text).doesNotContain("Huyện Đông Anh (HDA)");

            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(5);
            List<String> pageTexts = pageTexts(document);
            for (int i = 0; i < pages; i++) {
                assertThat(pageTexts.get(i)).as("page %d", i + 1)
                        .contains("TẠM TÍNH")
                        .contains("Trang " + (i + 1) + "/" + pages)
                        .contains("Chỉ số cải cách hành chính năm 2024");
            }
            // page 1 is the cover: title, year, data date and the province-level counts, no table
            assertThat(pageTexts.get(0).replaceAll("\\s+", " "))
                    .contains("BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024", "Dữ liệu đến ngày 31/12/2024")
                    .containsSubsequence("Số nhóm đơn vị", "Số đơn vị được xếp hạng", "Số đơn vị chưa nộp", " 2 43 1 ")
                    .contains("Nhóm QUAN: 40 đơn vị được xếp hạng, 0 đơn vị chưa nộp")
                    .contains("Nhóm HUYEN: 3 đơn vị được xếp hạng, 1 đơn vị chưa nộp")
                    .contains("Kết quả tạm tính: 1 đơn vị có tiêu chí chưa có điểm thẩm định")
                    // issue 24: the cover names the provisional unit, not only its count
                    .contains("có tiêu chí chưa có điểm thẩm định (Quận Thanh Xuân), đang tính theo điểm tự đánh giá")
                    // SPEC §13: the summary names the highest and lowest units, but holds no ranking table
                    .contains("Cao nhất: Quận Hoàn Kiếm (96,70)").doesNotContain("Nhóm QUAN Hạng");
            // the 40-row table starts on page 2 and goes on to page 3, with its header repeated there
            assertThat(pageTexts.get(1)).contains("Nhóm QUAN", "Quận Hoàn Kiếm").doesNotContain("Quận Nam Từ Liêm");
            assertThat(pageTexts.get(2)).contains("Quận Nam Từ Liêm", "ΔHạng", "ΔChỉ số", "Xếp loại");
            // every page with domain columns names them, the first part of a table that goes on too (SPEC §13)
            for (int i = 0; i < pages; i++) {
                String page = pageTexts.get(i).replaceAll("\\s+", " ");
                if (page.contains("Xếp loại ΔHạng ΔChỉ số")) {   // the table's column header
                    assertThat(page.replaceAll("\\s+", " ")).as("page %d", i + 1).containsPattern("Các cột lĩnh vực: [A-Z0-9]+ – ");
                }
            }
            assertThat(pageTexts.stream().filter(p -> p.replaceAll("\\s+", " ").contains("Xếp loại ΔHạng ΔChỉ số")).count())
                    .as("table pages").isEqualTo(3);
            // the chart's title and legend are real text too
            assertThat(text).contains("Chỉ số của các đơn vị nhóm QUAN (màu theo xếp loại)", "Chưa xếp loại");
            assertThat(pageTexts.get(pages - 1).replaceAll("\\s+", " ")).contains("PHƯƠNG PHÁP TÍNH ĐIỂM",
                    "LV1.2.1 – Tỷ lệ hồ sơ đúng hạn", "từ 95% trở lên: 100% điểm");

            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.getName()).contains("LiberationSerif");
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }
    }

    @Test
    void provisionalMarkIsAbsentWhenFinal() throws IOException {
        Path pdf = dir.resolve("final.pdf");
        writer.write(RankingReportFixtures.report(false), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(pageTexts(document)).allSatisfy(page -> assertThat(page).doesNotContain("TẠM TÍNH"));
            assertThat(new PDFTextStripper().getText(document)).contains("Quận Nam Từ Liêm", "66,61");
        }
    }

    @Test
    void sameReportGivesIdenticalBytes() throws IOException {
        Path first = dir.resolve("a/ranking-2024.pdf");
        Path second = dir.resolve("b/ranking-2024.pdf");
        writer.write(RankingReportFixtures.report(true), first);
        new RankingPdfWriter().write(RankingReportFixtures.report(true), second);

        byte[] a = Files.readAllBytes(first);
        assertThat(Files.readAllBytes(second)).isEqualTo(a);
        String raw = new String(a, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).containsPattern("/CreationDate ?\\(D:20241231000000\\+07'00'\\)");  // written by PDFBox's save since PDF/A (issue 15): a space after the key
        assertThat(Files.list(first.getParent())).containsExactly(first);  // no temporary file left behind

        Path other = dir.resolve("c/ranking-2024.pdf");
        writer.write(RankingReportFixtures.report(false), other);
        assertThat(Files.readAllBytes(other)).isNotEqualTo(a);
    }

    @Test
    void everyPageRenders() throws IOException {
        Path pdf = dir.resolve("ranking-2024.pdf");
        writer.write(RankingReportFixtures.report(true), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 110);
                assertThat(image.getWidth()).isGreaterThan(image.getHeight());   // A4 landscape
                ImageIO.write(image, "png", Path.of(System.getProperty("java.io.tmpdir"),
                        "ranking-2024-page" + (i + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void rendersEmptyGroupsAndAnEmptyYear() throws IOException {
        RankingReport.Group empty = new RankingReport.Group("PHONG", List.of(), List.of(),
                List.of(new RankingReport.UnitRef("P01", "Phòng Tư pháp")), null, List.of());
        Path pdf = dir.resolve("edge.pdf");
        writer.write(new RankingReport(2025, java.time.LocalDate.of(2025, 6, 30), false, List.of(empty)), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Nhóm PHONG", "Chưa có đơn vị nào được xếp hạng", "P01 – Phòng Tư pháp",
                            "Không có thang xếp loại", "Dữ liệu đến ngày 30/06/2025");
        }

        Path none = dir.resolve("none.pdf");
        writer.write(new RankingReport(2025, java.time.LocalDate.of(2025, 6, 30), false, List.of()), none);
        try (PDDocument document = Loader.loadPDF(none.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("NĂM 2025", "PHƯƠNG PHÁP TÍNH ĐIỂM");
        }
    }

    private static List<String> pageTexts(PDDocument document) throws IOException {
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

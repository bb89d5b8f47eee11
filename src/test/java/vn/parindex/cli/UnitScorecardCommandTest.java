package vn.parindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;
import vn.parindex.support.PdfA;

/**
 * {@code parindex report --year Y --unit CODE} (issue 24) through the real command line on the bundled sample province
 * (with the official heading, as {@code scripts/run-sample} renders it): a unit's scorecard as a PDF/A of its own, the
 * page the unit has in {@code scorecards-<Y>.pdf}; an unknown or unranked code refused with exit 2, nothing written.
 * The sample's 2026 cards show issue 24's points: Hoài Đức's respondents against the minimum, Đông Anh's "all appraised
 * criteria", Đan Phúc's (a merged unit) predecessors' point in its history.
 */
class UnitScorecardCommandTest {

    @TempDir
    static Path home;

    static Installation parindex;

    @BeforeAll
    static void runTheSample() throws IOException {
        parindex = new Installation(home).with("PARINDEX_REPORT_AUTHORITY", "UBND THÀNH PHỐ HÀ NỘI")
                .with("PARINDEX_REPORT_ISSUER", "SỞ NỘI VỤ").dropSample();
        Result run = parindex.run("run", "--settle", "0");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as(pdf.toString()).isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text of the page of {@code scorecards-<year>.pdf} that names {@code unitName}. */
    private static String pageOf(int year, String unitName) throws IOException {
        try (PDDocument document = Loader.loadPDF(parindex.reports(year).resolve("scorecards-" + year + ".pdf").toFile())) {
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(document);
                if (page.contains("\n" + unitName + "\n")) {
                    return page;
                }
            }
        }
        throw new AssertionError(unitName + " has no page in scorecards-" + year + ".pdf");
    }

    @Test
    void aUnitsScorecardIsAPdfOfItsOwnWithTheUnitsNameInItsFileName() throws IOException {
        Result result = parindex.run("report", "--year", "2026", "--unit", "274", "--unit", "017", "--unit=284");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();

        Path folder = parindex.reports(2026).resolve("scorecards");
        Path hoaiDuc = folder.resolve("2026-274-Huyen-Hoai-Duc.pdf");
        Path dongAnh = folder.resolve("2026-017-Huyen-Dong-Anh.pdf");
        Path danPhuc = folder.resolve("2026-284-Huyen-Dan-Phuc.pdf");
        assertThat(result.out()).contains("wrote " + hoaiDuc, "wrote " + dongAnh, "wrote " + danPhuc);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("2026-017-Huyen-Dong-Anh.pdf", "2026-274-Huyen-Hoai-Duc.pdf", "2026-284-Huyen-Dan-Phuc.pdf");
        }
        for (Path pdf : List.of(hoaiDuc, dongAnh, danPhuc)) {
            PdfA.assertPdfA2b(pdf);
        }

        String hoai = text(hoaiDuc);
        // the very page of the year's document, "Trang 6/25" apart
        assertThat(hoai.replaceAll("Trang \\d+/\\d+", "")).isEqualTo(pageOf(2026, "Huyện Hoài Đức").replaceAll("Trang \\d+/\\d+", ""));
        assertThat(hoai).contains("UBND THÀNH PHỐ HÀ NỘI", "PHIẾU KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026", "Huyện Hoài Đức",
                "Dữ liệu đến ngày", "Trang 1/1")
                .contains("8.1 – Mức độ hài lòng về thủ tục hành chính: không đủ số người trả lời khảo sát: 24 người trả lời, tối thiểu 30"
                        + " (0 điểm)");
        assertThat(text(dongAnh).replaceAll("\\s+", " ")).contains("Huyện Đông Anh", "TẠM TÍNH",
                "• Tạm tính (chưa có điểm thẩm định) – tất cả 19 tiêu chí thẩm định").doesNotContain("tiêu chí khác");
        assertThat(text(danPhuc)).contains("Huyện Đan Phúc", "Chỉ số và hạng năm 2026, so với năm 2025",
                "Bình quân các đơn vị cũ hợp thành", "2025\n82,67\n–\n", "2026\n78,65\n8/15\n");

        // the same command again gives the same bytes
        byte[] before = Files.readAllBytes(hoaiDuc);
        Result again = parindex.run("report", "--year", "2026", "--unit", "274");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(Files.readAllBytes(hoaiDuc)).isEqualTo(before);
    }

    @Test
    void anUnknownOrUnrankedUnitIsRefusedByItsCodeAndNothingIsWritten() throws IOException {
        Result unknown = parindex.run("report", "--year", "2025", "--unit", "XYZ9", "--unit", "019");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown unit 'XYZ9'", "no scorecard written").doesNotContain("'019'");
        // 284 (Huyện Đan Phúc) was formed in 2026: not ranked in 2025
        Result unranked = parindex.run("report", "--year", "2025", "--unit", "284");
        assertThat(unranked.exitCode()).isEqualTo(2);
        assertThat(unranked.err()).contains("unit '284' (Huyện Đan Phúc) is not ranked in 2025");
        assertThat(parindex.reports(2025).resolve("scorecards")).doesNotExist();

        Result noYear = parindex.run("report", "--year", "2019", "--unit", "019");
        assertThat(noYear.exitCode()).isEqualTo(2);
        assertThat(noYear.err()).contains("no results for 2019");
    }
}

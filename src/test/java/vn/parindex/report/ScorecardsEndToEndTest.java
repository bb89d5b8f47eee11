package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.parindex.cli.SharedWarehouse;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;
import vn.parindex.report.pdf.ScorecardPdfWriterTest;

/** {@code scorecards-<year>.pdf} of the bundled worked example, through the real command line and database. */
class ScorecardsEndToEndTest extends SharedWarehouse {


    @Test
    void workedExampleHasOneScorecardPerRankedUnit() throws IOException {
        Installation parindex = installation();
        parindex.dropExamples(Installation.exampleFiles());

        Result result = parindex.run("run", "--settle", "0");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        Path pdf = parindex.reports(2024).resolve("scorecards-2024.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // 019 and 021 are ranked; 005 submitted nothing
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            var pages = ScorecardPdfWriterTest.pageTexts(document);
            String first = pages.get(0);
            assertThat(first).contains("Quận Nam Từ Liêm", "66,61", "1/2", "Trung bình",
                    "Cần thêm 3,39 điểm chỉ số để đạt xếp loại “Khá”.");
            String mostLost = first.substring(first.indexOf("2. Các tiêu chí bị mất nhiều điểm nhất"),
                    first.indexOf("3. So với năm 2023"));
            assertThat(mostLost).contains("2.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "20");
            assertThat(first).doesNotContain("Quận Bắc Từ Liêm").doesNotContain("TẠM TÍNH");
            assertThat(pages.get(1)).contains("Quận Bắc Từ Liêm", "35,23", "Yếu", "điều chỉnh -1",
                    "2.1 – Tỷ lệ hồ sơ giải quyết đúng hạn: thiếu dữ liệu");
            assertThat(String.join("", pages)).doesNotContain("Quận Cầu Giấy");
        }
    }
}

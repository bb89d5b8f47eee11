package vn.parindex.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;
import vn.parindex.support.PdfA;

/**
 * SPEC §16 on the real warehouse: a province of five units of one group, each missing something different (one
 * complete; one without appraisal rows and with a scored criterion lacking evidence; one whose only self-assessment
 * was rejected; one with too few survey respondents and no metrics, whose deadline has not passed; one without
 * survey and dossiers, which have no deadline), a unit of a group without a framework, and a year without one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionStatusEndToEndTest {

    private Path home;

    private Installation parindex;
    private Installation.Result run;

    @BeforeAll
    void collect(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path home) throws IOException {
        this.home = home;
        parindex = new Installation(home)
                .with("PARINDEX_DEADLINE_APPRAISAL_2025", "2025-12-10")
                .with("PARINDEX_DEADLINE_METRICS_2025", "2099-01-15");
        Files.writeString(home.resolve("parindex.properties"), "deadline.self_assessment.2025=2025-12-05\n");
        parindex.drop("units.csv", """
                unit_code,unit_name,group_code,unit_type,valid_from,valid_to,group_name
                001,Quận Một,QUAN,quận,2014,,Khối quận
                002,Quận Hai,QUAN,quận,2014,,Khối quận
                003,Quận Ba,QUAN,quận,2014,,Khối quận
                004,Quận Bốn,QUAN,quận,2014,,Khối quận
                005,Quận Năm,QUAN,quận,2014,,Khối quận
                006,Quận Cũ,QUAN,quận,2014,2020,Khối quận
                101,Huyện Một,HUYEN,huyện,2014,,Khối huyện
                """);
        parindex.drop("framework-2025.csv", """
                year,group_code,code,parent_code,name,max_points,method,rule
                2025,QUAN,1,,Chỉ đạo điều hành,40,group,
                2025,QUAN,1.1,1,Kế hoạch cải cách hành chính năm,15,appraised,
                2025,QUAN,1.2,1,Mức độ hoàn thành kế hoạch,25,ratio,metric=plan.completed; linear
                2025,QUAN,2,,Thủ tục hành chính,35,group,
                2025,QUAN,2.1,2,Hồ sơ đúng hạn,35,ratio,metric=dossiers.ontime; linear
                2025,QUAN,3,,Tác động,25,group,
                2025,QUAN,3.1,3,Sự hài lòng,25,survey,"questions=S1,S2; mode=share; min_responses=2"
                """);
        parindex.drop("self-ok.csv", """
                year,unit_code,criterion_code,self_score,evidence,note
                2025,001,1.1,14,Kế hoạch số 12/KH-UBND,
                2025,002,1.1,10,,
                2025,004,1.1,12,Báo cáo số 3,
                2025,005,1.1,0,,
                """);
        parindex.drop("self-003.csv", """
                year,unit_code,criterion_code,self_score,evidence,note
                2025,003,1.1,99,Kế hoạch số 7,
                """);
        parindex.drop("appraisal-2025.csv", """
                year,unit_code,criterion_code,appraised_score,comment
                2025,001,1.1,14,
                2025,003,1.1,11,
                2025,004,1.1,12,
                2025,005,1.1,9,
                """);
        parindex.drop("survey-2025.csv", """
                year,unit_code,respondent_id,question_code,answer
                2025,001,R1,S1,5
                2025,001,R2,S1,4
                2025,002,R1,S1,5
                2025,002,R2,S2,3
                2025,003,R1,S1,5
                2025,003,R2,S1,5
                2025,004,R1,S1,4
                2025,004,R1,S2,4
                """);
        parindex.drop("dossiers-2025.csv", """
                year,unit_code,dossier_id,procedure_code,received_at,due_at,resolved_at,channel
                2025,001,D1,,2025-01-05,2025-01-12,2025-01-11,online
                2025,001,D2,,2025-01-06,2025-01-12,2025-01-11,offline
                2025,002,D1,,2025-01-05,2025-01-12,2025-01-11,online
                2025,003,D1,,2025-01-05,2025-01-12,2025-01-11,online
                2025,004,D1,,2025-01-05,2025-01-12,2025-01-11,online
                """);
        parindex.drop("metrics-2025.csv", """
                year,unit_code,metric_code,numerator,denominator
                2025,001,plan.completed,20,22
                2025,002,plan.completed,20,22
                2025,003,plan.completed,20,22
                2025,005,plan.completed,20,22
                """);
        // an appraisal file naming several units, rejected: attributed to none of them (SPEC §16: one unit)
        parindex.drop("appraisal-wrong.csv", """
                year,unit_code,criterion_code,appraised_score,comment
                2025,002,1.1,99,
                2025,005,1.1,9,
                """);
        run = parindex.run("run", "--settle", "0");
    }

    @Test
    void theRejectedSelfAssessmentIsAttributedToItsUnit() {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(4);
        assertThat(parindex.sql().queryForList("SELECT CONCAT_WS(' ', f.original_name, r.year, r.unit_code, r.error_code) "
                + "FROM rejected_file r JOIN source_file f ON f.id = r.source_file_id", String.class))
                .containsExactlyInAnyOrder("self-003.csv 2025 003 OUT_OF_RANGE", "appraisal-wrong.csv 2025 OUT_OF_RANGE");
    }

    @Test
    void statusOfTheYearListsEveryExpectedUnitAndWhatItLacks() {
        Installation.Result status = parindex.run("status", "--year", "2025", "--as-of", "2025-12-20");
        assertThat(status.exitCode()).as(status.err()).isZero();
        String out = status.out();
        assertThat(out).contains("TÌNH HÌNH NỘP DỮ LIỆU NĂM 2025 (tính đến ngày 20/12/2025)")
                .contains("tự đánh giá 05/12/2025 (đã qua)").contains("thẩm định 10/12/2025 (đã qua)")
                .contains("số liệu chỉ tiêu 15/01/2099")
                .contains("== Khối quận (QUAN): 5 đơn vị, 1 đã nộp đủ, 4 còn thiếu ==")
                .doesNotContain("Quận Cũ").doesNotContain("Huyện Một");
        assertThat(block(out, "001  Quận Một")).startsWith("001  Quận Một  [đủ]")
                .contains("Tự đánh giá: đã nhận — tệp self-ok.csv").contains("Hồ sơ TTHC:  đã nhận — 2 hồ sơ")
                .contains("Khảo sát:    đã nhận — 2 người trả lời (cần tối thiểu 2)").contains("Số liệu:     đã nhận — 1/1 chỉ tiêu");
        assertThat(block(out, "002  Quận Hai")).startsWith("002  Quận Hai  [QUÁ HẠN]")
                .contains("Thẩm định:   chưa nộp — QUÁ HẠN (hạn 10/12/2025)")
                .contains("thiếu tài liệu kiểm chứng cho tiêu chí tự chấm điểm 1.1 (10 điểm)");
        assertThat(block(out, "003  Quận Ba")).startsWith("003  Quận Ba  [QUÁ HẠN]")
                .containsPattern("Tự đánh giá: bị từ chối — self-003\\.csv, \\d\\d/\\d\\d/\\d{4}, mã lỗi OUT_OF_RANGE — QUÁ HẠN \\(hạn 05/12/2025\\)")
                .contains("Bị từ chối:  tệp gần nhất self-003.csv");
        assertThat(block(out, "004  Quận Bốn")).startsWith("004  Quận Bốn\n")
                .contains("Khảo sát:    chưa đủ — 1 người trả lời (cần tối thiểu 2)").contains("Số liệu:     chưa nộp — 0/1 chỉ tiêu đã có số liệu — hạn 15/01/2099");
        assertThat(block(out, "005  Quận Năm")).doesNotContain("thiếu tài liệu kiểm chứng")
                .contains("Khảo sát:    chưa nộp").contains("Hồ sơ TTHC:  chưa nộp — 0 hồ sơ");
        String missing = out.substring(out.indexOf("== ĐƠN VỊ CÒN THIẾU (4; quá hạn trước) =="));
        assertThat(missing.lines().skip(1).map(String::strip).toList()).containsExactly(
                "QUÁ HẠN  Quận Ba (003): tự đánh giá (bị từ chối, quá hạn 05/12/2025)",
                "QUÁ HẠN  Quận Hai (002): thẩm định (chưa nộp, quá hạn 10/12/2025)",
                "Quận Bốn (004): khảo sát người dân (chưa đủ); số liệu chỉ tiêu (chưa nộp, hạn 15/01/2099)",
                "Quận Năm (005): khảo sát người dân (chưa nộp); sổ theo dõi hồ sơ (chưa nộp)",
                "",
                "Cảnh báo: 1 tiêu chí tự chấm điểm trên 0 mà cột evidence (tài liệu kiểm chứng) để trống; tệp vẫn được nhận, đơn vị cần bổ sung.");
    }

    @Test
    void beforeTheDeadlinesNothingIsOverdue() {
        Installation.Result status = parindex.run("status", "--year", "2025", "--as-of", "2025-12-01");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).doesNotContain("QUÁ HẠN").contains("tự đánh giá 05/12/2025;").doesNotContain("(đã qua)");
    }

    @Test
    void withoutAYearOneLinePerYearWithAFramework() {
        Installation.Result status = parindex.run("status", "--as-of", "2025-12-20");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out().lines().toList()).containsExactly(
                "Năm 2025: 5 đơn vị, 1 đã nộp đủ, 4 còn thiếu (2 quá hạn), 1 tiêu chí tự chấm điểm chưa có tài liệu kiểm chứng");
    }

    @Test
    void aYearWithoutAFrameworkIsExitTwo() {
        Installation.Result status = parindex.run("status", "--year", "2024");
        assertThat(status.exitCode()).isEqualTo(2);
        assertThat(status.err()).contains("no framework for 2024");
        assertThat(parindex.run("status", "--as-of", "2025-02-30").exitCode()).isEqualTo(2);
        assertThat(parindex.run("status", "--letters").exitCode()).isEqualTo(2);
    }

    @Test
    void aMalformedDeadlineIsAConfigurationErrorForEveryCommand() {
        Installation broken = new Installation(home).with("PARINDEX_DEADLINE_SURVEY_2025", "10/12/2025");
        for (String[] args : List.of(new String[] {"status"}, new String[] {"run", "--settle", "0"}, new String[] {"report", "--year", "2025"})) {
            Installation.Result result = broken.run(args);
            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.err()).contains("PARINDEX_DEADLINE_SURVEY_2025").contains("'10/12/2025'");
        }
        Installation unknownKind = new Installation(home).with("PARINDEX_DEADLINE_SELFASSESSMENT_2025", "2025-12-10");
        assertThat(unknownKind.run("status").err()).contains("unknown kind 'selfassessment'");
    }

    @Test
    void theRunWritesTheSubmissionsWorkbook() throws IOException {
        Path workbook = parindex.reports(2025).resolve("submissions-2025.xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetName(0)).isEqualTo("Khối quận");
            assertThat(book.getSheetName(1)).isEqualTo("Thiếu tài liệu kiểm chứng");
            XSSFSheet group = book.getSheetAt(0);
            assertThat(group.getPaneInformation().isFreezePane()).isTrue();
            assertThat(group.getCTWorksheet().isSetAutoFilter()).isTrue();
            List<String> titles = new ArrayList<>();
            group.getRow(0).forEach(c -> titles.add(c.getStringCellValue()));
            assertThat(titles).startsWith("Mã đơn vị", "Tên đơn vị", "Tình trạng", "Còn thiếu", "Tự đánh giá")
                    .contains("Số người trả lời", "Số hồ sơ", "Thẩm định: hạn nộp", "Mã lỗi", "Tiêu chí thiếu tài liệu kiểm chứng");
            assertThat(group.getLastRowNum()).isEqualTo(5);
            List<String> codes = new ArrayList<>();
            for (int r = 1; r <= 5; r++) {
                codes.add(group.getRow(r).getCell(0).getStringCellValue() + " " + group.getRow(r).getCell(2).getStringCellValue());
            }
            // by name in Vietnamese order; the run's day is past the self-assessment and appraisal deadlines
            assertThat(codes).containsExactly("003 Quá hạn", "004 Còn thiếu", "002 Quá hạn", "001 Đã nộp đủ", "005 Còn thiếu");
            XSSFRow hai = group.getRow(3);
            assertThat(hai.getCell(2).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(group.getRow(4).getCell(2).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            int deadline = titles.indexOf("Thẩm định: hạn nộp");
            assertThat(hai.getCell(deadline).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(hai.getCell(deadline))).isTrue();
            assertThat(hai.getCell(deadline).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 12, 10));
            XSSFRow mot = group.getRow(4);
            assertThat(mot.getCell(titles.indexOf("Số hồ sơ")).getNumericCellValue()).isEqualTo(2.0);
            XSSFRow ba = group.getRow(1);
            assertThat(ba.getCell(titles.indexOf("Tự đánh giá")).getStringCellValue()).isEqualTo("bị từ chối, quá hạn");
            assertThat(ba.getCell(titles.indexOf("Mã lỗi")).getStringCellValue()).isEqualTo("OUT_OF_RANGE");
            assertThat(hai.getCell(titles.indexOf("Tiêu chí thiếu tài liệu kiểm chứng")).getNumericCellValue()).isEqualTo(1.0);
            XSSFSheet evidence = book.getSheetAt(1);
            assertThat(evidence.getLastRowNum()).isEqualTo(1);
            XSSFRow gap = evidence.getRow(1);
            assertThat(List.of(gap.getCell(0).getStringCellValue(), gap.getCell(1).getStringCellValue(), gap.getCell(3).getStringCellValue(),
                    gap.getCell(4).getStringCellValue(), gap.getCell(6).getStringCellValue()))
                    .containsExactly("Khối quận", "002", "1.1", "Kế hoạch cải cách hành chính năm", "self-ok.csv");
            assertThat(gap.getCell(5).getNumericCellValue()).isEqualTo(10.0);
            assertThat(gap.getCell(7).getNumericCellValue()).isEqualTo(3.0);
        }
        byte[] first = Files.readAllBytes(workbook);
        Files.delete(workbook);
        Installation.Result again = parindex.run("run", "--settle", "0");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(Files.readAllBytes(workbook)).as("written again by a run that recomputes nothing, the same bytes for the same warehouse and day").isEqualTo(first);
        assertThat(parindex.reports(2024).resolve("submissions-2024.xlsx")).doesNotExist();
    }

    @Test
    void lettersForTheOverdueUnitsOnly() throws IOException {
        Installation.Result status = parindex.run("status", "--year", "2025", "--as-of", "2025-12-20", "--letters");
        assertThat(status.exitCode()).as(status.err()).isZero();
        Path folder = parindex.reports(2025).resolve("reminders");
        assertThat(names(folder)).containsExactly("reminder-2025-002.pdf", "reminder-2025-003.pdf");
        byte[] ba = Files.readAllBytes(folder.resolve("reminder-2025-003.pdf"));
        PdfA.assertPdfA2b(ba, "reminder-2025-003.pdf");
        try (PDDocument letter = Loader.loadPDF(ba)) {
            assertThat(letter.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(letter).replaceAll("\\s+", " ");
            assertThat(text).contains("Kính gửi: Quận Ba").contains("Ngày 20 tháng 12 năm 2025")
                    .contains("V/v đôn đốc nộp dữ liệu đánh giá Chỉ số cải cách hành chính năm 2025")
                    .contains("Tự đánh giá: tệp self-003.csv").contains("mã lỗi OUT_OF_RANGE")
                    .contains("hạn nộp ngày 05/12/2025 đã qua").contains("self-assessment-2025-003.xlsx")
                    .contains("parindex template --year 2025 --unit 003").contains("input/inbox/")
                    .doesNotContain("Thẩm định");
        }
        try (PDDocument letter = Loader.loadPDF(folder.resolve("reminder-2025-002.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(letter).replaceAll("\\s+", " ")).contains("Kính gửi: Quận Hai")
                    .contains("Thẩm định: chưa nộp; hạn nộp ngày 10/12/2025 đã qua").contains("appraisal-2025-QUAN.xlsx");
        }
        assertThat(parindex.run("status", "--year", "2025", "--as-of", "2025-12-20", "--letters").exitCode()).isZero();
        assertThat(Files.readAllBytes(folder.resolve("reminder-2025-003.pdf"))).as("same warehouse, settings and day").isEqualTo(ba);

        try {
            parindex.with("PARINDEX_REPORT_AUTHORITY", "UBND tỉnh Thử Nghiệm").with("PARINDEX_REPORT_ISSUER", "Sở Nội vụ");
            assertThat(parindex.run("status", "--year", "2025", "--as-of", "2025-12-20", "--letters").exitCode()).isZero();
            byte[] headed = Files.readAllBytes(folder.resolve("reminder-2025-003.pdf"));
            PdfA.assertPdfA2b(headed, "reminder-2025-003.pdf with the official heading");
            try (PDDocument letter = Loader.loadPDF(headed)) {
                assertThat(letter.getNumberOfPages()).isEqualTo(1);
                assertThat(new PDFTextStripper().getText(letter)).contains("UBND TỈNH THỬ NGHIỆM").contains("SỞ NỘI VỤ")
                        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc");
            }
        } finally {
            parindex.with("PARINDEX_REPORT_AUTHORITY", "").with("PARINDEX_REPORT_ISSUER", "");
        }

        Installation.Result early = parindex.run("status", "--year", "2025", "--as-of", "2025-12-01", "--letters");
        assertThat(early.exitCode()).isZero();
        assertThat(early.out()).contains("0 reminder letter(s) for 2025 as of 2025-12-01");
        assertThat(names(folder)).as("no unit is overdue on 1 December: no letter").isEmpty();
    }

    /** The lines of one unit's block in the status text, from its first line up to the next unit's. */
    private static String block(String out, String start) {
        int from = out.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int end = out.indexOf("\n  0", from + 1);
        int section = out.indexOf("\n\n", from);
        int to = end < 0 ? section : section < 0 ? end : Math.min(end, section);
        return out.substring(from, to < 0 ? out.length() : to) + "\n";
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

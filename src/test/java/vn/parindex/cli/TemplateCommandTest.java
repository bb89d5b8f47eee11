package vn.parindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.submission.Kind;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;
import vn.parindex.installation.InstallationLock;

/**
 * {@code parindex template} (SPEC §11) through the real command line, on a warehouse loaded by a real run: the
 * worked example (group QUAN, one appraised leaf) plus a group HUYEN with three appraised leaves, a unit that
 * ended in 2023 and a unit in a group without a 2024 framework. Workbooks are read back with POI.
 */
class TemplateCommandTest {

    /** SPEC §11: a Vietnamese title, then the contract's column name in parentheses. */
    static final List<String> SELF_HEADER = List.of("Năm (year)", "Mã đơn vị (unit_code)", "Mã tiêu chí (criterion_code)",
            "Tên tiêu chí (criterion_name)", "Điểm tối đa (max_points)", "Điểm tự đánh giá (self_score)",
            "Tài liệu kiểm chứng (evidence)", "Ghi chú (note)");
    static final List<String> APPRAISAL_HEADER = List.of("Năm (year)", "Mã đơn vị (unit_code)", "Tên đơn vị (unit_name)",
            "Mã tiêu chí (criterion_code)", "Tên tiêu chí (criterion_name)", "Điểm tối đa (max_points)",
            "Điểm tự đánh giá (tham khảo) (self_score_ref)", "Điểm thẩm định (appraised_score)", "Nhận xét (comment)");

    @TempDir
    static Path home;

    static Installation parindex;

    @BeforeAll
    static void loadTheWarehouse() throws IOException {
        parindex = new Installation(home);
        parindex.dropExamples(Installation.exampleFiles());
        String units = Files.readString(Installation.EXAMPLES.resolve("units.csv"));
        parindex.drop("units-more.csv", units + """
                0A7,Huyện Ba Vì,HUYEN,huyện,2008,
                030,Quận Hà Đông,QUAN,quận,2008,2023
                099,Thị xã Sơn Tây,THIXA,thị xã,2008,
                """);
        parindex.drop("framework-2024-huyen.csv", """
                year,group_code,code,parent_code,name,max_points,method,rule
                2024,HUYEN,1,,"Chỉ đạo, điều hành",30,group,
                2024,HUYEN,1.2,1,Báo cáo định kỳ,7.5,appraised,
                2024,HUYEN,1.1,1,Kế hoạch cải cách hành chính năm,7.5,appraised,
                2024,HUYEN,1.10,1,Kiểm tra công tác cải cách hành chính,15,appraised,
                2024,HUYEN,2,,Thủ tục hành chính,20,group,
                2024,HUYEN,2.1,2,Hồ sơ giải quyết đúng hạn,20,ratio,metric=dossiers.ontime; linear
                """);
        parindex.drop("bands-2024-huyen.csv", """
                year,group_code,band,min_index
                2024,HUYEN,Tốt,80
                2024,HUYEN,Yếu,0
                """);
        parindex.drop("self-0A7.csv", """
                year,unit_code,criterion_code,self_score,evidence,note
                2024,0A7,1.1,6.25,Kế hoạch 5/KH-UBND,
                2024,0A7,1.10,12,,
                """);
        Result run = parindex.run("run", "--settle", "0");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM unit", Integer.class)).isEqualTo(6);
    }

    @Test
    void writesOneSelfAssessmentPerActiveUnitWithAFrameworkAndOneAppraisalPerGroup() {
        Result result = parindex.run("template", "--year", "2024");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Path folder = home.resolve("templates/2024");
        assertThat(names(folder)).containsExactlyInAnyOrder("self-assessment-2024-005-Quan-Cau-Giay.xlsx", "self-assessment-2024-019-Quan-Nam-Tu-Liem.xlsx",
                "self-assessment-2024-021-Quan-Bac-Tu-Liem.xlsx", "self-assessment-2024-0A7-Huyen-Ba-Vi.xlsx", "appraisal-2024-HUYEN.xlsx",
                "appraisal-2024-QUAN.xlsx");
        assertThat(result.out()).contains("wrote " + folder.resolve("self-assessment-2024-019-Quan-Nam-Tu-Liem.xlsx"))
                .contains("4 self-assessment and 2 appraisal template(s) for 2024");
    }

    @Test
    void aSelfAssessmentTemplateHasOneRowPerAppraisedLeafWithTheWarehouseValues() throws IOException {
        Path out = home.resolve("self-check");
        assertThat(parindex.run("template", "--year", "2024", "--unit", "0A7", "--unit", "019", "--out", out.toString()).exitCode())
                .isZero();

        try (XSSFWorkbook workbook = open(out.resolve("self-assessment-2024-0A7-Huyen-Ba-Vi.xlsx"))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(header(sheet)).isEqualTo(SELF_HEADER);
            List<Map<String, Object>> leaves = parindex.sql().queryForList("SELECT code, name, max_points FROM criterion "
                    + "WHERE year = 2024 AND group_code = 'HUYEN' AND method = 'appraised' ORDER BY position");
            assertThat(sheet.getLastRowNum()).isEqualTo(leaves.size()).isEqualTo(3);
            for (int i = 0; i < leaves.size(); i++) {
                XSSFRow row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(2024.0);
                assertText(row.getCell(1), "0A7");
                assertText(row.getCell(2), (String) leaves.get(i).get("code"));
                assertText(row.getCell(3), (String) leaves.get(i).get("name"));
                assertNumber(row.getCell(4), (BigDecimal) leaves.get(i).get("max_points"));
                for (int blank = 5; blank <= 7; blank++) {
                    assertThat(row.getCell(blank).getCellType()).as("column %d of row %d", blank, i + 2).isEqualTo(CellType.BLANK);
                }
                assertThat(row.getCell(5).getCellStyle().getLocked()).isFalse();
                for (int reference = 0; reference <= 4; reference++) {
                    assertThat(row.getCell(reference).getCellStyle().getLocked()).as("reference cell %d locked", reference).isTrue();
                }
                assertThat(row.getCell(6).getCellStyle().getLocked()).isFalse();
                assertDecimalValidation(sheet, i + 1, 5, (BigDecimal) leaves.get(i).get("max_points"));
            }
            // framework order, not code order: 1.2 comes first in the file, and 1.10 stays 1.10
            assertThat(List.of(text(sheet, 1, 2), text(sheet, 2, 2), text(sheet, 3, 2))).containsExactly("1.2", "1.1", "1.10");
            assertLayout(sheet, List.of(1, 2));
            assertInstructions(workbook, "self_score");
        }
        try (XSSFWorkbook workbook = open(out.resolve("self-assessment-2024-019-Quan-Nam-Tu-Liem.xlsx"))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertText(sheet.getRow(1).getCell(1), "019");
            assertText(sheet.getRow(1).getCell(2), "1.1");
            assertNumber(sheet.getRow(1).getCell(4), new BigDecimal("15"));
            assertDecimalValidation(sheet, 1, 5, new BigDecimal("15"));
        }
    }

    @Test
    void anAppraisalTemplateHasOneRowPerActiveUnitAndLeafWithTheCurrentSelfScore() throws IOException {
        Path out = home.resolve("appraisal-check");
        assertThat(parindex.run("template", "--year", "2024", "--out", out.toString()).exitCode()).isZero();

        try (XSSFWorkbook workbook = open(out.resolve("appraisal-2024-QUAN.xlsx"))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(header(sheet)).isEqualTo(APPRAISAL_HEADER);
            // 030 ended in 2023: not listed; units in code order
            assertThat(column(sheet, 1)).containsExactly("005", "019", "021");
            assertThat(column(sheet, 2)).containsExactly("Quận Cầu Giấy", "Quận Nam Từ Liêm", "Quận Bắc Từ Liêm");
            assertThat(column(sheet, 3)).containsExactly("1.1", "1.1", "1.1");
            assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.BLANK);
            assertNumber(sheet.getRow(2).getCell(6), new BigDecimal("14.5"));
            assertThat(sheet.getRow(3).getCell(6).getCellType()).isEqualTo(CellType.BLANK);
            for (int row = 1; row <= 3; row++) {
                assertThat(sheet.getRow(row).getCell(7).getCellType()).isEqualTo(CellType.BLANK);
                assertDecimalValidation(sheet, row, 7, new BigDecimal("15"));
            }
            assertLayout(sheet, List.of(1, 3));
            assertInstructions(workbook, "appraised_score");
        }
        try (XSSFWorkbook workbook = open(out.resolve("appraisal-2024-HUYEN.xlsx"))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(column(sheet, 1)).containsExactly("0A7", "0A7", "0A7");
            assertThat(column(sheet, 3)).containsExactly("1.2", "1.1", "1.10");
            assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.BLANK);
            assertNumber(sheet.getRow(2).getCell(6), new BigDecimal("6.25"));
            assertNumber(sheet.getRow(3).getCell(6), new BigDecimal("12"));
            assertDecimalValidation(sheet, 1, 7, new BigDecimal("7.5"));
            assertDecimalValidation(sheet, 2, 7, new BigDecimal("7.5"));
            assertDecimalValidation(sheet, 3, 7, new BigDecimal("15"));
        }
    }

    @Test
    void theHeadersCarryTheSignatureOfTheirOwnKindOnly() throws IOException {
        Path out = home.resolve("kinds");
        assertThat(parindex.run("template", "--year", "2024", "--unit", "019", "--out", out.toString()).exitCode()).isZero();
        try (XSSFWorkbook self = open(out.resolve("self-assessment-2024-019-Quan-Nam-Tu-Liem.xlsx"));
                XSSFWorkbook appraisal = open(out.resolve("appraisal-2024-QUAN.xlsx"))) {
            // the data kinds; max_points and unit_name are reference columns a template carries for reading (§11)
            assertThat(dataKinds(header(self.getSheetAt(0)))).containsExactly(Kind.SELF_ASSESSMENT);
            assertThat(dataKinds(header(appraisal.getSheetAt(0)))).containsExactly(Kind.APPRAISAL);
        }
    }

    @Test
    void unitLimitsTheFilesToItsOwnAndItsGroupsAppraisal() {
        Path out = home.resolve("only-0A7");
        Result result = parindex.run("template", "--year", "2024", "--unit", "0A7", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(names(out)).containsExactlyInAnyOrder("self-assessment-2024-0A7-Huyen-Ba-Vi.xlsx", "appraisal-2024-HUYEN.xlsx");
    }

    @Test
    void aUnitThatCannotHaveATemplateExitsTwoNamingItsCodeAndNothingIsWritten() {
        Path out = home.resolve("refused");
        Result result = parindex.run("template", "--year", "2024", "--unit", "019", "--unit", "091", "--unit", "030",
                "--unit", "099", "--unit", "19", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unit '091' is not in the warehouse")
                .contains("unit '030' is not active in 2024")
                .contains("unit '099' is in group 'THIXA', which has no framework for 2024")
                .contains("unit '19' is not in the warehouse (codes are compared exactly: did you mean '019'?)")
                .doesNotContain("unit '019'");
        assertThat(out).doesNotExist();
    }

    @Test
    void aYearWithoutAFrameworkExitsTwo() {
        Path out = home.resolve("2025");
        Result result = parindex.run("template", "--year", "2025", "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no framework for 2025");
        assertThat(out).doesNotExist();
    }

    @Test
    void badArgumentsExitTwoWithUsage() {
        for (String[] args : List.of(new String[] {"template"}, new String[] {"template", "--year", "24"},
                new String[] {"template", "--year", "2024", "--year", "2025"}, new String[] {"template", "--year", "2024", "--unit"},
                new String[] {"template", "--year", "2024", "--out", "a", "--out", "b"},
                new String[] {"template", "--year", "2024", "--settle", "0"})) {
            Result result = parindex.run(args);
            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.err()).as(String.join(" ", args)).contains("usage: parindex run").contains("parindex template");
        }
    }

    @Test
    void outRefusesASystemLocationEvenThroughALinkAndAFolderOfAnotherUser() throws IOException {
        Path linkToUsr = Files.createSymbolicLink(home.resolve("looks-harmless"), Path.of("/usr/share"));
        Path others = Files.createDirectories(home.resolve("someone-elses"));
        boolean canGiveAway = "root".equals(System.getProperty("user.name"));
        if (canGiveAway) {
            Files.setOwner(others, others.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        }
        for (String out : List.of("/etc/parindex-templates", "/var/lib/parindex", "/lib64/x", "/usr", linkToUsr.resolve("x").toString())) {
            Result result = parindex.run("template", "--year", "2024", "--out", out);
            assertThat(result.exitCode()).as(out + ": " + result.err()).isEqualTo(2);
            assertThat(result.err()).as(out).contains("inside a system location").contains("no template written");
        }
        assertThat(Path.of("/etc/parindex-templates")).doesNotExist();
        assertThat(Path.of("/usr/share/x")).doesNotExist();
        if (canGiveAway) {
            Result result = parindex.run("template", "--year", "2024", "--out", others.resolve("new").toString());
            assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
            assertThat(result.err()).contains("belongs to nobody");
            assertThat(others.resolve("new")).doesNotExist();
        }
    }

    @Test
    void aLinkPlantedAtATemplatesTemporaryOrFinalNameIsReplacedNotFollowed() throws IOException {
        Path out = Files.createDirectories(home.resolve("planted"));
        Path victimOfTmp = Files.writeString(home.resolve("victim-tmp.txt"), "keep me");
        Path victimOfFinal = Files.writeString(home.resolve("victim-final.txt"), "keep me too");
        Files.createSymbolicLink(out.resolve(".self-assessment-2024-019-Quan-Nam-Tu-Liem.xlsx.tmp"), victimOfTmp);
        Files.createSymbolicLink(out.resolve("appraisal-2024-QUAN.xlsx"), victimOfFinal);

        Result result = parindex.run("template", "--year", "2024", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(victimOfTmp)).isEqualTo("keep me");
        assertThat(Files.readString(victimOfFinal)).isEqualTo("keep me too");
        for (String name : List.of("self-assessment-2024-019-Quan-Nam-Tu-Liem.xlsx", "appraisal-2024-QUAN.xlsx")) {
            assertThat(Files.isSymbolicLink(out.resolve(name))).as(name).isFalse();
            assertThat(Files.isRegularFile(out.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS)).as(name).isTrue();
        }
        assertThat(out.resolve(".self-assessment-2024-019-Quan-Nam-Tu-Liem.xlsx.tmp")).doesNotExist();
    }

    @Test
    void doesNotRunWhileAnotherCommandHoldsTheInstallation() throws IOException {
        Path out = home.resolve("busy");
        Optional<InstallationLock> held = InstallationLock.tryAcquire(home.resolve("data"));
        assertThat(held).isPresent();
        try (InstallationLock lock = held.get()) {
            Result result = parindex.run("template", "--year", "2024", "--out", out.toString());
            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.err()).contains("another run is in progress");
        }
        assertThat(out).doesNotExist();
    }

    private static List<Kind> dataKinds(List<String> header) {
        List<Kind> kinds = Kind.recognise(header.stream().map(vn.parindex.submission.Columns::normalise).toList());
        return kinds.stream().filter(k -> !k.isReference()).toList();
    }

    private static void assertLayout(XSSFSheet sheet, List<Integer> codeColumns) {
        // reference cells locked by the sheet's protection (SPEC §11), without a password
        assertThat(sheet.getProtect()).isTrue();
        assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
        assertThat(sheet.getPaneInformation()).isNotNull();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
        for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
            assertThat(sheet.getRow(0).getCell(c).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getColumnWidth(c)).isGreaterThan(2000);
        }
        for (int c : codeColumns) {
            assertThat(sheet.getColumnStyle(c).getDataFormatString()).as("default format of column %d", c).isEqualTo("@");
            assertThat(sheet.getRow(1).getCell(c).getCellStyle().getDataFormatString()).isEqualTo("@");
        }
    }

    private static void assertInstructions(XSSFWorkbook workbook, String scoreColumn) {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
        XSSFSheet instructions = workbook.getSheetAt(1);
        assertThat(instructions.getSheetName()).isEqualTo("Hướng dẫn");
        StringBuilder text = new StringBuilder();
        instructions.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
        assertThat(text.toString()).contains(scoreColumn).contains("từ 0 đến điểm tối đa").contains("4 chữ số thập phân")
                .contains(".xlsx").contains("input/inbox/").contains("thay thế");
    }

    private static void assertDecimalValidation(XSSFSheet sheet, int row, int column, BigDecimal max) {
        List<XSSFDataValidation> covering = new ArrayList<>();
        for (XSSFDataValidation v : sheet.getDataValidations()) {
            for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(row, column)) {
                    covering.add(v);
                }
            }
        }
        assertThat(covering).as("validations of row %d column %d", row + 1, column).hasSize(1);
        XSSFDataValidation validation = covering.get(0);
        assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
        assertThat(validation.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
        assertThat(new BigDecimal(validation.getValidationConstraint().getFormula1())).isZero();
        assertThat(new BigDecimal(validation.getValidationConstraint().getFormula2())).isEqualByComparingTo(max);
        assertThat(validation.getShowErrorBox()).isTrue();
        assertThat(validation.getErrorBoxText()).contains("từ 0 đến " + max.stripTrailingZeros().toPlainString().replace('.', ','));
        assertThat(validation.getPromptBoxText()).as("a decimal comma, as Excel shows under Vietnamese settings")
                .isEqualTo("Nhập một số từ 0 đến " + max.stripTrailingZeros().toPlainString().replace('.', ',') + ".");
    }

    private static void assertText(XSSFCell cell, String expected) {
        assertThat(cell.getCellType()).as(cell.getReference()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).as(cell.getReference()).isEqualTo(expected);
    }

    private static void assertNumber(XSSFCell cell, BigDecimal expected) {
        assertThat(cell.getCellType()).as(cell.getReference()).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(cell.getReference()).isEqualByComparingTo(expected);
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        XSSFCell cell = sheet.getRow(row).getCell(column);
        assertThat(cell.getCellType()).as(cell.getReference()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    private static List<String> column(XSSFSheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            values.add(text(sheet, r, column));
        }
        return values;
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
        assertThat(sheet.getRow(0).getRowNum()).isZero();
        return names;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> names(Path folder) {
        return Installation.filesUnder(folder).stream().map(p -> p.getFileName().toString()).toList();
    }
}

package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.parindex.cli.SharedWarehouse;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;
import vn.parindex.support.Workbooks;
import vn.parindex.support.Workbooks.ErrorCell;
import vn.parindex.support.Workbooks.Text;

/**
 * Every error code of SPEC §10 (and the project's additions), each produced by a file dropped into the inbox of
 * a real installation whose reference data is the bundled worked example: the file is rejected whole, its report
 * names the physical line, the column and the offending value, and the warehouse does not change.
 */
class ErrorCodesTest extends SharedWarehouse {

    private static final List<String> REFERENCES = List.of("units.csv", "framework-2024.csv", "bands-2024.csv");
    private static final String APPRAISAL = "year,unit_code,criterion_code,appraised_score,comment\n";
    private static final String SELF = "year;unit_code;criterion_code;self_score;evidence;note\r\n";
    private static final String METRICS = "year,unit_code,metric_code,numerator,denominator\n";
    private static final String SURVEY = "year,unit_code,respondent_id,question_code,answer\n";
    private static final String DOSSIERS = "year,unit_code,dossier_id,procedure_code,received_at,due_at,resolved_at,channel\n";
    private static final String FRAMEWORK = "year,group_code,code,parent_code,name,max_points,method,rule\n";
    private static final String BANDS = "year,group_code,band,min_index\n";
    private static final String UNITS = "unit_code,unit_name,group_code,unit_type,valid_from,valid_to\n";
    private static final String MERGED = "unit_code,unit_name,group_code,group_name,predecessors\n";

    /**
     * @param value text the message must contain (the offending value), or null when there is none (an empty file)
     */
    record Case(String code, String fileName, byte[] content, long line, String column, String value) {
        @Override
        public String toString() {
            return code + " (" + fileName + ")";
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("ENCODING", "appraisal-1258.csv", windows1258(APPRAISAL + "2024,019,1.1,14,ok\n2024,021,1.1,13,báo cáo\n"),
                        3, "", "0xE1"),
                utf8("EMPTY", "empty.csv", "", 0, "", null),
                utf8("EMPTY", "header-only.csv", APPRAISAL + "\n,,,,\n", 0, "", null),
                utf8("UNKNOWN_KIND", "unknown.csv", "\n\nnam,ma_don_vi,diem\n2024,019,14\n", 3, "", "ma_don_vi"),
                utf8("AMBIGUOUS_KIND", "ambiguous.csv", "year,unit_code,criterion_code,self_score,appraised_score\n2024,019,1.1,14,14\n",
                        1, "", "appraised_score"),
                utf8("MISSING_COLUMN", "missing.csv", "year,unit_code,appraised_score\n2024,019,14\n", 1, "criterion_code", "criterion_code"),
                utf8("DUPLICATE_COLUMN", "twice.csv", "year,unit_code,criterion_code,appraised_score,YEAR\n2024,019,1.1,14,2024\n",
                        1, "YEAR", "YEAR"),
                utf8("FIELD_COUNT", "fields.csv", APPRAISAL + "2024,019,1.1,14,ok\n2024,021,1.1,13,5,thêm\n", 3, "", "6"),
                utf8("REQUIRED", "required.csv", APPRAISAL + "2024,019,1.1,,ok\n", 2, "appraised_score", "appraised_score"),
                utf8("NUMBER", "number.csv", APPRAISAL + "2024,019,1.1,1e1,ok\n", 2, "appraised_score", "1e1"),
                utf8("NUMBER", "number-semicolon.csv", SELF + "2024;019;1.1;14.5;;\r\n", 2, "self_score", "14.5"),
                utf8("PRECISION", "precision.csv", APPRAISAL + "2024,019,1.1,13.12345,ok\n", 2, "appraised_score", "13.12345"),
                utf8("YEAR", "year.csv", APPRAISAL + "24,019,1.1,14,ok\n", 2, "year", "24"),
                utf8("YEAR", "valid-to.csv", UNITS + "099,Huyện thử,HUYEN,huyện,2020,2019\n", 2, "valid_to", "2019"),
                utf8("CODE", "code.csv", APPRAISAL + "2024,Q.19/A,1.1,14,ok\n", 2, "unit_code", "Q.19/A"),
                // 019 is known: 19 is what a spreadsheet leaves of it (issue 13)
                utf8("CODE", "leading-zero.csv", UNITS + "099,Huyện thử,HUYEN,huyện,,\n19,Quận Nam Từ Liêm,QUAN,quận,,\n", 3,
                        "unit_code", "'19'"),
                utf8("DATE", "date.csv", DOSSIERS + "2024,019,HS-1,,2024-02-30,2024-03-05,,online\n", 2, "received_at", "2024-02-30"),
                utf8("DATE", "date-day-first.csv", DOSSIERS + "2024,019,HS-1,,31/02/2024 8:00,2024-03-05,,online\n", 2, "received_at",
                        "31/02/2024 8:00"),
                utf8("DATE", "date-order.csv", DOSSIERS + "2024,019,HS-1,,2024-03-05,2024-03-01,,online\n", 2, "due_at", "2024-03-01"),
                utf8("DUPLICATE_KEY", "duplicate.csv", APPRAISAL + "2024,019,1.1,14,ok\n2024,019,1.1,13,lại\n", 3,
                        "year, unit_code, criterion_code", "dòng 2"),
                utf8("UNKNOWN_UNIT", "unknown-unit.csv", APPRAISAL + "2024,19,1.1,14,ok\n", 2, "unit_code", "'19'"),
                utf8("INACTIVE_UNIT", "inactive.csv", APPRAISAL + "2012,019,1.1,14,ok\n", 2, "unit_code", "2012"),
                utf8("NO_FRAMEWORK", "no-framework.csv", APPRAISAL + "2023,005,1.1,14,ok\n", 2, "year", "2023"),
                utf8("UNKNOWN_CRITERION", "criterion.csv", APPRAISAL + "2024,019,9.9,14,ok\n", 2, "criterion_code", "9.9"),
                utf8("NOT_APPRAISED", "not-appraised.csv", SELF + "2024;019;1.2;20;;\r\n", 2, "criterion_code", "1.2"),
                utf8("OUT_OF_RANGE", "range.csv", APPRAISAL + "2024,019,1.1,15.5,ok\n", 2, "appraised_score", "15.5"),
                utf8("OUT_OF_RANGE", "metric-range.csv", METRICS + "2024,019,plan.completed,23,22\n", 2, "numerator", "23"),
                utf8("OUT_OF_RANGE", "huge.csv", "year,unit_code,points,reason\n2024,021,12345678901,gõ nhầm\n", 2, "points", "12345678901"),
                utf8("RESERVED_METRIC", "reserved.csv", METRICS + "2024,019,dossiers.ontime,1,2\n", 2, "metric_code", "dossiers.ontime"),
                utf8("MAX_MISMATCH", "max.csv", FRAMEWORK + "2025,QUAN,1,,Lĩnh vực 1,40,group,\n2025,QUAN,1.1,1,Tiêu chí 1,15,appraised,\n"
                        + "2025,QUAN,1.2,1,Tiêu chí 2,20,appraised,\n", 2, "max_points", "35"),
                utf8("TREE", "tree.csv", FRAMEWORK + "2025,QUAN,1,,Lĩnh vực 1,40,group,\n2025,QUAN,1.1,1,Tiêu chí 1,40,appraised,\n"
                        + "2025,QUAN,1.2,9,Tiêu chí 2,0,appraised,\n", 4, "parent_code", "'9'"),
                utf8("RULE", "rule.csv", FRAMEWORK + "2025,QUAN,1,,Lĩnh vực 1,40,group,\n2025,QUAN,1.1,1,Tiêu chí 1,40,ratio,metric=plan.completed; >=0.9:1\n",
                        3, "rule", "metric=plan.completed; >=0.9:1"),
                utf8("BANDS_INCOMPLETE", "bands.csv", BANDS + "2025,QUAN,Tốt,80\n2025,QUAN,Khá,50\n", 2, "min_index", "2025"),
                utf8("CHANNEL", "channel.csv", DOSSIERS + "2024,019,HS-1,,2024-02-20,2024-03-05,,email\n", 2, "channel", "email"),
                utf8("ANSWER", "answer.csv", SURVEY + "2024,019,R001,S1,5\n2024,019,R001,S2,6\n", 3, "answer", "'6'"),
                utf8("TOO_LONG", "too-long.csv", APPRAISAL + "2024,019,1.1,14,\"" + "x".repeat(4001) + "\"\n", 2, "comment", "4001"),
                utf8("TOO_LONG", "long-band.csv", BANDS + "2025,QUAN," + "B".repeat(201) + ",0\n", 2, "band", "201"),
                utf8("TOO_LONG", "long-procedure.csv", DOSSIERS + "2024,019,HS-1," + "P".repeat(65) + ",2024-02-20,2024-03-05,,online\n",
                        2, "procedure_code", "65"),
                // Group names and merged units (SPEC §3 units, §13; issue 15).
                utf8("GROUP_NAME", "group-name.csv", MERGED + "099,Huyện thử,HUYEN,Huyện,\n098,Huyện thử hai,HUYEN,Các huyện,\n", 3,
                        "group_name", "'Huyện' (dòng 2) và 'Các huyện'"),
                utf8("UNKNOWN_UNIT", "predecessor-unknown.csv", MERGED + "099,Quận mới,QUAN,,019 Q99\n", 2, "predecessors", "'Q99'"),
                utf8("UNKNOWN_UNIT", "predecessor-self.csv", MERGED + "099,Quận mới,QUAN,,019 099\n", 2, "predecessors", "'099'"),
                utf8("CODE", "predecessor-code.csv", MERGED + "099,Quận mới,QUAN,,019;021\n", 2, "predecessors", "'019;021'"),
                // Project additions (docs/decisions.md, Intake).
                utf8("QUOTE", "quote.csv", APPRAISAL + "2024,019,1.1,14,\"chưa đóng\n2024,021,1.1,13,ok\n", 2, "", "dòng 2"),
                utf8("METHOD", "method.csv", FRAMEWORK + "2025,QUAN,1,,Lĩnh vực 1,40,manual,\n", 2, "method", "manual"),
                // Workbooks (SPEC §11): a row's line is its sheet row number.
                new Case("CODE", "unit-number.xlsx", appraisalWorkbook(List.of(2024, 19, new Text("1.1"), 14, "ok")), 2, "unit_code", "(19)"),
                new Case("CODE", "criterion-number.xlsx", appraisalWorkbook(List.of(2024, new Text("019"), 1.1, 14, "ok")), 2,
                        "criterion_code", "(1.1)"),
                new Case("CODE", "criterion-date.xlsx", appraisalWorkbook(List.of(2024, new Text("019"), LocalDate.of(2024, 1, 10), 14, "ok")),
                        2, "criterion_code", "2024-01-10"),
                new Case("CODE", "leading-zero.xlsx", Workbooks.xlsx(List.of(List.of("unit_code", "unit_name", "group_code"),
                        List.of(new Text("099"), "Huyện thử", new Text("HUYEN")), List.of(new Text("19"), "Quận Nam Từ Liêm", new Text("QUAN")))),
                        3, "unit_code", "'19'"),
                new Case("CODE", "predecessor-number.xlsx", Workbooks.xlsx(List.of(List.of("unit_code", "unit_name", "group_code", "predecessors"),
                        List.of(new Text("099"), "Quận mới", new Text("QUAN"), 19))), 2, "predecessors", "(19)"),
                new Case("CELL", "error-cell.xlsx", appraisalWorkbook(List.of(2024, new Text("019"), new Text("1.1"),
                        new ErrorCell(FormulaError.DIV0), "ok")), 2, "appraised_score", "#DIV/0!"),
                new Case("FIELD_COUNT", "outside.xlsx", appraisalWorkbook(Arrays.asList(2024, new Text("019"), new Text("1.1"), 14, "ok",
                        null, "thêm")), 2, "", "G2"),
                new Case("OUT_OF_RANGE", "range.xlsx", appraisalWorkbook(List.of(2024, new Text("019"), new Text("1.1"), 15.5, "ok")), 2,
                        "appraised_score", "15.5"),
                // SPEC §13: a workbook message names its cell, never the CSV's delimiters; a date that does not exist says so
                new Case("NUMBER", "text-comma.xlsx", appraisalWorkbook(List.of(2024, new Text("019"), new Text("1.1"), new Text("2,5"), "ok")),
                        2, "appraised_score", "Ô D2: Giá trị '2,5'"),
                utf8("DATE", "no-such-day.csv", DOSSIERS + "2024,019,HS-1,P1,31/02/2024,2024-03-05,,online\n", 2, "received_at",
                        "Ngày '31/02/2024' ở cột 'received_at' không tồn tại: tháng 2 năm 2024 không có ngày 31 (tháng này có 29 ngày)"),
                new Case("FORMAT", "encrypted.xlsx", Workbooks.encrypted(appraisalWorkbook(List.of(2024, new Text("019"), new Text("1.1"),
                        14, "ok")), "bí mật"), 0, "", "mật khẩu"),
                new Case("FORMAT", "bomb.xlsx", Workbooks.zipBomb(appraisalWorkbook(List.of(2024, new Text("019"), new Text("1.1"), 14, "ok")),
                        100), 0, "", "zip bomb"));
        // .xls, .xlsm and .ods are refused before they are opened: InboxFilesTest
    }

    private static byte[] appraisalWorkbook(List<Object> row) {
        return Workbooks.xlsx(List.of(List.of("year", "unit_code", "criterion_code", "appraised_score", "comment"), row));
    }

    static Stream<Case> spreadsheetNumbers() {
        return Stream.of(
                utf8("CODE", "comma.csv", APPRAISAL + "2024,019,\"1,1\",14,ok\n", 2, "criterion_code", "'1.1'"),
                utf8("DUPLICATE_KEY", "tenth.csv", APPRAISAL + "2024,019,1.1,14,ok\n2024,019,1.1,10,x\n", 3,
                        "year, unit_code, criterion_code", "1.10"),
                utf8("CODE", "zeros.csv", UNITS + "19,Quận Nam Từ Liêm,QUAN,quận,,\n", 2, "unit_code", "'019'"));
    }

    /**
     * Codes a spreadsheet turned into numbers: the message says what happened and how to type them (issue 13);
     * {@code value} here is what the message must name besides the advice to format the column as text.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("spreadsheetNumbers")
    void codesASpreadsheetTookForNumbersGetTheSpreadsheetHint(Case bad) {
        Installation parindex = installation();
        parindex.dropExamples(REFERENCES);
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();

        parindex.drop(bad.fileName(), bad.content());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isEqualTo(4);

        ErrorReport report = ErrorReport.read(FileMover.errorReportOf(home.resolve("input/rejected").resolve(bad.fileName())));
        assertThat(report.withCode(bad.code())).as(report.toString()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.line()).isEqualTo(bad.line());
            assertThat(row.column()).isEqualTo(bad.column());
            assertThat(row.message()).contains(bad.value(), "Văn bản (Text)");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void malformedFileIsRejectedWholeWithItsLineColumnAndValue(Case bad) {
        Installation parindex = installation();
        parindex.dropExamples(REFERENCES);
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        Map<String, Object> before = Warehouse.contents(parindex);

        parindex.drop(bad.fileName(), bad.content());
        Result result = parindex.run("run", "--settle", "0");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(4);
        assertThat(parindex.inboxFiles()).isEmpty();
        assertThat(home.resolve("input/rejected").resolve(bad.fileName())).exists();
        ErrorReport report = ErrorReport.read(FileMover.errorReportOf(home.resolve("input/rejected").resolve(bad.fileName())));
        assertThat(report.withCode(bad.code())).as(report.toString())
                .anySatisfy(row -> {
                    assertThat(row.line()).isEqualTo(bad.line());
                    assertThat(row.column()).isEqualTo(bad.column());
                    assertThat(row.message()).isNotBlank();
                    if (bad.value() != null) {
                        assertThat(row.message()).contains(bad.value());
                    }
                    if (bad.fileName().endsWith(".xlsx")) {
                        assertThat(row.message()).doesNotContain("phân cách", "dấu chấm phẩy");
                    }
                });
        assertThat(Warehouse.contents(parindex)).isEqualTo(before);
        assertThat(Warehouse.statusOf(parindex, bad.fileName())).containsExactly("rejected");
    }

    private static Case utf8(String code, String name, String content, long line, String column, String value) {
        return new Case(code, name, content.getBytes(StandardCharsets.UTF_8), line, column, value);
    }

    /** What a plain Excel "CSV" save writes under Vietnamese settings: á is the single byte 0xE1. */
    private static byte[] windows1258(String text) {
        return text.getBytes(java.nio.charset.Charset.forName("windows-1258"));
    }
}

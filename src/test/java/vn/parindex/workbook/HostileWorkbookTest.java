package vn.parindex.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.submission.FileError;
import vn.parindex.submission.ReferenceData;
import vn.parindex.submission.SubmissionReader;
import vn.parindex.support.HostileWorkbooks;
import vn.parindex.support.Workbooks;

/**
 * Issue 21's workbooks (SPEC §3, work per file bounded): what each is rejected with. How long they take is measured
 * by {@code scripts/bench-hostile} (docs/fuzzing.md), not here.
 */
class HostileWorkbookTest {

    @TempDir
    Path dir;

    private final ReferenceData none = new ReferenceData(Map.of(), Map.of());

    @Test
    void aSharedStringReferencedByEveryRowIsTooLargeOnceTheCellsExpandPastAHundredTimesTheFile() {
        Path file = Workbooks.write(dir.resolve("long.xlsx"), HostileWorkbooks.longSharedString(999_000, 20_000));

        SubmissionReader.Result result = SubmissionReader.read(file, none, record -> { });

        // the rows read before the bound was passed keep their own errors, after TOO_LARGE, which comes first
        List<FileError> errors = result.errors().report();
        FileError last = errors.get(0);
        assertThat(last.code()).isEqualTo("TOO_LARGE");
        assertThat(last.line()).isZero();
        assertThat(last.message()).contains("100 lần").doesNotContain(dir.toString());
        assertThat(errors).hasSizeLessThan(200);
    }

    @Test
    void belowTheBoundTheSameStringIsReadAndCheckedAtEachUse() {
        // 30 uses of a 30,000-character string: 900,000 characters from a file of about 70 KB, under 100 times its size
        Path file = Workbooks.write(dir.resolve("long.xlsx"), HostileWorkbooks.longSharedString(30_000, 30));

        SubmissionReader.Result result = SubmissionReader.read(file, none, record -> { });

        assertThat(result.rows()).isEqualTo(30);
        assertThat(result.errors().report()).extracting(FileError::code).doesNotContain("TOO_LARGE")
                .contains("TOO_LONG");
    }

    @Test
    void tooLargeLeadsTheReportEvenPastAThousandRowErrors() {
        // a 3,000-letter note in 20,000 rows: 60 million characters from a file of about 70 KB; every row also names
        // an unknown unit, so a thousand row errors come before the bound is reached
        Path file = Workbooks.write(dir.resolve("repeated.xlsx"), HostileWorkbooks.longSharedString(3_000, 20_000));

        SubmissionReader.Result result = SubmissionReader.read(file, none, record -> { });

        List<FileError> report = result.errors().report();
        assertThat(report.get(0).code()).isEqualTo("TOO_LARGE");
        assertThat(report).hasSize(1001);
        assertThat(report.get(1000).code()).isEqualTo("TRUNCATED");
    }

    @Test
    void aCellAtColumnXfdIsNamedByItsAddressInEveryRow() {
        Path file = Workbooks.write(dir.resolve("wide.xlsx"), HostileWorkbooks.wideRows(2_000));

        SubmissionReader.Result result = SubmissionReader.read(file, none, record -> { });

        assertThat(result.rows()).isEqualTo(2_000);
        assertThat(result.errors().count()).isEqualTo(2_000);
        List<FileError> errors = result.errors().kept();
        assertThat(errors.get(0).code()).isEqualTo("FIELD_COUNT");
        assertThat(errors.get(0).line()).isEqualTo(2);
        assertThat(errors.get(0).message()).contains("Ô XFD2").contains("cột XFD");
        assertThat(errors.get(999).message()).contains("Ô XFD1001");
    }

    @Test
    void aPackageHoldingAPartTwiceIsFormatWithoutTheInstallationsPathOrTheExceptionsText() {
        Path file = Workbooks.write(dir.resolve("dup_entry.xlsx"), HostileWorkbooks.duplicatedEntry());

        SubmissionReader.Result result = SubmissionReader.read(file, none, record -> { });

        List<FileError> errors = new ArrayList<>(result.errors().report());
        assertThat(errors).extracting(FileError::code).containsExactly("FORMAT");
        assertThat(errors.get(0).message())
                .doesNotContain(dir.toString()).doesNotContain("dup_entry").doesNotContain("/")
                .doesNotContain("Exception").doesNotContain("Can't").doesNotContain("specified file")
                .contains("Save As");
    }

    /** Found by the workbook fuzz campaign (issue 21): the error names a sheet row, never one past row 1,048,576. */
    @Test
    void aRowAfterTheLastRowASheetHasIsNamedAtThatLastRow() {
        byte[] xlsx = Workbooks.withSheetXml(HostileWorkbooks.sheet(HostileWorkbooks.inlineRow("unit_code", "unit_name", "group_code"),
                HostileWorkbooks.inlineRow("019", "Quận Nam Từ Liêm", "QUAN"), HostileWorkbooks.inlineRow("021", "Quận Bắc Từ Liêm", "QUAN")),
                xml -> xml.replace("<row r=\"2\">", "<row r=\"1048576\">").replace("<row r=\"3\">", "<row r=\"10\">"));
        Path file = Workbooks.write(dir.resolve("last_row.xlsx"), xlsx);

        SubmissionReader.Result result = SubmissionReader.read(file, none, record -> { });

        assertThat(result.accepted()).isFalse();
        assertThat(result.errors().report()).extracting(FileError::code, FileError::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FORMAT", 1_048_576L));
        assertThat(result.errors().report().get(0).message()).contains("số dòng 10 không theo thứ tự");
    }
}

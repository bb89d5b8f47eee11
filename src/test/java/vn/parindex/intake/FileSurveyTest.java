package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.submission.Kind;
import vn.parindex.submission.SubmissionReader;
import vn.parindex.support.Workbooks;
import vn.parindex.installation.Sha256;

/** One read of a staged file: its hash, its kind and the units it names, a workbook as a CSV file. */
class FileSurveyTest {

    @TempDir
    Path dir;

    @org.junit.jupiter.api.AfterEach
    void forgetKeptStrings() {
        vn.parindex.workbook.XlsxFileReader.forgetAllStrings();
    }

    @Test
    void aCsvFileIsHashedKindedAndItsUnitsCollectedInOneRead() throws IOException {
        Path file = Files.writeString(dir.resolve("self.csv"), "\n year;Unit_Code;criterion_code;self_score\r\n2024;019;1.1;5\r\n"
                + "2024; 021 ;1.2;4\r\n2024;019;1.3;3\r\n", StandardCharsets.UTF_8);

        FileSurvey survey = FileSurvey.of(file);

        assertThat(survey.sha256()).isEqualTo(Sha256.of(file));
        assertThat(survey.kind()).isEqualTo(Kind.SELF_ASSESSMENT).isEqualTo(SubmissionReader.peekKind(file));
        assertThat(survey.units()).contains(Set.of("019", "021"));
        assertThat(survey.identity()).isEqualTo(FileIdentity.of(file));
    }

    @Test
    void whatCannotBeToldIsNullOrEmptyButTheHashIsAlwaysThere() throws IOException {
        Path unknown = Files.writeString(dir.resolve("what.csv"), "what,is,this\n1,2,3\n");
        Path undecodable = Files.write(dir.resolve("cp1258.csv"), "year,unit_code,numerator,denominator,metric_code\n".getBytes(StandardCharsets.UTF_8));
        Files.write(undecodable, new byte[] {'2', '0', '2', '4', ',', (byte) 0xD0, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Path units = Files.writeString(dir.resolve("units.csv"), "unit_code,unit_name,group_code\n019,A,QUAN\n");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");

        assertThat(FileSurvey.of(unknown).kind()).isNull();
        assertThat(FileSurvey.of(undecodable).kind()).as("a bad byte below the header").isEqualTo(Kind.METRICS);
        assertThat(FileSurvey.of(undecodable).units()).isEmpty();
        assertThat(FileSurvey.of(units).kind()).isEqualTo(Kind.UNITS);
        assertThat(FileSurvey.of(units).units()).as("not asked for reference kinds").isEmpty();
        assertThat(FileSurvey.of(empty).kind()).isNull();
        for (Path file : List.of(unknown, undecodable, units, empty)) {
            assertThat(FileSurvey.of(file).sha256()).isEqualTo(Sha256.of(file));
        }
    }

    @Test
    void aWorkbookGivesWhatACsvFileGives() throws IOException {
        Path csv = Files.writeString(dir.resolve("metrics.csv"), "year,unit_code,metric_code,numerator,denominator\n"
                + "2024,019,M1,1,2\n2024,U7,M1,1,2\n2024,019,M2,1,2\n");
        Path xlsx = dir.resolve("metrics.xlsx");
        Files.write(xlsx, Workbooks.fromCsv(csv));
        Path notAWorkbook = Files.writeString(dir.resolve("renamed.xlsx"), "year,unit_code\n");

        FileSurvey survey = FileSurvey.of(xlsx);

        assertThat(survey.sha256()).isEqualTo(Sha256.of(xlsx));
        assertThat(survey.kind()).isEqualTo(Kind.METRICS).isEqualTo(FileSurvey.of(csv).kind());
        assertThat(survey.units()).as("read only when asked").isEmpty();
        assertThat(survey.withWorkbookUnits(xlsx).units()).isEqualTo(FileSurvey.of(csv).units()).contains(Set.of("019", "u7"));
        assertThat(survey.withWorkbookUnits(xlsx).sha256()).isEqualTo(survey.sha256());
        assertThat(FileSurvey.of(notAWorkbook).kind()).isNull();
        assertThat(FileSurvey.of(notAWorkbook).units()).isEqualTo(Optional.empty());
    }
}

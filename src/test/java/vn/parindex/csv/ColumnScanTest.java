package vn.parindex.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnScanTest {

    @TempDir
    Path dir;

    @Test
    void distinctValuesOfTheColumnCoarsenedWhateverTheDialect() throws IOException {
        assertThat(ColumnScan.distinct(file("year,unit_code,x\n2024,019,1\n2024, 019 ,2\n2025,U7,3\n\n,,\n"), "unit_code", 10))
                .contains(java.util.Set.of("019", "u7"));
        assertThat(ColumnScan.distinct(file("\uFEFFyear;Unit_Code;x\r\n2024;\"0;19\";\"a \"\"b\"\"\"\r\n2024;\"021\";2\r\n"), "unit_code", 10))
                .as("semicolons, CRLF, quoted fields with the delimiter and doubled quotes").contains(java.util.Set.of("0;19", "021"));
        assertThat(ColumnScan.distinct(file("\n\nyear,unit_code\n2024,005\n"), "unit_code", 10))
                .as("blank lines above the header").contains(java.util.Set.of("005"));
    }

    @Test
    void noAnswerWhereTheFullReaderCouldSeeItOtherwise() throws IOException {
        assertThat(ColumnScan.distinct(file("year,unit_code,note\n2024,019,\"two\nlines\"\n2024,021,x\n"), "unit_code", 10))
                .as("a field running over a line").isEmpty();
        assertThat(ColumnScan.distinct(file("year,unit_code\n2024,Phường1\n"), "unit_code", 10)).as("non-ASCII code").isEmpty();
        assertThat(ColumnScan.distinct(file("year,unit_code,unit_code\n2024,019,021\n"), "unit_code", 10)).as("named twice").isEmpty();
        assertThat(ColumnScan.distinct(file("year,unit\n2024,019\n"), "unit_code", 10)).as("no such column").isEmpty();
        assertThat(ColumnScan.distinct(file("year,unit_code\n2024,1\n2024,2\n2024,3\n"), "unit_code", 2)).as("too many").isEmpty();
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, "\uFEFFyear,unit_code\n2024,019\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(ColumnScan.distinct(utf16, "unit_code", 10)).as("UTF-16").isEmpty();
        assertThat(ColumnScan.distinct(dir.resolve("missing.csv"), "unit_code", 10)).isEmpty();
    }

    @Test
    void oneReadGivesTheHeaderAndTheValuesAsTheFullReaderAndTheFileScanDo() throws IOException {
        String text = "\uFEFFyear;Unit_Code;x\r\n2024;\"0;19\";1\r\n2024;021;2\r\n";
        ColumnScan.Survey survey = ColumnScan.survey(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "unit_code", 10);

        try (CsvFileReader csv = CsvFileReader.open(file(text))) {
            assertThat(survey.header()).isEqualTo(csv.header());
        }
        assertThat(survey.values()).contains(java.util.Set.of("0;19", "021"));
        assertThat(survey.headerRunsOn()).isFalse();
        assertThat(ColumnScan.survey(new java.io.ByteArrayInputStream("\n\n".getBytes(StandardCharsets.UTF_8)), "unit_code", 10).header())
                .as("no header").isNull();
    }

    @Test
    void aHeaderBelowMegabytesOfBlankLinesIsStillReadWhereTheSingleReadGivesUp() throws IOException {
        String text = ",,,\n".repeat(CsvFileReader.MOST_BYTES_BEFORE_HEADER_END / 4 + 10) + "year,unit_code\n2024,019\n";
        Path file = file(text);

        assertThat(ColumnScan.survey(Files.newInputStream(file), "unit_code", 10).headerRunsOn()).isTrue();
        try (CsvFileReader csv = CsvFileReader.open(file)) {
            assertThat(csv.header().names()).containsExactly("year", "unit_code");
            assertThat(csv.next().values()).containsExactly("2024", "019");
        }
    }

    private int files;

    private Path file(String text) throws IOException {
        Path file = dir.resolve("f" + (++files) + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}

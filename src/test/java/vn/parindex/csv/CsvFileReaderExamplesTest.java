package vn.parindex.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.csv.CsvTestFiles.row;
import static vn.parindex.csv.CsvTestFiles.rowsOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example bundled with the tests (src/test/resources/examples), and a byte-exact copy of its Excel-style file. */
class CsvFileReaderExamplesTest {
    private static final Path EXAMPLES = vn.parindex.support.Installation.EXAMPLES;

    @TempDir
    Path dir;

    /** Bytes of examples/self-019.csv written inline, so the Excel-style line endings are visible in the test. */
    @Test
    void excelVietnameseStyleFileParses() throws IOException {
        Path file = dir.resolve("self-019.csv");
        Files.writeString(file, "year;unit_code;criterion_code;self_score;evidence;note\r\n"
                + "2024;019;1.1;14,5;Kế hoạch số 12/KH-UBND;\r\n", StandardCharsets.UTF_8);

        assertSelf019(file);
    }

    @Test
    void exampleSelf019Parses() {
        Path file = EXAMPLES.resolve("self-019.csv");

        assertSelf019(file);
    }

    @Test
    void exampleMetricsParses() {
        Path file = EXAMPLES.resolve("metrics-2024.csv");

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.dialect().delimiter()).isEqualTo(';');
            assertThat(reader.header().names()).containsExactly("year", "unit_code", "metric_code", "numerator", "denominator");
            assertThat(reader.next()).isEqualTo(row(2, "2024", "019", "plan.completed", "21", "22"));
            assertThat(reader.next()).isEqualTo(row(3, "2024", "021", "plan.completed", "20", "22"));
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void exampleFrameworkKeepsQuotedCommas() {
        Path file = EXAMPLES.resolve("framework-2024.csv");

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.dialect().numberStyle()).isEqualTo(NumberStyle.POINT_DECIMAL);
            assertThat(reader.next()).isEqualTo(row(2, "2024", "QUAN", "1", "",
                    "Công tác chỉ đạo, điều hành cải cách hành chính", "40", "group", ""));
        }
    }

    @Test
    void everyExampleParsesWithRowsOfTheHeaderWidth() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(EXAMPLES)) {
            files = listing.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);

        for (Path file : files) {
            try (CsvFileReader reader = CsvFileReader.open(file)) {
                int width = reader.header().names().size();
                assertThat(reader.header().line()).as(file.toString()).isEqualTo(1);
                List<CsvRow> rows = rowsOf(file);
                assertThat(rows).as(file.toString()).isNotEmpty()
                        .allSatisfy(r -> assertThat(r.values()).hasSize(width));
            }
        }
    }

    private static void assertSelf019(Path file) {
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.dialect()).isEqualTo(
                    new CsvDialect(StandardCharsets.UTF_8, false, ';', NumberStyle.COMMA_DECIMAL));
            assertThat(reader.header()).isEqualTo(new CsvHeader(1,
                    List.of("year", "unit_code", "criterion_code", "self_score", "evidence", "note")));
            CsvRow row = reader.next();
            assertThat(row).isEqualTo(row(2, "2024", "019", "1.1", "14,5", "Kế hoạch số 12/KH-UBND", ""));
            assertThat(NumberParser.of(reader.dialect().numberStyle()).parse(row.values().get(3)).value())
                    .isEqualByComparingTo("14.5");
            assertThat(reader.hasNext()).isFalse();
        }
    }
}

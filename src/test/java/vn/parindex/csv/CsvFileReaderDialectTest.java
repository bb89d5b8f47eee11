package vn.parindex.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.csv.CsvTestFiles.row;
import static vn.parindex.csv.CsvTestFiles.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvFileReaderDialectTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            comma     | ,  | POINT_DECIMAL | 96.7
            semicolon | ;  | COMMA_DECIMAL | 96,7
            tab       | '\t' | COMMA_DECIMAL | 96,7
            """)
    void delimiterAndNumberStyleFollowTheHeader(String name, char delimiter, NumberStyle style, String number) {
        String d = String.valueOf(delimiter);
        Path file = write(dir, name + ".csv", String.join(d, "year", "unit_code", "self_score") + "\n"
                + String.join(d, "2024", "019", number) + "\n");

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.dialect().delimiter()).isEqualTo(delimiter);
            assertThat(reader.dialect().numberStyle()).isEqualTo(style);
            assertThat(reader.header().names()).containsExactly("year", "unit_code", "self_score");
            assertThat(reader.next()).isEqualTo(row(2, "2024", "019", number));
            assertThat(NumberParser.of(reader.dialect().numberStyle()).parse(number).value()).isEqualByComparingTo("96.7");
        }
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            'a;b;c,d'           | ';'
            'a,b,c;d'           | ','
            'a\tb\tc;d'         | '\t'
            'a;b,c'             | ','
            'a;b\tc'            | ','
            'single_column'     | ','
            '"x;y;z",b'         | ','
            '"a,b,c";"d";e'     | ';'
            """)
    void mostFrequentDelimiterOutsideQuotesWinsAndTiesGoToComma(String headerLine, char expected) {
        Path file = write(dir, "h.csv", headerLine.replace("\\t", "\t") + "\n");

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.dialect().delimiter()).isEqualTo(expected);
        }
    }

    @Test
    void linesOfAnotherDelimiterBeforeTheHeaderAreSkipped() {
        Path file = write(dir, "before.csv", ";;;\n\t\t\n ; \na,b\n1,2\n");

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.dialect().delimiter()).isEqualTo(',');
            assertThat(reader.header()).isEqualTo(new CsvHeader(4, List.of("a", "b")));
            assertThat(reader.next()).isEqualTo(row(5, "1", "2"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ','
            ';'
            '\t'
            """)
    void clearedRowsOfDelimitersAreBlankInEveryDialect(char delimiter) {
        String d = String.valueOf(delimiter);
        String cleared = d.repeat(3);
        Path file = write(dir, "cleared.csv", cleared + "\n" + "a" + d + "b" + d + "c" + d + "d\n"
                + cleared + "\n1" + d + "2" + d + "3" + d + "4\n" + cleared + "\n");

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.dialect().delimiter()).isEqualTo(delimiter);
            assertThat(reader.header()).isEqualTo(new CsvHeader(2, List.of("a", "b", "c", "d")));
            List<CsvRow> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            assertThat(rows).containsExactly(row(4, "1", "2", "3", "4"));
        }
    }
}

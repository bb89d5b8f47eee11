package vn.parindex.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.csv.CsvTestFiles.row;
import static vn.parindex.csv.CsvTestFiles.rowsOf;
import static vn.parindex.csv.CsvTestFiles.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reported lines are physical lines where a record starts, whatever came before it. */
class CsvFileReaderLinesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "line end {0}")
    @ValueSource(strings = {"LF", "CRLF", "CR"})
    void recordAfterMultiLineFieldAndBlankLineHasItsExactLine(String lineEnd) {
        String eol = switch (lineEnd) {
            case "LF" -> "\n";
            case "CRLF" -> "\r\n";
            default -> "\r";
        };
        String text = String.join(eol,
                "year,unit_code,note",                          // 1
                "2024,019,\"first line",                        // 2
                "second line, with comma",                      // 3
                "third \"\"quoted\"\" line\"",                  // 4
                "",                                             // 5
                "2024,021,plain",                               // 6
                "   ",                                          // 7
                ",,",                                           // 8
                "2024,005,\"a",                                 // 9
                "b\"",                                          // 10
                "2024,007,last") + eol;                         // 11
        Path file = write(dir, "multi.csv", text);

        assertThat(rowsOf(file)).containsExactly(
                row(2, "2024", "019", "first line" + eol + "second line, with comma" + eol + "third \"quoted\" line"),
                row(6, "2024", "021", "plain"),
                row(9, "2024", "005", "a" + eol + "b"),
                row(11, "2024", "007", "last"));
    }

    @Test
    void mixedLineEndsAndMissingFinalNewline() {
        Path file = write(dir, "mixed.csv", "\r\n\n  \r\na;b\r\n1;\"x\r\ny\ny\"\n\r\n;;\r2;z\n3;\"w\"");

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.header()).isEqualTo(new CsvHeader(4, List.of("a", "b")));
            assertThat(reader.next()).isEqualTo(row(5, "1", "x\r\ny\ny"));
            assertThat(reader.next()).isEqualTo(row(10, "2", "z"));
            assertThat(reader.next()).isEqualTo(row(11, "3", "w"));
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void headerSpanningLinesIsFoundAndCounted() {
        Path file = write(dir, "header.csv", "\n\"unit\ncode\",name\n019,X\n");

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.header()).isEqualTo(new CsvHeader(2, List.of("unit\ncode", "name")));
            assertThat(reader.next()).isEqualTo(row(4, "019", "X"));
        }
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndEmptyValues() {
        Path file = write(dir, "quotes.csv", "a,b,c,d\r\n\"x, y\",\"say \"\"hi\"\"\",\"\",  \"spaced\"  \r\n");

        assertThat(rowsOf(file)).containsExactly(row(2, "x, y", "say \"hi\"", "", "spaced"));
    }

    @Test
    void quoteInsideAnUnquotedValueIsKept() {
        Path file = write(dir, "inner.csv", "a,b\n12\" pipe,x\n");

        assertThat(rowsOf(file)).containsExactly(row(2, "12\" pipe", "x"));
    }

    @Test
    void fieldCountIsLeftToTheCaller() {
        Path file = write(dir, "count.csv", "a,b,c\n1,2\n1,2,3,4\n");

        assertThat(rowsOf(file)).containsExactly(row(2, "1", "2"), row(3, "1", "2", "3", "4"));
    }
}

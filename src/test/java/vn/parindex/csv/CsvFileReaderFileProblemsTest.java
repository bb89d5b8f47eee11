package vn.parindex.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.csv.CsvTestFiles.bytes;
import static vn.parindex.csv.CsvTestFiles.row;
import static vn.parindex.csv.CsvTestFiles.rowsOf;
import static vn.parindex.csv.CsvTestFiles.write;
import static vn.parindex.csv.CsvTestFiles.writeBytes;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFileReaderFileProblemsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "\r\n  \r\n\t\n", ",,,,\n;;;\r\n", "\u00A0\n"})
    void fileWithoutNonBlankLineIsEmpty(String text) {
        Path file = write(dir, "empty.csv", text);

        assertThatThrownBy(() -> CsvFileReader.open(file))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo("EMPTY");
                    assertThat(e.line()).isZero();
                    assertThat(e.getMessage()).startsWith("Tệp rỗng: không có dòng tiêu đề.");
                });
    }

    @Test
    void fileWithOnlyAByteOrderMarkIsEmpty() {
        Path file = writeBytes(dir, "bom-only.csv", bytes(0xEF, 0xBB, 0xBF));

        assertThatThrownBy(() -> CsvFileReader.open(file))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.code()).isEqualTo("EMPTY"));
    }

    @Test
    void missingFileIsAnIoProblemNotAFormatProblem() {
        assertThatThrownBy(() -> CsvFileReader.open(dir.resolve("absent.csv"))).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void unclosedQuoteNamesTheLineWhereTheRecordStarts() {
        Path file = write(dir, "unclosed.csv", "a,b\n1,x\n2,\"never closed\n3,y\n4,z\n");

        List<CsvRow> seen = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (CsvFileReader reader = CsvFileReader.open(file)) {
                reader.forEachRemaining(seen::add);
            }
        }).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.code()).isEqualTo("QUOTE");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("dòng 3");
        });
        assertThat(seen).containsExactly(row(2, "1", "x"));
    }

    @Test
    void textAfterAClosingQuoteIsAQuoteProblem() {
        Path file = write(dir, "trailing.csv", "a,b\n\n1,\"x\"y\n");

        assertThatThrownBy(() -> rowsOf(file))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo("QUOTE");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void runawayQuoteStopsAtTheRecordLimitInsteadOfFillingMemory() throws IOException {
        Path file = dir.resolve("runaway.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("a,b\n1,ok\n2,\"opened\n");
            String line = "x".repeat(99) + "\n";
            for (int i = 0; i < CsvFileReader.MAX_RECORD_CHARS / 100 + 1_000; i++) {
                out.write(line);
            }
        }

        assertThatThrownBy(() -> rowsOf(file))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo("TOO_LONG");
                    assertThat(e.line()).isEqualTo(3);
                });
    }
}

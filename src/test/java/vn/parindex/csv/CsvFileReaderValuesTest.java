package vn.parindex.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.csv.CsvTestFiles.bytes;
import static vn.parindex.csv.CsvTestFiles.row;
import static vn.parindex.csv.CsvTestFiles.rowsOf;
import static vn.parindex.csv.CsvTestFiles.write;
import static vn.parindex.csv.CsvTestFiles.writeBytes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileReaderValuesTest {
    @TempDir
    Path dir;

    @Test
    void decomposedTextComesBackComposed() {
        String nfd = Normalizer.normalize("Quận Cầu Giấy", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Quận Cầu Giấy");
        Path file = write(dir, "nfd.csv", Normalizer.normalize("mã,tên\n", Normalizer.Form.NFD) + "005," + nfd + "\n");

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.header().names()).containsExactly("mã", "tên");
            assertThat(reader.next().values()).containsExactly("005", "Quận Cầu Giấy");
        }
    }

    @Test
    void valuesAndNamesAreTrimmedButCaseIsKept() {
        Path file = write(dir, "trim.csv", "  Unit_Code ,  UNIT_NAME  \n 019 ,\t\" Quận 1\u00A0\" \t\n");

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.header().names()).containsExactly("Unit_Code", "UNIT_NAME");
            assertThat(reader.next()).isEqualTo(row(2, "019", "Quận 1"));
        }
    }

    @Test
    void strayByteOrderMarkCharacterIsTrimmedToo() {
        Path file = writeBytes(dir, "double-bom.csv", bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF),
                "year,unit_code\n2024,019\n".getBytes(StandardCharsets.UTF_8));

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.header().names()).containsExactly("year", "unit_code");
        }
    }

    @Test
    void leadingZerosAndInnerSpacesAreKept() {
        Path file = write(dir, "codes.csv", "unit_code,name\n019,Nam  Từ Liêm\n");

        assertThat(rowsOf(file)).containsExactly(row(2, "019", "Nam  Từ Liêm"));
    }

    @Test
    void headerWithoutRowsHasNoNext() {
        Path file = write(dir, "header-only.csv", "a,b\n\n,\n");

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.header().names()).containsExactly("a", "b");
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void hasNextDoesNotSkipRows() {
        Path file = write(dir, "repeat.csv", "a\n1\n2\n");

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.next().values()).isEqualTo(List.of("1"));
            assertThat(reader.next().values()).isEqualTo(List.of("2"));
            assertThat(reader.hasNext()).isFalse();
        }
    }
}

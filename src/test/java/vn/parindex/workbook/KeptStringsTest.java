package vn.parindex.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.csv.CsvRow;
import vn.parindex.support.Workbooks;

/** A workbook's shared strings read once, for the next reading of the same unchanged file. */
class KeptStringsTest {

    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        XlsxFileReader.forgetAllStrings();
    }

    @Test
    void theNextReaderOfTheSameWorkbookTakesItsStringsAndReadsTheSameRows() throws IOException {
        Path file = Workbooks.write(dir.resolve("w.xlsx"), Workbooks.xlsx(List.<List<Object>>of(List.of("year", "unit_code"),
                List.of(2024, "U1"), List.of(2024, "U2"))));

        List<List<String>> first = rows(XlsxFileReader.open(file, true));
        assertThat(KeptStrings.count()).isEqualTo(1);
        SharedStrings kept = KeptStrings.take(file);
        assertThat(kept).isNotNull();
        assertThat(KeptStrings.take(file)).as("one reader at a time").isNull();
        KeptStrings.giveBack(file);

        assertThat(rows(XlsxFileReader.open(file))).isEqualTo(first).containsExactly(List.of("2024", "U1"), List.of("2024", "U2"));
        assertThat(KeptStrings.count()).as("kept until forgotten").isEqualTo(1);
        XlsxFileReader.forgetStrings(file);
        assertThat(KeptStrings.count()).isZero();
    }

    @Test
    void aChangedWorkbookIsReadAfresh() throws IOException {
        Path file = Workbooks.write(dir.resolve("w.xlsx"), Workbooks.xlsx(List.<List<Object>>of(List.of("year", "unit_code"), List.of(2024, "U1"))));
        rows(XlsxFileReader.open(file, true));

        Files.write(file, Workbooks.xlsx(List.<List<Object>>of(List.of("year", "unit_code"), List.of(2024, "U9"), List.of(2025, "U8"))));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));

        assertThat(rows(XlsxFileReader.open(file))).containsExactly(List.of("2024", "U9"), List.of("2025", "U8"));
        assertThat(KeptStrings.count()).isZero();
    }

    private static List<List<String>> rows(XlsxFileReader reader) {
        List<List<String>> rows = new ArrayList<>();
        try (reader) {
            reader.forEachRemaining((CsvRow row) -> rows.add(row.values()));
        }
        return rows;
    }
}

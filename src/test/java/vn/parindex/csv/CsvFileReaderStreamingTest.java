package vn.parindex.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileReaderStreamingTest {
    private static final int ROWS = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void millionRowFileIsIteratedOneRowAtATime() throws IOException {
        Path file = dir.resolve("survey.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("year;unit_code;respondent_id;question_code;answer\r\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("2024;019;R" + i + ";S1;" + (i % 5 + 1) + "\r\n");
            }
        }

        long count = 0;
        long answerSum = 0;
        CsvRow last = null;
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            while (reader.hasNext()) {
                last = reader.next();
                answerSum += Integer.parseInt(last.values().get(4));
                count++;
            }
        }

        assertThat(count).isEqualTo(ROWS);
        assertThat(answerSum).isEqualTo(3L * ROWS);
        assertThat(last).isEqualTo(CsvTestFiles.row(ROWS + 1, "2024", "019", "R" + (ROWS - 1), "S1", "5"));
    }
}

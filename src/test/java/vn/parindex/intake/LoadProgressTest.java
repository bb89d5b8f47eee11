package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoadProgressTest {

    @Test
    void lineSaysRowsDoneAndRowsPerSecond() {
        LoadProgress progress = new LoadProgress(System.out, "dossiers-019.csv");
        assertThat(progress.line(1_200_000, 4_000_000_000L)).isEqualTo("loading dossiers-019.csv: 1,200,000 rows, 300,000 rows/s");
    }

    @Test
    void shortLoadPrintsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LoadProgress progress = new LoadProgress(new PrintStream(out, true, StandardCharsets.UTF_8), "units.csv");
        for (int i = 0; i < 10_000; i++) {
            progress.row();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}

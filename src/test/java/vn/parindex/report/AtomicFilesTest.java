package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report that cannot be written whole (a full disk) leaves the previous one in place and no partial file. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesNoTemporaryFileAndTheOldReport() throws IOException {
        Path report = dir.resolve("ranking-2024.csv");
        Files.writeString(report, "yesterday");

        assertThatThrownBy(() -> AtomicFiles.write(report, out -> {
            out.write(new byte[64 * 1024]);
            throw new IOException("No space left on device");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("ranking-2024.csv");

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
        assertThat(Files.readString(report)).isEqualTo("yesterday");
    }
}

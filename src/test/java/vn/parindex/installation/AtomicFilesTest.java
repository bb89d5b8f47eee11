package vn.parindex.installation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aNameOfTwoHundredFiftyFiveBytesIsWrittenThroughATemporaryNameThatFits() throws Exception {
        String stem = "Báo cáo tự đánh giá cải cách hành chính năm 2024 của Quận Nam Từ Liêm ".repeat(4);
        String name = stem;
        while ((name + ".errors.xlsx").getBytes(StandardCharsets.UTF_8).length > 255) {
            name = name.substring(0, name.length() - 1);
        }
        name = name + ".errors.xlsx";
        String temporary = AtomicFiles.temporaryName(name);
        assertThat(temporary.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(temporary).startsWith(".Báo cáo").endsWith(".tmp").isNotEqualTo(AtomicFiles.temporaryName(name.replace("2024", "2025")));
        assertThat(AtomicFiles.temporaryName("ranking-2024.csv")).isEqualTo(".ranking-2024.csv.tmp");

        Path target = dir.resolve(name);
        AtomicFiles.write(target, out -> out.write("x".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("x");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }
}

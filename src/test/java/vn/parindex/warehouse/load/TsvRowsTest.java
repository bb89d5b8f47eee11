package vn.parindex.warehouse.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class TsvRowsTest {

    @Test
    void writesWhatLoadDataReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TsvRows rows = new TsvRows(out)) {
            rows.field(7L).field("Quận\tNam\\Từ\nLiêm\r").field(null).field(true).field(false)
                    .field(LocalDateTime.of(2024, 1, 5, 8, 12)).field(LocalDateTime.of(2100, 12, 31, 23, 59, 7)).endRow();
            rows.row(-42, Long.MIN_VALUE, (short) 2025, "a\u0000b", "😀", "\uD800x");
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("7\tQuận\\tNam\\\\Từ\\nLiêm\\r\t\\N\t1\t0\t2024-01-05 08:12:00\t2100-12-31 23:59:07\n"
                + "-42\t-9223372036854775808\t2025\ta\\0b\t😀\t?x\n");
    }

    /** The bytes equal what Java's own UTF-8 writer makes of the same escaped text, across buffer boundaries. */
    @RepeatedTest(50)
    void encodesLikeJavasUtf8Writer(RepetitionInfo repetition) throws IOException {
        Random random = new Random(repetition.getCurrentRepetition());
        String[] pieces = {"a", "Z", "9", " ", "ệ", "Đ", "ư", "€", "😀", "中", "\t", "\\", "\n"};
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        ByteArrayOutputStream javas = new ByteArrayOutputStream();
        try (TsvRows rows = new TsvRows(ours); Writer writer = new OutputStreamWriter(javas, StandardCharsets.UTF_8)) {
            for (int row = 0; row < 2000; row++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(60); i > 0; i--) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
                long number = random.nextLong() >> random.nextInt(64);
                rows.row(number, text.toString());
                writer.write(number + "\t" + text.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n") + "\n");
            }
        }
        assertThat(ours.toByteArray()).isEqualTo(javas.toByteArray());
    }
}

package vn.parindex.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TsvRowsTest {

    @Test
    void writesWhatLoadDataReadsBack() throws IOException {
        StringWriter out = new StringWriter();
        new TsvRows(out).field(7L).field("Quận\tNam\\Từ\nLiêm\r").field(null).field(true).field(false)
                .field(LocalDateTime.of(2024, 1, 5, 8, 12)).field(LocalDateTime.of(2100, 12, 31, 23, 59, 7)).endRow();

        assertThat(out.toString()).isEqualTo("7\tQuận\\tNam\\\\Từ\\nLiêm\\r\t\\N\t1\t0\t2024-01-05 08:12:00\t2100-12-31 23:59:07\n");
    }
}

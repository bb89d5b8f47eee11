package vn.parindex.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.csv.CsvTestFiles.bytes;
import static vn.parindex.csv.CsvTestFiles.row;
import static vn.parindex.csv.CsvTestFiles.rowsOf;
import static vn.parindex.csv.CsvTestFiles.write;
import static vn.parindex.csv.CsvTestFiles.writeBytes;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvFileReaderEncodingTest {
    private static final String TEXT = "unit_code,unit_name,group_code\r\n"
            + "019,Quận Nam Từ Liêm,QUAN\r\n"
            + "021,\"Quận Bắc Từ Liêm, Hà Nội\",QUAN\r\n";

    @TempDir
    Path dir;

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", StandardCharsets.UTF_8, bytes(), false),
                Arguments.of("UTF-8 BOM", StandardCharsets.UTF_8, bytes(0xEF, 0xBB, 0xBF), true),
                Arguments.of("UTF-16LE BOM", StandardCharsets.UTF_16LE, bytes(0xFF, 0xFE), true),
                Arguments.of("UTF-16BE BOM", StandardCharsets.UTF_16BE, bytes(0xFE, 0xFF), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void everyAcceptedEncodingReadsTheSameRows(String name, Charset charset, byte[] bom, boolean hasBom) {
        Path file = writeBytes(dir, "units.csv", bom, TEXT.getBytes(charset));

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.dialect()).isEqualTo(new CsvDialect(charset, hasBom, ',', NumberStyle.POINT_DECIMAL));
            assertThat(reader.header()).isEqualTo(new CsvHeader(1, List.of("unit_code", "unit_name", "group_code")));
            List<CsvRow> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            assertThat(rows).containsExactly(
                    row(2, "019", "Quận Nam Từ Liêm", "QUAN"),
                    row(3, "021", "Quận Bắc Từ Liêm, Hà Nội", "QUAN"));
        }
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstColumnName() {
        Path file = writeBytes(dir, "bom.csv", bytes(0xEF, 0xBB, 0xBF), "year;unit_code\r\n2024;019\r\n".getBytes(StandardCharsets.UTF_8));

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.header().names()).containsExactly("year", "unit_code");
            assertThat(reader.header().names().get(0)).hasSize(4);
        }
    }

    @Test
    void windows1258BytesAreRejectedNamingTheirLine() {
        byte[] start = "unit_code,unit_name\n001,Ha Noi\n002,".getBytes(StandardCharsets.US_ASCII);
        byte[] daNang = "Đà Nẵng".getBytes(Charset.forName("windows-1258")); // starts 0xD0 0xE0
        Path file = writeBytes(dir, "cp1258.csv", start, daNang, "\n003,Hue\n".getBytes(StandardCharsets.US_ASCII));

        try (CsvFileReader reader = CsvFileReader.open(file)) {
            assertThat(reader.next()).isEqualTo(row(2, "001", "Ha Noi"));
            assertThatThrownBy(reader::hasNext)
                    .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                        assertThat(e.code()).isEqualTo("ENCODING");
                        assertThat(e.line()).isEqualTo(3);
                        assertThat(e.getMessage()).isEqualTo("Tệp không phải UTF-8 (dòng 3 có byte không hợp lệ 0xD0). "
                                + "Trong Excel hãy lưu bằng 'CSV UTF-8 (Comma delimited)'.");
                    });
        }
    }

    @Test
    void windows1252TextInTheHeaderIsRejectedWhenOpening() {
        Path file = writeBytes(dir, "cp1252.csv", "\r\n\r\nyear,".getBytes(StandardCharsets.US_ASCII),
                "ghi chú café".getBytes(Charset.forName("windows-1252")), "\r\n2024,x\r\n".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> CsvFileReader.open(file))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo("ENCODING");
                    assertThat(e.line()).isEqualTo(3);
                });
    }

    @Test
    void binaryFileIsRejected() {
        byte[] binary = new byte[4096];
        new Random(42).nextBytes(binary);
        binary[0] = (byte) 0x89; // PNG signature: 0x89 'P' 'N' 'G'
        Path file = writeBytes(dir, "image.csv", binary);

        assertThatThrownBy(() -> CsvFileReader.open(file))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo("ENCODING");
                    assertThat(e.line()).isEqualTo(1);
                });
    }

    @Test
    void nulCharacterIsRejectedNamingItsLine() {
        Path file = write(dir, "nul.csv", "a,b\n1,2\n3,4\n5,\u00006\n");

        assertThatThrownBy(() -> rowsOf(file))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo("ENCODING");
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("dòng 4", "NUL");
                });
    }

    @Test
    void utf16WithoutByteOrderMarkIsRejected() {
        Path file = write(dir, "utf16.csv", "year,unit_code\r\n2024,019\r\n", StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> CsvFileReader.open(file))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo("ENCODING");
                    assertThat(e.line()).isEqualTo(1);
                });
    }

    @Test
    void brokenUtf16IsRejectedNamingItsLine() {
        byte[] text = "a,b\n1,2\n3,".getBytes(StandardCharsets.UTF_16LE);
        byte[] loneHighSurrogate = bytes(0x3D, 0xD8);
        byte[] rest = "x\n".getBytes(StandardCharsets.UTF_16LE);
        Path file = writeBytes(dir, "broken16.csv", bytes(0xFF, 0xFE), text, loneHighSurrogate, rest);

        assertThatThrownBy(() -> rowsOf(file))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo("ENCODING");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.getMessage()).startsWith("Tệp UTF-16LE bị lỗi (dòng 3");
                });
    }

    @Test
    void utf8SequenceCutShortAtEndOfFileIsRejected() {
        byte[] text = "a,b\n1,Qu".getBytes(StandardCharsets.UTF_8);
        Path file = writeBytes(dir, "cut.csv", text, bytes(0xE1, 0xBA));

        assertThatThrownBy(() -> rowsOf(file))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    /** The decoder works in 8,192-char chunks; a CRLF split across two chunks must still count once. */
    @ParameterizedTest
    @ValueSource(ints = {8185, 8186, 8187, 8188, 8189, 8190, 8191, 8192, 8193, 16379, 16380, 16381})
    void lineOfBadByteIsExactAcrossBufferBoundaries(int paddingLength) {
        StringBuilder text = new StringBuilder("a,b\r\n");
        text.append("1,").append("x".repeat(paddingLength)).append("\r\n");
        for (int i = 0; i < 500; i++) {
            text.append(i).append(",Quận\r\n");
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        Path file = writeBytes(dir, "long.csv", good, "9,".getBytes(StandardCharsets.US_ASCII), bytes(0xD0, 0x2C), "\r\n".getBytes(StandardCharsets.US_ASCII));

        List<CsvRow> seen = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (CsvFileReader reader = CsvFileReader.open(file)) {
                reader.forEachRemaining(seen::add);
            }
        }).isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(503));
        assertThat(seen).as("every row before the bad line is delivered first").hasSize(501);
        assertThat(seen.get(500).line()).isEqualTo(502);
    }
}

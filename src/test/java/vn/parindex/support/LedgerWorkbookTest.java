package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The large ledger workbooks of the memory tests are written with {@link Workbooks.PlainSharedStrings} instead of
 * POI's own shared strings table, for speed: the file must be the one POI's table gives, part for part.
 */
class LedgerWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void thePlainSharedStringsWriteTheWorkbookPoisOwnTableWrites() throws IOException {
        int rows = 1_000;   // five flushes of the 200-row window, every day and channel of the ledger
        Map<String, String> poi = parts(Workbooks.ledger(dir.resolve("poi.xlsx"), rows, "M-", false));
        Map<String, String> plain = parts(Workbooks.ledger(dir.resolve("plain.xlsx"), rows, "M-", true));

        assertThat(plain.keySet()).containsExactlyElementsOf(poi.keySet()).contains("xl/sharedStrings.xml");
        for (String part : poi.keySet()) {
            assertThat(plain.get(part)).as(part).isEqualTo(poi.get(part));
        }
        assertThat(plain.get("xl/sharedStrings.xml")).contains("count=\"" + (8 + 4 * rows) + "\" uniqueCount=\"" + (8 + 4 + rows) + "\"")
                .contains("<si><t>M-999</t></si>");
    }

    @Test
    void aStringXmlWouldWriteOtherwiseIsRefused() {
        Workbooks.PlainSharedStrings strings = new Workbooks.PlainSharedStrings();
        for (String text : new String[] {"", " M-1", "M-1 ", "a<b", "a&b", "a>b", "a\"b", "a\nb", "a\tb"}) {
            assertThatThrownBy(() -> strings.addSharedStringItem(new XSSFRichTextString(text))).as(text)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(strings.addSharedStringItem(new XSSFRichTextString("Sổ hồ sơ 1"))).isZero();
        assertThat(strings.addSharedStringItem(new XSSFRichTextString("M-1"))).isOne();
        assertThat(strings.addSharedStringItem(new XSSFRichTextString("Sổ hồ sơ 1"))).isZero();
        assertThat(strings.getCount()).isEqualTo(3);
        assertThat(strings.getUniqueCount()).isEqualTo(2);
    }

    /** Every part of the workbook, in the order of the file, its creation time left out. */
    private static Map<String, String> parts(Path xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    parts.put(entry.getName(), content.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "<dcterms:created/>"));
                }
            }
        }
        return parts;
    }
}

package vn.parindex.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.csv.CellKind;
import vn.parindex.csv.CsvFormatException;
import vn.parindex.csv.CsvRow;
import vn.parindex.support.Workbooks;
import vn.parindex.support.Workbooks.ErrorCell;
import vn.parindex.support.Workbooks.Formula;
import vn.parindex.support.Workbooks.Text;

/** The first worksheet of a workbook read like a CSV file (SPEC §11), with each cell's value as the contract reads it. */
class XlsxFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void cellsAreReadAsExcelShowsThemAndRowsKeepTheirSheetNumbers() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(null);
        rows.add(Arrays.asList(null, null));
        rows.add(List.of("year", " unit_code ", "value", "at", "flag", "error"));
        rows.add(Arrays.asList(2024, new Text("019"), 9.5, LocalDate.of(2024, 1, 5), true, new ErrorCell(FormulaError.DIV0)));
        rows.add(null);
        rows.add(Arrays.asList(2024, "  Quận Nam Từ Liêm\u00a0", new Formula("0.1+0.2"), LocalDateTime.of(2024, 1, 5, 8, 12), false, null));
        rows.add(Arrays.asList(new BigDecimal("12345678901234567"), "Cie\u0302n", new Formula("1/3"), null, null, null));
        rows.add(Arrays.asList(-1, null, new Formula("\"a\"&\"b\""), null, null, null));
        Path file = Workbooks.write(dir.resolve("cells.xlsx"), Workbooks.xlsx(rows));

        try (XlsxFileReader reader = XlsxFileReader.open(file)) {
            assertThat(reader.header().line()).isEqualTo(3);
            assertThat(reader.header().names()).containsExactly("year", "unit_code", "value", "at", "flag", "error");
            List<CsvRow> read = new ArrayList<>();
            reader.forEachRemaining(read::add);
            assertThat(read).extracting(CsvRow::line).containsExactly(4L, 6L, 7L, 8L);
            assertThat(read.get(0).values()).containsExactly("2024", "019", "9.5", "2024-01-05", "TRUE", "#DIV/0!");
            assertThat(read.get(0).kinds()).containsExactly(CellKind.NUMBER, CellKind.TEXT, CellKind.NUMBER, CellKind.DATE,
                    CellKind.BOOLEAN, CellKind.ERROR);
            assertThat(read.get(1).values()).containsExactly("2024", "Quận Nam Từ Liêm", "0.3", "2024-01-05 08:12:00", "FALSE", "");
            assertThat(read.get(2).values()).containsExactly("12345678901234600", "Ciên", "0.333333333333333", "", "", "");
            assertThat(read.get(2).kind(1)).isEqualTo(CellKind.TEXT);
            assertThat(read.get(3).values()).containsExactly("-1", "", "ab", "", "", "");
            assertThat(read.get(3).kind(2)).isEqualTo(CellKind.TEXT);
        }
    }

    @Test
    void datesOfA1904WorkbookAreTheSameDates() throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("received_at");
            var cell = sheet.createRow(1).createCell(0);
            cell.setCellValue(LocalDateTime.of(2024, 2, 29, 23, 59, 59));
            var style = workbook.createCellStyle();
            style.setDataFormat((short) 22);   // m/d/yy h:mm, a built-in date format
            cell.setCellStyle(style);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Path file = Workbooks.write(dir.resolve("1904.xlsx"), out.toByteArray());
            try (XlsxFileReader reader = XlsxFileReader.open(file)) {
                assertThat(reader.next().values()).containsExactly("2024-02-29 23:59:59");
            }
        }
    }

    @Test
    void inlineStringsAsStreamingWritersSaveThemAreRead() throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("unit_code");
            sheet.getRow(0).createCell(1).setCellValue("note & <ghi chú>");
            for (int i = 1; i <= 3; i++) {
                sheet.createRow(i).createCell(0).setCellValue("00" + i);
                sheet.getRow(i).createCell(1).setCellValue("dòng_x000D_ " + i);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Path file = Workbooks.write(dir.resolve("inline.xlsx"), out.toByteArray());
            try (XlsxFileReader reader = XlsxFileReader.open(file)) {
                assertThat(reader.header().names()).containsExactly("unit_code", "note & <ghi chú>");
                List<String> codes = new ArrayList<>();
                reader.forEachRemaining(r -> codes.add(r.values().get(0) + "|" + r.values().get(1)));
                assertThat(codes).containsExactly("001|dòng\r 1", "002|dòng\r 2", "003|dòng\r 3");
            }
        }
    }

    @Test
    void aRowShorterThanTheHeaderIsPaddedAndOneLongerKeepsItsExtraValueAsAStrayCell() {
        Path file = Workbooks.write(dir.resolve("widths.xlsx"), Workbooks.xlsx(List.of(
                List.of("a", "b", "c"), List.of("1"), Arrays.asList("1", "2", "3", null, "5"))));
        try (XlsxFileReader reader = XlsxFileReader.open(file)) {
            assertThat(reader.next().values()).containsExactly("1", "", "");
            CsvRow longer = reader.next();
            // past the header's columns only the first value is kept, with its column (E), for FIELD_COUNT to name
            assertThat(longer.values()).containsExactly("1", "2", "3");
            assertThat(longer.stray()).isEqualTo(new CsvRow.Stray(4, "5"));
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void aWorkbookWithNothingInItIsEmpty() {
        Path file = Workbooks.write(dir.resolve("blank.xlsx"), Workbooks.xlsx(Arrays.asList(null, Arrays.asList(null, "  "))));
        assertThatThrownBy(() -> XlsxFileReader.open(file)).isInstanceOfSatisfying(CsvFormatException.class,
                e -> assertThat(e.code()).isEqualTo("EMPTY"));
    }

    @Test
    void encryptedLegacyTruncatedAndForeignFilesAreFormat() throws Exception {
        byte[] workbook = Workbooks.xlsx(List.of(List.of("year", "unit_code"), List.of(2024, new Text("019"))));
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook legacy = new HSSFWorkbook()) {
            legacy.createSheet().createRow(0).createCell(0).setCellValue("year");
            legacy.write(xls);
        }
        assertFormat("encrypted.xlsx", Workbooks.encrypted(workbook, "mật khẩu"), "mật khẩu");
        assertFormat("renamed.xlsx", xls.toByteArray(), ".xls");
        assertFormat("truncated.xlsx", Arrays.copyOf(workbook, workbook.length / 2), "hỏng");
        assertFormat("text.xlsx", "year,unit_code\n2024,019\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "không phải");
        Path empty = Workbooks.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertThatThrownBy(() -> XlsxFileReader.open(empty)).isInstanceOfSatisfying(CsvFormatException.class,
                e -> assertThat(e.code()).isEqualTo("EMPTY"));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() {
        byte[] workbook = Workbooks.xlsx(List.of(List.of("year", "unit_code"), List.of(2024, new Text("019"))));
        byte[] bomb = Workbooks.zipBomb(workbook, 200);
        assertThat(bomb.length).isLessThan(2_000_000);
        long heapBefore = usedHeap();
        assertFormat("bomb.xlsx", bomb, "zip bomb");
        assertThat(usedHeap() - heapBefore).isLessThan(100L << 20);
    }

    @Test
    void entitiesInTheSheetAreNeitherExpandedNorFetched() throws Exception {
        Path secret = Workbooks.write(dir.resolve("secret.txt"), "mật khẩu của máy chủ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] workbook = Workbooks.xlsx(List.of(List.of("year", "unit_code"), List.of(2024, new Text("019"))));
        String doctype = "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\"><!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>";
        for (String entity : List.of("&secret;", "&e;")) {
            byte[] hostile = Workbooks.withSheetXml(workbook, xml -> xml.replaceFirst("<worksheet", doctype + "<worksheet")
                    .replaceFirst("<row r=\"2\"", "<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>" + entity + "</t></is></c></row><row r=\"3\""));
            Path file = Workbooks.write(dir.resolve("entity.xlsx"), hostile);
            List<String> seen = new ArrayList<>();
            try (XlsxFileReader reader = XlsxFileReader.open(file)) {
                reader.forEachRemaining(r -> seen.addAll(r.values()));
            } catch (CsvFormatException e) {
                assertThat(e.code()).isEqualTo("FORMAT");
            }
            assertThat(String.join("", seen)).as(entity).doesNotContain("mật khẩu").doesNotContain("aaaaaaaaaa");
        }
    }

    private void assertFormat(String name, byte[] content, String messagePart) {
        Path file = Workbooks.write(dir.resolve(name), content);
        assertThatThrownBy(() -> {
            try (XlsxFileReader reader = XlsxFileReader.open(file)) {
                reader.forEachRemaining(r -> { });
            }
        }).as(name).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.code()).isEqualTo("FORMAT");
            assertThat(e.getMessage()).contains(messagePart);
        });
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

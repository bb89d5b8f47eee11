package vn.parindex.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.csv.CsvFileReader;
import vn.parindex.csv.CsvRow;
import vn.parindex.csv.NumberStyle;

/**
 * Workbooks for tests, written by Apache POI the way a spreadsheet program saves them (shared strings, date
 * formats on date cells): from rows of typed values, or from a CSV file with each value in the cell type a person
 * typing it into Excel would get.
 */
public final class Workbooks {

    /** A cell holding an error value such as {@code #DIV/0!}. */
    public record ErrorCell(FormulaError error) {
    }

    /** A formula cell whose cached value the workbook carries (as a spreadsheet program saves it). */
    public record Formula(String formula) {
    }

    /** A cell whose value is text, typed into a column formatted as Text. */
    public record Text(String value) {
    }

    private static final Set<String> CODE_COLUMNS = Set.of("unit_code", "group_code", "code", "parent_code", "criterion_code",
            "metric_code", "question_code", "respondent_id", "dossier_id", "procedure_code");
    private static final Set<String> DATE_COLUMNS = Set.of("received_at", "due_at", "resolved_at");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2})?)?");

    private Workbooks() {
    }

    /** A one-sheet workbook; values: String, Number, Boolean, LocalDate, LocalDateTime, ErrorCell, Formula, Text, null (no cell). */
    public static byte[] xlsx(List<List<Object>> rows) {
        return xlsx("Dữ liệu", rows);
    }

    public static byte[] xlsx(String sheetName, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, workbook.createSheet(sheetName), rows);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code csv} as a workbook a person would have typed: codes as text (the column formatted as Text), numbers as
     * number cells, dates and date-times as date cells, everything else as text.
     */
    public static byte[] fromCsv(Path csv) {
        List<List<Object>> rows = new ArrayList<>();
        try (CsvFileReader reader = CsvFileReader.open(csv)) {
            List<String> header = reader.header().names();
            rows.add(new ArrayList<>(header));
            while (reader.hasNext()) {
                CsvRow row = reader.next();
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < row.values().size(); i++) {
                    cells.add(typed(header.get(i).strip().toLowerCase(), row.values().get(i), reader.numberStyle()));
                }
                rows.add(cells);
            }
        }
        return xlsx(rows);
    }

    private static Object typed(String column, String value, NumberStyle style) {
        if (value.isEmpty()) {
            return null;
        }
        if (CODE_COLUMNS.contains(column)) {
            return new Text(value);
        }
        if (DATE_COLUMNS.contains(column) && DATE_TIME.matcher(value).matches()) {
            return value.length() == 10 ? LocalDate.parse(value) : LocalDateTime.parse(value.replace(' ', 'T'));
        }
        String number = style == NumberStyle.COMMA_DECIMAL ? value.replace(".", "").replace(',', '.') : value;
        if (number.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(number);
        }
        return value;
    }

    private static void fill(Workbook workbook, Sheet sheet, List<List<Object>> rows) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("@"));
        for (int r = 0; r < rows.size(); r++) {
            List<Object> values = rows.get(r);
            if (values == null) {
                continue;   // a blank row
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Text t) {
                    cell.setCellValue(t.value());
                    cell.setCellStyle(text);
                } else if (value instanceof String s) {
                    cell.setCellValue(s);
                } else if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (value instanceof LocalDateTime t) {
                    cell.setCellValue(t);
                    cell.setCellStyle(dateTime);
                } else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (value instanceof ErrorCell e) {
                    cell.setCellErrorValue(e.error().getCode());
                } else if (value instanceof Formula f) {
                    cell.setCellFormula(f.formula());
                } else {
                    throw new IllegalArgumentException("no cell for " + value.getClass());
                }
            }
        }
    }

    /**
     * A dossier ledger of {@code rows} rows for unit 019 in 2024 as a spreadsheet program saves it: every text in the
     * shared strings table (each dossier its own identifier), dates in date cells. Written by POI's streaming writer,
     * so a million rows need little memory here either (the shared strings apart), and with a shared strings table
     * that keeps plain strings and writes the XML POI's own table writes for them ({@link PlainSharedStrings}: POI's
     * keeps every string as an XML bean and serialises each one to find duplicates, which was half the time
     * of writing a 400,000-row ledger; {@code LedgerWorkbookTest} checks that both give the same parts). The sheet's
     * rows wait for the zip in an uncompressed temporary file (about 300 bytes a row), not gzipped and unzipped again.
     */
    public static Path ledger(Path target, int rows, String idPrefix) {
        return ledger(target, rows, idPrefix, true);
    }

    /** {@link #ledger(Path, int, String)}, with POI's own shared strings table when {@code plainStrings} is false. */
    static Path ledger(Path target, int rows, String idPrefix, boolean plainStrings) {
        XSSFWorkbook base = plainStrings ? new XSSFWorkbook(PlainSharedStrings.FACTORY) : new XSSFWorkbook();
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(base, 200, false, true)) {
            Sheet sheet = workbook.createSheet("Sổ hồ sơ");
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            String[] names = {"year", "unit_code", "dossier_id", "procedure_code", "received_at", "due_at", "resolved_at", "channel"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                int day = 1 + i % 28;
                row.createCell(0).setCellValue(2024);
                row.createCell(1).setCellValue("019");
                row.createCell(2).setCellValue(idPrefix + i);
                row.createCell(3).setCellValue("1.004227");
                Cell received = row.createCell(4);
                received.setCellValue(LocalDateTime.of(2024, 3, day, 8, 0));
                received.setCellStyle(dateTime);
                Cell due = row.createCell(5);
                due.setCellValue(LocalDate.of(2024, 4, day));
                due.setCellStyle(date);
                if (i % 7 != 0) {
                    Cell resolved = row.createCell(6);
                    resolved.setCellValue(LocalDate.of(2024, 4, 1 + (i * 13) % 28));
                    resolved.setCellStyle(date);
                }
                row.createCell(7).setCellValue(i % 3 == 0 ? "offline" : "online");
            }
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
            workbook.dispose();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A shared strings table of plain strings (no rich text), written as POI's {@link SharedStringsTable} writes the
     * same strings: {@code <sst count uniqueCount xmlns>} and one {@code <si><t>} per distinct string in the order of
     * first use. Strings XML would write differently (markup characters, control characters, leading or trailing
     * white space) are refused rather than written some other way.
     */
    static final class PlainSharedStrings extends SharedStringsTable {

        static final XSSFFactory FACTORY = new XSSFFactory() {
            @Override
            public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
                return descriptor == XSSFRelation.SHARED_STRINGS ? new PlainSharedStrings() : super.newDocumentPart(descriptor);
            }
        };

        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> strings = new ArrayList<>();
        private int uses;

        @Override
        public int addSharedStringItem(RichTextString string) {
            String text = string.getString();
            if (string.numFormattingRuns() != 0 || !PLAIN.matcher(text).matches()) {
                throw new IllegalArgumentException("not a plain string: " + text);
            }
            uses++;
            return index.computeIfAbsent(text, t -> {
                strings.add(t);
                return strings.size() - 1;
            });
        }

        @Override
        public RichTextString getItemAt(int idx) {
            return new XSSFRichTextString(strings.get(idx));
        }

        @Override
        public int getCount() {
            return uses;
        }

        @Override
        public int getUniqueCount() {
            return strings.size();
        }

        @Override
        public List<RichTextString> getSharedStringItems() {
            return strings.stream().<RichTextString>map(XSSFRichTextString::new).toList();
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            java.io.Writer xml = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"" + uses + "\" uniqueCount=\"" + strings.size()
                    + "\" xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (String s : strings) {
                xml.write("<si><t>");
                xml.write(s);
                xml.write("</t></si>");
            }
            xml.write("</sst>");
            xml.flush();
        }

        /** No markup characters or quotes, no control characters, no white space at either end: text XML writes as it is. */
        private static final Pattern PLAIN = Pattern.compile("[^<>&\"\\s\\p{Cntrl}](?:[^<>&\"\\p{Cntrl}]*[^<>&\"\\s\\p{Cntrl}])?");
    }

    /** {@code xlsx} encrypted with a password, as Excel's "Encrypt with Password" saves it (an OLE2 container). */
    public static byte[] encrypted(byte[] xlsx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new java.io.ByteArrayInputStream(xlsx)); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code xlsx} with its first sheet's data padded by {@code megabytes} of blank space inside the sheet XML: a few
     * hundred kilobytes on disk that inflate a thousandfold (a zip bomb).
     */
    public static byte[] zipBomb(byte[] xlsx, int megabytes) {
        return withSheet(xlsx, (xml, out) -> {
            int data = xml.indexOf("<sheetData>") + "<sheetData>".length();
            out.write(xml.substring(0, data).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] blank = new byte[1 << 20];
            java.util.Arrays.fill(blank, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(blank);
            }
            out.write(xml.substring(data).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    /** {@code xlsx} with the XML of its first sheet replaced by {@code edit} of it. */
    public static byte[] withSheetXml(byte[] xlsx, java.util.function.UnaryOperator<String> edit) {
        return withSheet(xlsx, (xml, out) -> out.write(edit.apply(xml).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private interface SheetWriter {
        void write(String xml, OutputStream out) throws IOException;
    }

    private static byte[] withSheet(byte[] xlsx, SheetWriter sheet) {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    byte[] content = in.readAllBytes();
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                        sheet.write(new String(content, java.nio.charset.StandardCharsets.UTF_8), out);
                    } else {
                        out.write(content);
                    }
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

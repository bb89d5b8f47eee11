package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The rows of an {@code <name>.errors.csv} as the job wrote it. */
record ErrorReport(List<Row> rows) {

    record Row(long line, String column, String code, String message) {
    }

    static ErrorReport read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as("errors.csv starts with a BOM and the header").startsWith("\uFEFFline,column,code,message\r\n");
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(text.substring(1))).getRecords();
            ErrorReport report = new ErrorReport(records.stream()
                    .map(r -> new Row(Long.parseLong(r.get("line")), r.get("column"), r.get("code"), r.get("message")))
                    .toList());
            // SPEC §13: the workbook beside it holds the same rows
            assertThat(workbookRows(FileMover.errorWorkbookOf(file))).as("rows of the .errors.xlsx beside " + file)
                    .isEqualTo(report.rows().stream().map(r -> new Row(r.line(), unguarded(r.column()), r.code(), unguarded(r.message()))).toList());
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of an {@code .errors.xlsx}, read back with POI: Vietnamese titles, then line, column, code, message. */
    static List<Row> workbookRows(Path workbook) throws IOException {
        try (org.apache.poi.ss.usermodel.Workbook book = org.apache.poi.ss.usermodel.WorkbookFactory.create(workbook.toFile(), null, true)) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            List<String> titles = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> titles.add(c.getStringCellValue()));
            assertThat(titles).containsExactly("Dòng", "Cột", "Mã lỗi", "Nội dung lỗi và cách sửa");
            List<Row> rows = new java.util.ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(i);
                rows.add(new Row((long) row.getCell(0).getNumericCellValue(), text(row.getCell(1)), text(row.getCell(2)), text(row.getCell(3))));
            }
            return rows;
        }
    }

    private static String text(org.apache.poi.ss.usermodel.Cell cell) {
        return cell == null ? "" : cell.getStringCellValue();
    }

    /** The CSV guards a value beginning with = + - @ (or a tab, a return) with a leading '; a text cell needs no guard. */
    private static String unguarded(String message) {
        return message.length() > 1 && message.charAt(0) == '\'' && "=+-@\t\r".indexOf(message.charAt(1)) >= 0 ? message.substring(1) : message;
    }

    List<Row> withCode(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).toList();
    }
}

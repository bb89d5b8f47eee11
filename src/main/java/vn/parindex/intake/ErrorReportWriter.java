package vn.parindex.intake;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.parindex.csv.FormulaGuard;
import vn.parindex.installation.AtomicFiles;
import vn.parindex.submission.FileError;
import vn.parindex.installation.Printable;

/**
 * Writes {@code <name>.errors.csv}: UTF-8 with BOM so Excel opens it, columns line,column,code,message. Column
 * names and messages carry what the submitter wrote, so they are guarded against formulas like every CSV output,
 * and in both files control, bidirectional and zero-width characters show as {@code \}{@code uXXXX} (SPEC §3).
 * Beside it, {@code <name>.errors.xlsx} holds the same rows as a workbook (SPEC §13), which Excel opens whatever the
 * list separator of the machine's regional settings (a Vietnamese Windows uses ";", and would put each CSV row in
 * one cell).
 */
public final class ErrorReportWriter {

    /** Vietnamese titles of the workbook's columns, in the CSV's order (line, column, code, message). */
    static final List<String> WORKBOOK_TITLES = List.of("Dòng", "Cột", "Mã lỗi", "Nội dung lỗi và cách sửa");

    private ErrorReportWriter() {
    }

    /** {@code target} is the {@code .errors.csv}; the workbook goes beside it ({@link FileMover#errorWorkbookOf}). */
    public static void write(Path target, List<FileError> errors) {
        AtomicFiles.write(target, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            text.write('\uFEFF');
            csv.printRecord("line", "column", "code", "message");
            for (FileError e : errors) {
                csv.printRecord(e.line(), FormulaGuard.text(Printable.of(e.column())), e.code(), FormulaGuard.text(Printable.of(e.message())));
            }
            csv.flush();
        });
        AtomicFiles.write(FileMover.errorWorkbookOf(target), out -> workbook(errors, out));
    }

    private static void workbook(List<FileError> errors, java.io.OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("Lỗi");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            text.setWrapText(true);
            text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            int[] widths = {8, 22, 18, 100};
            Row titles = sheet.createRow(0);
            for (int i = 0; i < WORKBOOK_TITLES.size(); i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
                Cell cell = titles.createCell(i);
                cell.setCellValue(WORKBOOK_TITLES.get(i));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (FileError e : errors) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.line());
                textCell(row, 1, Printable.of(e.column()), text);
                textCell(row, 2, e.code(), text);
                textCell(row, 3, Printable.of(e.message()), text);
            }
            workbook.write(out);
        }
    }

    /** A text cell is never evaluated by Excel, so what a submitter typed needs no formula guard here. */
    private static void textCell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }
}

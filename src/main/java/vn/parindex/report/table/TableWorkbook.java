package vn.parindex.report.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.parindex.report.table.ReportColumn.Kind;
import vn.parindex.installation.AtomicFiles;

/**
 * A workbook of report tables (SPEC §11), streamed (only a window of rows in memory, whatever the size): each sheet
 * has a bold header row of Vietnamese titles, frozen, an autofilter over its rows, fixed column widths and typed
 * cells — text for codes and names, numbers with the column's format for figures, no cell where the CSV is empty.
 */
final class TableWorkbook implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SheetNames names;
    private final CellStyle header;
    private final Map<Kind, CellStyle> styles = new EnumMap<>(Kind.class);

    /** {@code kept}: sheet names that only {@link #keptSheet} gives out (another sheet asking for one gets a suffix). */
    TableWorkbook(String... kept) {
        names = new SheetNames(kept);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        for (Kind kind : Kind.values()) {
            CellStyle style = workbook.createCellStyle();
            // text cells carry the Text format, so a code typed over in Excel stays text too
            style.setDataFormat(workbook.createDataFormat().getFormat(kind.numeric() ? kind.format() : "@"));
            styles.put(kind, style);
        }
    }

    /** Adds a sheet named as close to {@code name} as Excel allows, holding {@code rows} under the columns' titles. */
    void sheet(String name, List<ReportColumn> columns, Iterable<? extends List<Object>> rows) {
        fill(workbook.createSheet(names.next(name)), columns, rows);
    }

    /** Adds the sheet named {@code name}, one of the names kept when this workbook was made. */
    void keptSheet(String name, List<ReportColumn> columns, Iterable<? extends List<Object>> rows) {
        fill(workbook.createSheet(names.kept(name)), columns, rows);
    }

    private void fill(SXSSFSheet sheet, List<ReportColumn> columns, Iterable<? extends List<Object>> rows) {
        Row titles = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
            Cell cell = titles.createCell(i);
            cell.setCellValue(columns.get(i).title());
            cell.setCellStyle(header);
        }
        int last = 0;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(++last);
            for (int i = 0; i < columns.size(); i++) {
                cell(row, i, columns.get(i).kind(), values.get(i));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns.size() - 1));
    }

    private void cell(Row row, int column, Kind kind, Object value) {
        if (kind.numeric()) {
            Double number = kind.number(value);
            if (number != null) {
                Cell cell = row.createCell(column);
                cell.setCellValue(number);
                cell.setCellStyle(styles.get(kind));
            }
        } else if (value != null && !((String) value).isEmpty()) {
            // the text as stored: a workbook text cell is never run as a formula, so no CSV formula guard
            Cell cell = row.createCell(column);
            cell.setCellValue((String) value);
            cell.setCellStyle(styles.get(kind));
        }
    }

    /** Writes the workbook atomically to {@code target}, the same bytes for the same content. */
    void write(Path target) {
        AtomicFiles.write(target, out -> ReproducibleXlsx.write(workbook, out));
    }

    @Override
    public void close() {
        close(workbook);
    }

    /** Deletes a streaming workbook's temporary files and closes it. */
    static void close(SXSSFWorkbook workbook) {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.parindex.csv;

import java.io.Closeable;
import java.util.Iterator;

/**
 * The header and data rows of one submitted file, read one row at a time: a CSV file or a workbook's first sheet.
 * Reading ahead may throw {@link CsvFormatException} for a problem that makes the whole file unreadable.
 */
public interface RowSource extends Closeable, Iterator<CsvRow> {

    CsvHeader header();

    /** How numbers written as text are to be read. */
    NumberStyle numberStyle();

    /** True for a workbook: rows are sheet rows and a value has a cell address (column letters). */
    boolean spreadsheet();

    @Override
    void close();
}

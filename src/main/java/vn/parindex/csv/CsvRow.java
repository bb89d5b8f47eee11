package vn.parindex.csv;

import java.util.List;

/**
 * One data record.
 *
 * @param line   1-based physical line where the record starts (a quoted value may continue on later lines); in a
 *               workbook, the sheet's row number
 * @param values field values, trimmed and NFC-normalised; the count is not checked against the header here
 * @param kinds  what each value was, position by position, when not all TEXT (workbook cells); empty otherwise
 * @param stray  in a workbook row, the first cell holding a value past the header's columns (which are not kept, so
 *               a cell at column XFD costs one cell, not 16,384), or null
 */
public record CsvRow(long line, List<String> values, List<CellKind> kinds, Stray stray) {

    /** A value in a column the header does not name: its 0-based column and its value. */
    public record Stray(int column, String value) {
    }

    public CsvRow {
        values = List.copyOf(values);
        kinds = List.copyOf(kinds);
    }

    public CsvRow(long line, List<String> values, List<CellKind> kinds) {
        this(line, values, kinds, null);
    }

    public CsvRow(long line, List<String> values) {
        this(line, values, List.of(), null);
    }

    public CellKind kind(int position) {
        return position < kinds.size() ? kinds.get(position) : CellKind.TEXT;
    }
}

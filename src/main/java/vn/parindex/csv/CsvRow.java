package vn.parindex.csv;

import java.util.List;

/**
 * One data record.
 *
 * @param line   1-based physical line where the record starts (a quoted value may continue on later lines); in a
 *               workbook, the sheet's row number
 * @param values field values, trimmed and NFC-normalised; the count is not checked against the header here
 * @param kinds  what each value was, position by position, when not all TEXT (workbook cells); empty otherwise
 */
public record CsvRow(long line, List<String> values, List<CellKind> kinds) {
    public CsvRow {
        values = List.copyOf(values);
        kinds = List.copyOf(kinds);
    }

    public CsvRow(long line, List<String> values) {
        this(line, values, List.of());
    }

    public CellKind kind(int position) {
        return position < kinds.size() ? kinds.get(position) : CellKind.TEXT;
    }
}

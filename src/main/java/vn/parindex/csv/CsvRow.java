package vn.parindex.csv;

import java.util.List;

/**
 * One data record.
 *
 * @param line   1-based physical line where the record starts (a quoted value may continue on later lines)
 * @param values field values, trimmed and NFC-normalised; the count is not checked against the header here
 */
public record CsvRow(long line, List<String> values) {
    public CsvRow {
        values = List.copyOf(values);
    }
}

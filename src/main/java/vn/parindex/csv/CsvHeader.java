package vn.parindex.csv;

import java.util.List;

/**
 * The header record.
 *
 * @param line  1-based physical line where the header starts
 * @param names column names, trimmed and NFC-normalised, case kept as written
 */
public record CsvHeader(long line, List<String> names) {
    public CsvHeader {
        names = List.copyOf(names);
    }
}

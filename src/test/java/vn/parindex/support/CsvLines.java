package vn.parindex.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Line surgery on a submitted CSV file (any of the generator's dialects, no quoted line breaks): the header line
 * (with its BOM, if any) stays first, every line keeps its own line end.
 */
public final class CsvLines {

    private final String header;
    private final List<String> rows;

    private CsvLines(String header, List<String> rows) {
        this.header = header;
        this.rows = rows;
    }

    public static CsvLines of(byte[] content) {
        List<String> lines = new ArrayList<>(List.of(new String(content, StandardCharsets.UTF_8).split("(?<=\n)")));
        return new CsvLines(lines.remove(0), lines);
    }

    public CsvLines shuffled(Random random) {
        List<String> copy = new ArrayList<>(rows);
        Collections.shuffle(copy, random);
        return new CsvLines(header, copy);
    }

    /** Blanks (keeps as empty lines, so later rows keep their line numbers) the rows of {@code unitCode}. */
    public CsvLines withoutUnit(String unitCode) {
        char delimiter = header.contains(";") ? ';' : header.contains("\t") ? '\t' : ',';
        String lineEnd = header.endsWith("\r\n") ? "\r\n" : "\n";
        List<String> kept = rows.stream().map(r -> {
            String[] fields = r.split(String.valueOf(delimiter), 3);
            return fields.length > 1 && fields[1].trim().equals(unitCode) ? lineEnd : r;
        }).toList();
        return new CsvLines(header, kept);
    }

    public boolean hasRows() {
        return rows.stream().anyMatch(r -> !r.isBlank());
    }

    public byte[] bytes() {
        return (header + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    }

    /** The records of {@code text} read with standard quoting and {@code delimiter}, each as its list of fields. */
    public static List<List<String>> records(String text, char delimiter) {
        try {
            List<List<String>> rows = new ArrayList<>();
            for (org.apache.commons.csv.CSVRecord r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setDelimiter(delimiter).get()
                    .parse(new java.io.StringReader(text))) {
                rows.add(List.of(r.values()));
            }
            return rows;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package vn.parindex.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A ranking or scores CSV of reports/&lt;year&gt;/ read back as rows keyed by column name, in file order. */
public record ReportCsv(List<String> header, List<Map<String, String>> rows) {

    public static ReportCsv read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (reader.read() != '\uFEFF') {
                throw new IllegalStateException(file + " does not start with a BOM");
            }
            CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader);
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new LinkedHashMap<>(record.toMap()));
            }
            return new ReportCsv(parser.getHeaderNames(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Map<String, String>> rowsOf(String unitCode) {
        return rows.stream().filter(r -> r.get("unit_code").equals(unitCode)).toList();
    }

    public Map<String, String> row(String unitCode) {
        return rows.stream().filter(r -> r.get("unit_code").equals(unitCode)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for unit " + unitCode));
    }

    /** The rows with {@code columns} blanked wherever {@code where} holds (and kept elsewhere). */
    public List<Map<String, String>> masking(Set<String> columns, Predicate<Map<String, String>> where) {
        return rows.stream().map(r -> {
            Map<String, String> copy = new LinkedHashMap<>(r);
            if (where.test(r)) {
                columns.forEach(c -> copy.put(c, "…"));
            }
            return copy;
        }).toList();
    }
}

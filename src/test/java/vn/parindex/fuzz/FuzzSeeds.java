package vn.parindex.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.parindex.scoring.Criterion;
import vn.parindex.submission.Records.CriterionRecord;
import vn.parindex.submission.Records.UnitRecord;
import vn.parindex.submission.ReferenceData;
import vn.parindex.submission.ReferenceData.FrameworkKey;
import vn.parindex.submission.SubmissionReader;
import vn.parindex.submission.UnitInfo;

/**
 * The starting points of the fuzz campaign: every worked-example file (src/test/resources/examples), every file of
 * the bundled sample province (input/sample), and each of them again in the other dialects of SPEC §3 (semicolon
 * with decimal comma and CRLF, tab, comma, UTF-8 BOM, UTF-16 LE/BE with BOM, Excel's quoting and padding). Each seed
 * comes with the reference world it is valid in, so that a mutated data file still reaches the deep checks (unit
 * known and active, framework exists, criterion appraised, score in range).
 */
final class FuzzSeeds {

    static final Path EXAMPLES = Path.of("src", "test", "resources", "examples");
    static final Path SAMPLE = Path.of("input", "sample");

    /** Columns holding decimal numbers, whose decimal mark follows the delimiter (SPEC §3). */
    private static final Set<String> DECIMAL_COLUMNS = Set.of("max_points", "min_index", "self_score", "appraised_score",
            "numerator", "denominator", "points");

    /** The units and frameworks a file is checked against, as the warehouse would hold them. */
    record World(String name, ReferenceData reference) {
    }

    record Seed(String name, byte[] bytes, World world) {
    }

    private final World example;
    private final World sample;
    private final World empty;
    private final List<Seed> seeds = new ArrayList<>();

    private FuzzSeeds(World example, World sample, World empty) {
        this.example = example;
        this.sample = sample;
        this.empty = empty;
    }

    /** Loads the seeds from the working directory (the repository root, as Surefire runs tests). */
    static FuzzSeeds load() {
        World example = world("example", EXAMPLES.resolve("units.csv"), EXAMPLES.resolve("framework-2024.csv"));
        World sample = world("sample", SAMPLE.resolve("units.csv"), SAMPLE.resolve("framework-2024.csv"),
                SAMPLE.resolve("framework-2025.csv"), SAMPLE.resolve("framework-2026.csv"));
        World empty = new World("empty", new ReferenceData(Map.of(), Map.of()));
        FuzzSeeds s = new FuzzSeeds(example, sample, empty);
        for (Path file : csvFiles(EXAMPLES)) {
            s.addWithVariants("examples/" + file.getFileName(), read(file), example);
        }
        for (Path file : csvFiles(SAMPLE)) {
            s.addWithVariants("sample/" + file.getFileName(), read(file), sample);
        }
        return s;
    }

    List<Seed> seeds() {
        return seeds;
    }

    List<World> worlds() {
        return List.of(example, sample, empty);
    }

    World world(String name) {
        return worlds().stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no world " + name + " (example, sample, empty)"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reference data, built in memory by the product's own reader from the reference files

    /**
     * The reference data the warehouse would hold after accepting {@code files} (units and frameworks), read with
     * {@link SubmissionReader} itself, the way {@code ReferenceRepository} would hand them back: units by code,
     * criteria per (year, group) in file order with their rules parsed.
     */
    private static World world(String name, Path... files) {
        Map<String, UnitInfo> units = new TreeMap<>();
        Map<FrameworkKey, Map<String, Criterion>> frameworks = new HashMap<>();
        ReferenceData none = new ReferenceData(Map.of(), Map.of());
        for (Path file : files) {
            List<Object> records = new ArrayList<>();
            SubmissionReader.Result result = SubmissionReader.read(file, none, records::add);
            if (!result.accepted()) {
                throw new IllegalStateException("reference file " + file + " is not accepted: " + result.errors().report());
            }
            for (Object r : records) {
                if (r instanceof UnitRecord u) {
                    units.put(u.unit().code(), u.unit());
                } else if (r instanceof CriterionRecord c) {
                    frameworks.computeIfAbsent(new FrameworkKey(c.year(), c.groupCode()), k -> new LinkedHashMap<>())
                            .put(c.criterion().code(), c.criterion());
                }
            }
        }
        return new World(name, new ReferenceData(units, frameworks));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Dialect variants

    private void addWithVariants(String name, byte[] bytes, World world) {
        seeds.add(new Seed(name, bytes, world));
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = sourceDelimiter(text);
        List<List<String>> rows = pointDecimals(parse(text, delimiter), delimiter != ',');
        seeds.add(new Seed(name + " [semicolon, decimal comma, CRLF]",
                render(rows, ';', "\r\n", false).getBytes(StandardCharsets.UTF_8), world));
        seeds.add(new Seed(name + " [tab, decimal comma, LF]", render(rows, '\t', "\n", false).getBytes(StandardCharsets.UTF_8), world));
        seeds.add(new Seed(name + " [comma, UTF-8 BOM, CRLF]",
                withBom(render(rows, ',', "\r\n", false), StandardCharsets.UTF_8), world));
        seeds.add(new Seed(name + " [UTF-16LE BOM, semicolon]", withBom(render(rows, ';', "\r\n", false), StandardCharsets.UTF_16LE), world));
        seeds.add(new Seed(name + " [UTF-16BE BOM, comma]", withBom(render(rows, ',', "\n", false), StandardCharsets.UTF_16BE), world));
        seeds.add(new Seed(name + " [Excel quirks: quoted, padded, blank rows, CR]", render(rows, ',', "\r", true)
                .getBytes(StandardCharsets.UTF_8), world));
    }

    private static char sourceDelimiter(String text) {
        String header = text.lines().findFirst().orElse("");
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (semicolons > commas && semicolons > tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private static List<List<String>> parse(String text, char delimiter) {
        return vn.parindex.support.CsvLines.records(text, delimiter);
    }

    /** The rows with every decimal written the comma-delimiter way ({@code 14.5}, no grouping). */
    private static List<List<String>> pointDecimals(List<List<String>> rows, boolean decimalComma) {
        if (!decimalComma) {
            return rows;
        }
        List<String> header = rows.get(0);
        List<List<String>> out = new ArrayList<>();
        out.add(header);
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> fields = new ArrayList<>(row);
            for (int i = 0; i < fields.size() && i < header.size(); i++) {
                if (DECIMAL_COLUMNS.contains(header.get(i).trim().toLowerCase(Locale.ROOT))) {
                    fields.set(i, fields.get(i).replace(".", "").replace(',', '.'));
                }
            }
            out.add(fields);
        }
        return out;
    }

    /**
     * The same rows in another dialect. {@code quirks}: every field quoted, header names upper-cased and padded, an
     * unknown column, blank and delimiter-only lines between rows (what a spreadsheet leaves behind).
     */
    private static String render(List<List<String>> rows, char delimiter, String newline, boolean quirks) {
        boolean decimalComma = delimiter != ',';
        List<String> header = rows.get(0);
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> fields = new ArrayList<>(rows.get(r));
            for (int i = 0; i < fields.size(); i++) {
                String value = fields.get(i);
                if (r == 0) {
                    value = quirks ? "  " + value.toUpperCase(Locale.ROOT) + " " : value;
                } else if (i < header.size() && DECIMAL_COLUMNS.contains(header.get(i).trim().toLowerCase(Locale.ROOT))) {
                    value = decimalComma ? value.replace('.', ',') : value;
                }
                fields.set(i, value);
            }
            if (quirks) {
                fields.add(r == 0 ? "Ghi chú nội bộ" : "x");
            }
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.append(delimiter);
                }
                out.append(quirks ? quote(fields.get(i)) : quoteIfNeeded(fields.get(i), delimiter));
            }
            out.append(newline);
            if (quirks && r % 2 == 0) {
                out.append(String.valueOf(delimiter).repeat(fields.size() - 1)).append(newline).append(newline);
            }
        }
        return out.toString();
    }

    private static String quoteIfNeeded(String value, char delimiter) {
        boolean needs = value.indexOf(delimiter) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return needs ? quote(value) : value;
    }

    private static String quote(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static byte[] withBom(String text, Charset charset) {
        return ("\uFEFF" + text).getBytes(charset);
    }

    private static List<Path> csvFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.parindex.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a valid inbox for a generated province of any size (scripts/generate-sample-data, docs/sample-data.md):
 * units.csv, framework-&lt;year&gt;.csv and bands-&lt;year&gt;.csv, then per year and group one file of each data
 * kind. Rows are streamed, so ten million dossiers need no more memory than ten. The same options and seed give
 * the same bytes.
 */
public final class ProvinceGenerator {

    private static final String[][] BANDS = {{"Xuất sắc", "90"}, {"Tốt", "80"}, {"Khá", "70"}, {"Trung bình", "50"}, {"Yếu", "0"}};

    private final GeneratorOptions options;
    private final SampleProvince province;
    private final SampleFramework framework;
    private final UnitRows rows;
    private final Map<Integer, YearStatuses> statuses = new HashMap<>();

    public ProvinceGenerator(GeneratorOptions options) {
        this.options = options;
        this.province = new SampleProvince(options.units(), options.groups(), options.seed());
        this.framework = new SampleFramework(options.respondentsPerUnit());
        this.rows = new UnitRows(options.seed(), framework, options.dossiersPerUnit(), options.respondentsPerUnit());
    }

    public static void main(String[] args) {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("generate-sample-data: " + e.getMessage());
            System.err.println(GeneratorOptions.USAGE);
            System.exit(2);
            return;
        }
        Instant start = Instant.now();
        List<Path> files = new ProvinceGenerator(options).generate();
        long bytes = files.stream().mapToLong(ProvinceGenerator::size).sum();
        System.out.printf(Locale.ROOT, "generate-sample-data: %d files, %d bytes in %s (%.1f s)%n", files.size(), bytes,
                options.out(), Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    public SampleProvince province() {
        return province;
    }

    public SampleFramework framework() {
        return framework;
    }

    public UnitStatus status(int year, SampleUnit unit) {
        return statuses.computeIfAbsent(year, y -> new YearStatuses(options.seed(), y, options.units())).of(unit);
    }

    /** Writes the whole inbox into the output folder; returns the files written, in writing order. */
    public List<Path> generate() {
        List<Path> written = new ArrayList<>();
        written.add(writeUnits());
        for (int year : options.years()) {
            written.add(writeFramework(year));
            written.add(writeBands(year));
        }
        for (int year : options.years()) {
            for (String group : province.groups()) {
                for (DataKind kind : DataKind.values()) {
                    Path file = writeGroupFile(kind, year, group);
                    if (Files.exists(file)) {
                        written.add(file);
                    }
                }
            }
        }
        return written;
    }

    /**
     * A re-submission: {@code unitCode}'s rows of {@code kind} for {@code year} as they would be in another
     * version ({@code variant} ≠ 0), at least one row, in the dialect the file name picks.
     */
    public Path writeUnitFile(DataKind kind, int year, String unitCode, long variant, Path file) {
        try (SampleCsvWriter out = writer(file, kind.header())) {
            rows.write(kind, year, province.unit(unitCode), UnitStatus.FULL, variant, true, out);
        }
        return file;
    }

    private Path writeGroupFile(DataKind kind, int year, String group) {
        Path file = options.out().resolve(kind.prefix() + "-" + group.toLowerCase(Locale.ROOT) + "-" + year + ".csv");
        try (SampleCsvWriter out = writer(file, kind.header())) {
            for (SampleUnit unit : province.unitsOf(group)) {
                rows.write(kind, year, unit, status(year, unit), 0, false, out);
            }
        }
        return file;
    }

    private Path writeUnits() {
        Path file = options.out().resolve("units.csv");
        String from = Integer.toString(options.years().get(0));
        try (SampleCsvWriter out = writer(file, "unit_code", "unit_name", "group_code", "unit_type", "valid_from", "valid_to")) {
            province.units().forEach(u -> out.row(u.code(), u.name(), u.groupCode(), u.type(), from, null));
        }
        return file;
    }

    private Path writeFramework(int year) {
        Path file = options.out().resolve("framework-" + year + ".csv");
        try (SampleCsvWriter out = writer(file, "year", "group_code", "code", "parent_code", "name", "max_points", "method", "rule")) {
            for (String group : province.groups()) {
                for (SampleCriterion c : framework.criteria()) {
                    out.row(Integer.toString(year), group, c.code(), c.parentCode(), c.name(), c.maxPoints(), c.method(), c.rule());
                }
            }
        }
        return file;
    }

    private Path writeBands(int year) {
        Path file = options.out().resolve("bands-" + year + ".csv");
        try (SampleCsvWriter out = writer(file, "year", "group_code", "band", "min_index")) {
            for (String group : province.groups()) {
                for (String[] band : BANDS) {
                    out.row(Integer.toString(year), group, band[0], new BigDecimal(band[1]));
                }
            }
        }
        return file;
    }

    private SampleCsvWriter writer(Path file, String... header) {
        return new SampleCsvWriter(file, Dialect.forFile(file.getFileName().toString(), options.seed(), options.mixedDialects()),
                header);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

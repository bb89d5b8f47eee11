package vn.parindex.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link ProvinceGenerator} writes: where, how many units in how many groups, which assessment years, how
 * many dossiers and survey respondents per unit and year, the seed, and whether files come in mixed dialects.
 */
public record GeneratorOptions(Path out, int units, int groups, List<Integer> years, int dossiersPerUnit,
        int respondentsPerUnit, long seed, boolean mixedDialects) {

    public static final String USAGE = """
            usage: scripts/generate-sample-data --out DIR [--units N] [--groups G] [--years Y1,Y2...]
                   [--dossiers-per-unit N] [--respondents-per-unit N] [--seed S] [--mixed-dialects]
              defaults: --units 30 --groups 2 --years 2024,2025 --dossiers-per-unit 50 --respondents-per-unit 20 --seed 1""";

    public GeneratorOptions {
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        if (units < 1 || groups < 1 || groups > units) {
            throw new IllegalArgumentException("need 1 ≤ --groups ≤ --units, got " + groups + " groups for " + units + " units");
        }
        if (years.isEmpty() || years.stream().anyMatch(y -> y < 2000 || y > 2100)) {
            throw new IllegalArgumentException("--years must list years from 2000 to 2100, got " + years);
        }
        if (dossiersPerUnit < 0 || respondentsPerUnit < 0) {
            throw new IllegalArgumentException("--dossiers-per-unit and --respondents-per-unit must be ≥ 0");
        }
        years = years.stream().distinct().sorted().toList();
    }

    public static GeneratorOptions parse(String... args) {
        Path out = null;
        int units = 30;
        int groups = 2;
        List<Integer> years = List.of(2024, 2025);
        int dossiers = 50;
        int respondents = 20;
        long seed = 1;
        boolean mixed = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            if (arg.equals("--mixed-dialects")) {
                mixed = true;
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + arg);
                }
                value = args[++i];
            }
            switch (arg) {
                case "--out" -> out = Path.of(value);
                case "--units" -> units = integer(arg, value);
                case "--groups" -> groups = integer(arg, value);
                case "--years" -> years = years(value);
                case "--dossiers-per-unit" -> dossiers = integer(arg, value);
                case "--respondents-per-unit" -> respondents = integer(arg, value);
                case "--seed" -> seed = Long.parseLong(value.trim());
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new GeneratorOptions(out, units, groups, years, dossiers, respondents, seed, mixed);
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs an integer, got '" + value + "'");
        }
    }

    private static List<Integer> years(String value) {
        List<Integer> years = new ArrayList<>();
        for (String part : value.split(",")) {
            years.add(integer("--years", part));
        }
        return years;
    }
}

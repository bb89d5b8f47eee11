package vn.parindex.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed command line. {@code units} and {@code out} belong to {@code template} only ({@code out} is null
 * when not given: the installation's {@code templates/<Y>/}).
 */
public record Command(Name name, List<Integer> years, Duration settle, List<Path> files, List<String> units, Path out,
        java.time.LocalDate asOf, boolean letters) {

    public enum Name { RUN, VALIDATE, REPORT, TEMPLATE, STATUS }

    /** {@code asOf} (null: today) and {@code letters} belong to {@code status} only (SPEC §16). */
    public Command(Name name, List<Integer> years, Duration settle, List<Path> files, List<String> units, Path out) {
        this(name, years, settle, files, units, out, null, false);
    }

    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(60);

    public static final String USAGE = """
            usage: parindex run [--year Y]... [--settle SECONDS]   the nightly job: intake, load, recompute, render
                   parindex validate [FILE]...                     validate only (no FILE: the inbox); loads nothing
                   parindex report --year Y                        re-render one year's outputs from the warehouse
                   parindex template --year Y [--unit CODE]... [--out DIR]
                                                                   write spreadsheet templates for staff
                   parindex status [--year Y [--letters]] [--as-of YYYY-MM-DD]
                                                                   who has submitted what (SPEC §16)""";

    public static Command parse(String[] args) {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        Name name = switch (args[0]) {
            case "run" -> Name.RUN;
            case "validate" -> Name.VALIDATE;
            case "report" -> Name.REPORT;
            case "template" -> Name.TEMPLATE;
            case "status" -> Name.STATUS;
            default -> throw new UsageException("unknown command '" + args[0] + "'");
        };
        List<Integer> years = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String> units = new ArrayList<>();
        Path out = null;
        Duration settle = DEFAULT_SETTLE;
        java.time.LocalDate asOf = null;
        boolean letters = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (name != Name.VALIDATE && (arg.equals("--year") || arg.startsWith("--year="))) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : value(args, ++i, "--year");
                years.add(year(value));
            } else if (name == Name.RUN && (arg.equals("--settle") || arg.startsWith("--settle="))) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : value(args, ++i, "--settle");
                settle = Duration.ofSeconds(seconds(value));
            } else if (name == Name.TEMPLATE && (arg.equals("--unit") || arg.startsWith("--unit="))) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : value(args, ++i, "--unit");
                if (value.isBlank()) {
                    throw new UsageException("--unit needs a unit code");
                }
                if (!units.contains(value.trim())) {
                    units.add(value.trim());
                }
            } else if (name == Name.TEMPLATE && (arg.equals("--out") || arg.startsWith("--out="))) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : value(args, ++i, "--out");
                if (out != null) {
                    throw new UsageException("--out may be given once");
                }
                if (value.isBlank()) {
                    throw new UsageException("--out needs a folder");
                }
                out = Path.of(value);
            } else if (name == Name.STATUS && (arg.equals("--as-of") || arg.startsWith("--as-of="))) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : value(args, ++i, "--as-of");
                if (asOf != null) {
                    throw new UsageException("--as-of may be given once");
                }
                asOf = date(value);
            } else if (name == Name.STATUS && arg.equals("--letters")) {
                letters = true;
            } else if (name == Name.VALIDATE && !arg.startsWith("--")) {
                files.add(Path.of(arg));
            } else {
                throw new UsageException("unexpected argument '" + arg + "' for " + args[0]);
            }
        }
        if (name == Name.REPORT && years.size() != 1) {
            throw new UsageException("report needs exactly one --year");
        }
        if (name == Name.TEMPLATE && years.size() != 1) {
            throw new UsageException("template needs exactly one --year");
        }
        if (name == Name.STATUS && years.size() > 1) {
            throw new UsageException("status takes at most one --year");
        }
        if (letters && years.isEmpty()) {
            throw new UsageException("--letters needs --year");
        }
        return new Command(name, List.copyOf(years), settle, List.copyOf(files), List.copyOf(units), out, asOf, letters);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static int year(String value) {
        if (value.matches("\\d{4}")) {
            int year = Integer.parseInt(value);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        }
        throw new UsageException("--year must be a year from 2000 to 2100, got '" + value + "'");
    }

    private static java.time.LocalDate date(String value) {
        try {
            return java.time.LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT));
        } catch (java.time.DateTimeException e) {
            throw new UsageException("--as-of must be a date YYYY-MM-DD, got '" + value + "'");
        }
    }

    private static long seconds(String value) {
        if (value.matches("\\d{1,9}")) {
            return Long.parseLong(value);
        }
        throw new UsageException("--settle must be a whole number of seconds, got '" + value + "'");
    }

    /** Bad arguments (exit code 2). */
    public static class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}

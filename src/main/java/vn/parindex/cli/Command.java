package vn.parindex.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed command line. {@code units} belong to {@code template} and {@code report} (a unit's own scorecard),
 * {@code out} to {@code template} and {@code backup} ({@code out} is null when not given: the installation's
 * {@code templates/<Y>/}).
 */
public record Command(Name name, List<Integer> years, Duration settle, List<Path> files, List<String> units, Path out,
        Integer keep, boolean replace, YearRecordOptions record, java.time.LocalDate asOf, boolean letters) {

    public enum Name { RUN, VALIDATE, REPORT, TEMPLATE, BACKUP, RESTORE, PUBLISH, REOPEN, PUBLICATIONS, STATUS }

    /**
     * Without options of backup, restore, the year's record and status. {@code asOf} (null: today) and {@code letters}
     * belong to {@code status} only (SPEC §16).
     */
    public Command(Name name, List<Integer> years, Duration settle, List<Path> files, List<String> units, Path out) {
        this(name, years, settle, files, units, out, null, false, YearRecordOptions.NONE, null, false);
    }

    public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(60);

    public static final String USAGE = """
            usage: parindex run [--year Y]... [--settle SECONDS]   the nightly job: intake, load, recompute, render
                   parindex validate [FILE]...                     validate only (no FILE: the inbox); loads nothing
                   parindex report --year Y                        re-render one year's outputs from the warehouse
                   parindex report --year Y --unit CODE...         a unit's scorecard as a PDF of its own
                   parindex template --year Y [--unit CODE]... [--out DIR]
                                                                   write spreadsheet templates for staff
                   parindex publish --year Y --provisional [--comments-until YYYY-MM-DD]
                   parindex publish --year Y --final --decision "<số>/QĐ-UBND" --decision-date YYYY-MM-DD
                                                                   freeze a published version of the year
                   parindex reopen --year Y --reason TEXT          reopen a final year
                   parindex publications [--year Y]                list the published versions, check their files
                   parindex backup [--out DIR] [--keep N]          back up the warehouse (default folder backups/)
                   parindex restore FILE [--replace]               restore a backup into this installation
                   parindex status [--year Y [--letters]] [--as-of YYYY-MM-DD]
                                                                   who has submitted what (SPEC §16)
                   parindex --version                              print the version and the commit
                   parindex --help                                 this text and the exit codes""";

    /** What {@code parindex --help} prints (to standard output, exit 0): the usage, the exit codes and where to read more. */
    public static final String HELP = USAGE + """


            exit codes: 0 done, nothing rejected; 4 done, some files rejected (input/rejected/) or left for the next run;
                        1 failed (a rerun is safe and resumes); 2 bad arguments or configuration; 3 another run in progress
            installation root: the current directory, or PARINDEX_HOME; more in README.md""";

    /** True for {@code --help} (or {@code -h}) given alone. */
    public static boolean isHelp(String[] args) {
        return args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"));
    }

    public static Command parse(String[] args) {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        Name name = switch (args[0]) {
            case "run" -> Name.RUN;
            case "validate" -> Name.VALIDATE;
            case "report" -> Name.REPORT;
            case "template" -> Name.TEMPLATE;
            case "backup" -> Name.BACKUP;
            case "restore" -> Name.RESTORE;
            case "publish" -> Name.PUBLISH;
            case "reopen" -> Name.REOPEN;
            case "publications" -> Name.PUBLICATIONS;
            case "status" -> Name.STATUS;
            default -> throw new UsageException("unknown command '" + args[0] + "'");
        };
        List<Integer> years = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String> units = new ArrayList<>();
        Path out = null;
        Duration settle = DEFAULT_SETTLE;
        Integer keep = null;
        boolean replace = false;
        YearRecordOptions.Builder record = new YearRecordOptions.Builder();
        java.time.LocalDate asOf = null;
        boolean letters = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (YearRecordOptions.takes(name, option)) {
                String value = YearRecordOptions.flag(option) ? null
                        : arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : value(args, ++i, option);
                record.set(option, value);
            } else if (name != Name.VALIDATE && name != Name.BACKUP && name != Name.RESTORE && (arg.equals("--year") || arg.startsWith("--year="))) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : value(args, ++i, "--year");
                years.add(year(value));
            } else if (name == Name.RUN && (arg.equals("--settle") || arg.startsWith("--settle="))) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : value(args, ++i, "--settle");
                settle = Duration.ofSeconds(seconds(value));
            } else if ((name == Name.TEMPLATE || name == Name.REPORT) && (arg.equals("--unit") || arg.startsWith("--unit="))) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : value(args, ++i, "--unit");
                if (value.isBlank()) {
                    throw new UsageException("--unit needs a unit code");
                }
                if (!units.contains(value.trim())) {
                    units.add(value.trim());
                }
            } else if (name == Name.BACKUP && (arg.equals("--keep") || arg.startsWith("--keep="))) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : value(args, ++i, "--keep");
                if (keep != null) {
                    throw new UsageException("--keep may be given once");
                }
                keep = keep(value);
            } else if (name == Name.RESTORE && arg.equals("--replace")) {
                replace = true;
            } else if (name == Name.RESTORE && !arg.startsWith("--")) {
                if (!files.isEmpty()) {
                    throw new UsageException("restore takes one backup file");
                }
                files.add(Path.of(arg));
            } else if ((name == Name.TEMPLATE || name == Name.BACKUP) && (arg.equals("--out") || arg.startsWith("--out="))) {
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
        if (name == Name.RESTORE && files.isEmpty()) {
            throw new UsageException("restore needs the backup file to restore");
        }
        if (name == Name.STATUS && years.size() > 1) {
            throw new UsageException("status takes at most one --year");
        }
        if (letters && years.isEmpty()) {
            throw new UsageException("--letters needs --year");
        }
        YearRecordOptions options = record.build(name, years);
        return new Command(name, List.copyOf(years), settle, List.copyOf(files), List.copyOf(units), out, keep, replace, options,
                asOf, letters);
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

    private static int keep(String value) {
        if (value.matches("\\d{1,6}") && Integer.parseInt(value) >= 1) {
            return Integer.parseInt(value);
        }
        throw new UsageException("--keep must be a whole number of backups, at least 1, got '" + value + "'");
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

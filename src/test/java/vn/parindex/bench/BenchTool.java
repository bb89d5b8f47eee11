package vn.parindex.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.installation.EmbeddedDatabase;

/**
 * Small helpers for {@code scripts/bench} (a benchmark, not part of the nightly job). Run from the project jar:
 *
 * <pre>
 * java -cp target/parindex.jar -Dloader.main=vn.parindex.bench.BenchTool \
 *     org.springframework.boot.loader.launch.PropertiesLauncher COMMAND ...
 * </pre>
 *
 * <ul>
 * <li>{@code create-schema --url jdbc:mysql://HOST:PORT [--user U] NAME}: drops and creates schema NAME (utf8mb4).</li>
 * <li>{@code bare-load (--url jdbc:mysql://HOST:PORT [--user U] | --embedded DIR) --schema NAME FILE...}: the
 * reference ingest: drops and creates NAME with one plain table (the dossier CSV columns, no keys), then one
 * {@code LOAD DATA LOCAL INFILE} per file, each committed on its own; prints per-file and total times (only the
 * statements are timed, not the JVM or the server start-up).</li>
 * <li>{@code run-json FILE}: prints the run summary's figures as {@code key=value} lines for the shell.</li>
 * </ul>
 * The password, if any, comes from the environment variable {@code BENCH_DB_PASSWORD} (never the command line).
 */
public final class BenchTool {

    private static final String TABLE = """
            CREATE TABLE bare_dossier (
                year           VARCHAR(8),
                unit_code      VARCHAR(32),
                dossier_id     VARCHAR(64),
                procedure_code VARCHAR(64),
                received_at    VARCHAR(32),
                due_at         VARCHAR(32),
                resolved_at    VARCHAR(32),
                channel        VARCHAR(16)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""";

    private BenchTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage("no command");
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        int code = switch (args[0]) {
            case "create-schema" -> createSchema(rest);
            case "bare-load" -> bareLoad(rest);
            case "run-json" -> runJson(rest);
            case "xlsx-ledger" -> xlsxLedger(rest);
            case "pdf-pages" -> pdfPages(rest);
            default -> {
                usage("unknown command " + args[0]);
                yield 2;
            }
        };
        System.exit(code);
    }

    /** Prints the number of pages of the PDF {@code args[0]} (its objects are compressed: no grep can count them). */
    private static int pdfPages(List<String> args) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(new java.io.File(args.get(0)))) {
            System.out.println(document.getNumberOfPages());
        }
        return 0;
    }

    /**
     * The same dossier ledger of ROWS rows (unit 019 of the worked example, 2024) as {@code DIR/xlsx/dossiers-019.xlsx},
     * written the way a spreadsheet program saves it (dossier identifiers in the shared strings, dates in date cells),
     * and as {@code DIR/csv/dossiers-019.csv}.
     */
    private static int xlsxLedger(List<String> args) throws java.io.IOException {
        if (args.size() != 2) {
            usage("xlsx-ledger needs ROWS and DIR");
        }
        int rows = Integer.parseInt(args.get(0));
        Path dir = Path.of(args.get(1));
        vn.parindex.support.Workbooks.ledger(dir.resolve("xlsx").resolve("dossiers-019.xlsx"), rows, "HS-");
        java.nio.file.Files.createDirectories(dir.resolve("csv"));
        java.nio.file.Files.writeString(dir.resolve("csv").resolve("dossiers-019.csv"), vn.parindex.support.ChildRun.ledger(rows, "HS-"));
        return 0;
    }

    private static void usage(String message) {
        System.err.println("bench-tool: " + message);
        System.err.println("usage: create-schema --url URL [--user U] NAME | bare-load (--url URL [--user U] | --embedded DIR)"
                + " --schema NAME FILE... | run-json FILE | xlsx-ledger ROWS DIR | pdf-pages PDF");
        System.exit(2);
    }

    /** Removes {@code --name value} from args and returns value, or null. */
    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0) {
            return null;
        }
        if (i + 1 >= args.size()) {
            usage(name + " needs a value");
        }
        String value = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return value;
    }

    private static String serverUrl(String url) {
        String base = url.endsWith("/") ? url : url + "/";
        return base + "?allowLoadLocalInfile=true&characterEncoding=UTF-8&allowPublicKeyRetrieval=true&useSSL=false";
    }

    private static String password() {
        String p = System.getenv("BENCH_DB_PASSWORD");
        return p == null ? "" : p;
    }

    private static void recreate(Connection c, String schema) throws SQLException {
        if (!schema.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("schema name must be [A-Za-z0-9_]+: " + schema);
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            s.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
    }

    private static int createSchema(List<String> args) throws SQLException {
        String url = option(args, "--url");
        String user = option(args, "--user");
        if (url == null || args.size() != 1) {
            usage("create-schema --url URL [--user U] NAME");
        }
        try (Connection c = DriverManager.getConnection(serverUrl(url), user == null ? "root" : user, password())) {
            recreate(c, args.get(0));
        }
        System.out.println("created schema " + args.get(0));
        return 0;
    }

    private static int bareLoad(List<String> args) throws Exception {
        String url = option(args, "--url");
        String user = option(args, "--user");
        String embeddedDir = option(args, "--embedded");
        String schema = option(args, "--schema");
        if ((url == null) == (embeddedDir == null) || schema == null || args.isEmpty()) {
            usage("bare-load (--url URL [--user U] | --embedded DIR) --schema NAME FILE...");
        }
        EmbeddedDatabase embedded = null;
        try {
            if (embeddedDir != null) {
                Path dir = Path.of(embeddedDir).toAbsolutePath();
                Instant t = Instant.now();
                embedded = EmbeddedDatabase.start(dir.resolve("base"), dir.resolve("data"));
                System.out.printf(Locale.ROOT, "embedded server started in %d ms%n", Duration.between(t, Instant.now()).toMillis());
                url = "jdbc:mysql://127.0.0.1:" + embedded.port();
                user = embedded.credential().user();
            }
            String password = embedded != null ? embedded.credential().password() : password();
            try (Connection c = DriverManager.getConnection(serverUrl(url), user == null ? "root" : user, password)) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT VERSION()")) {
                    r.next();
                    System.out.println("server_version=" + r.getString(1));
                }
                recreate(c, schema);
                c.setCatalog(schema);
                try (Statement s = c.createStatement()) {
                    s.execute(TABLE);
                }
                long totalNanos = 0;
                long totalRows = 0;
                long totalBytes = 0;
                for (String name : args) {
                    Path file = Path.of(name).toAbsolutePath();
                    String sql = loadStatement(file);
                    long t0 = System.nanoTime();
                    long rows;
                    try (Statement s = c.createStatement()) {
                        rows = s.executeLargeUpdate(sql);
                    }
                    long nanos = System.nanoTime() - t0;
                    totalNanos += nanos;
                    totalRows += rows;
                    totalBytes += Files.size(file);
                    System.out.printf(Locale.ROOT, "file %s rows=%d ms=%d%n", file.getFileName(), rows, nanos / 1_000_000);
                }
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM bare_dossier")) {
                    r.next();
                    if (r.getLong(1) != totalRows) {
                        System.err.println("bench-tool: table holds " + r.getLong(1) + " rows, LOAD DATA reported " + totalRows);
                        return 1;
                    }
                }
                System.out.printf(Locale.ROOT, "bare_rows=%d%nbare_bytes=%d%nbare_ms=%d%n", totalRows, totalBytes, totalNanos / 1_000_000);
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
        return 0;
    }

    /** The file's own dialect, from its first line: delimiter (comma, semicolon, tab), line end, BOM. */
    static String loadStatement(Path file) throws IOException {
        byte[] head = new byte[64 * 1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String text = new String(head, 0, n, StandardCharsets.UTF_8);
        int eol = text.indexOf('\n');
        String first = eol < 0 ? text : text.substring(0, eol);
        boolean crlf = first.endsWith("\r");
        char delimiter = ',';
        long commas = first.chars().filter(ch -> ch == ',').count();
        long semicolons = first.chars().filter(ch -> ch == ';').count();
        long tabs = first.chars().filter(ch -> ch == '\t').count();
        if (semicolons > commas && semicolons >= tabs) {
            delimiter = ';';
        } else if (tabs > commas && tabs > semicolons) {
            delimiter = '\t';
        }
        String path = file.toString().replace("\\", "\\\\").replace("'", "\\'");
        return "LOAD DATA LOCAL INFILE '" + path + "' INTO TABLE bare_dossier CHARACTER SET utf8mb4"
                + " FIELDS TERMINATED BY '" + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter)) + "'"
                + " OPTIONALLY ENCLOSED BY '\"'"
                + " LINES TERMINATED BY '" + (crlf ? "\\r\\n" : "\\n") + "'"
                + " IGNORE 1 LINES"
                + " (year, unit_code, dossier_id, procedure_code, received_at, due_at, resolved_at, channel)";
    }

    private static final Pattern STRING_FIELD = Pattern.compile("\"(start|end|run_id)\": \"([^\"]*)\"");
    private static final Pattern EXIT = Pattern.compile("\"exit_code\": (-?\\d+)");
    private static final Pattern YEARS = Pattern.compile("\"years_recomputed\": \\[([^\\]]*)\\]");
    private static final Pattern PHASE = Pattern.compile("\"(\\w+)\": (\\d+)");
    private static final Pattern FILE_ROW = Pattern.compile(
            "\\{\"name\": \"((?:[^\"\\\\]|\\\\.)*)\", \"kind\": (?:\"([^\"]*)\"|null), .*?\"status\": \"([^\"]*)\", \"rows\": (\\d+), \"errors\": (\\d+)\\}");

    /** The run summary's figures as {@code key=value} lines; per kind: files and rows. */
    private static int runJson(List<String> args) throws IOException {
        if (args.size() != 1) {
            usage("run-json FILE");
        }
        String json = Files.readString(Path.of(args.get(0)), StandardCharsets.UTF_8);
        Instant start = null;
        Instant end = null;
        Matcher m = STRING_FIELD.matcher(json);
        while (m.find()) {
            switch (m.group(1)) {
                case "start" -> start = Instant.parse(m.group(2));
                case "end" -> end = Instant.parse(m.group(2));
                default -> System.out.println("run_id=" + m.group(2));
            }
        }
        Matcher e = EXIT.matcher(json);
        if (e.find()) {
            System.out.println("exit_code=" + e.group(1));
        }
        if (start != null && end != null) {
            System.out.println("job_ms=" + Duration.between(start, end).toMillis());
        }
        Matcher y = YEARS.matcher(json);
        if (y.find()) {
            System.out.println("years_recomputed=" + y.group(1).replace(" ", ""));
        }
        int phases = json.indexOf("\"phases_ms\"");
        if (phases >= 0) {
            String body = json.substring(json.indexOf('{', phases), json.indexOf('}', phases) + 1);
            Matcher p = PHASE.matcher(body);
            while (p.find()) {
                System.out.println("phase_" + p.group(1) + "_ms=" + p.group(2));
            }
        }
        java.util.Map<String, long[]> byKindStatus = new java.util.TreeMap<>();
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(json))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher f = FILE_ROW.matcher(line);
                if (f.find()) {
                    String kind = f.group(2) == null ? "unknown" : f.group(2);
                    long[] acc = byKindStatus.computeIfAbsent(kind + "_" + f.group(3).replace('-', '_'), k -> new long[3]);
                    acc[0]++;
                    acc[1] += Long.parseLong(f.group(4));
                    acc[2] += Long.parseLong(f.group(5));
                }
            }
        }
        byKindStatus.forEach((k, v) -> System.out.printf(Locale.ROOT, "files_%s=%d%nrows_%s=%d%nerrors_%s=%d%n", k, v[0], k, v[1], k, v[2]));
        return 0;
    }
}

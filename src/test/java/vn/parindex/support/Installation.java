package vn.parindex.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.parindex.cli.Parindex;
import vn.parindex.installation.DatabaseSettings;

/**
 * A parindex installation in a temporary folder, on a schema of its own, driven through the real command line; or,
 * for the job and warehouse tests, the one installation of the Spring context they share (cli.SharedWarehouse),
 * whose commands run in that context until a test gives it a setting of its own ({@link #with}): from then on they
 * run through the command line, on the same folder and schema, as every command did before.
 */
public final class Installation {

    /** The worked example (README.md beside the files gives its expected ranking), bundled with the tests. */
    public static final Path EXAMPLES = Path.of("src", "test", "resources", "examples").toAbsolutePath();

    public record Result(int exitCode, String out, String err) {
    }

    private final Path home;
    private final DatabaseSettings database;
    private final java.util.Map<String, String> settings = new java.util.HashMap<>();
    private final java.util.function.Function<String[], Result> commands;
    private long clock = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();

    public Installation(Path home) {
        this.home = home;
        this.database = TestDatabase.newSchema();
        this.commands = null;
    }

    /** The installation in {@code home} on {@code database} whose commands {@code commands} runs (a shared context). */
    public Installation(Path home, DatabaseSettings database, java.util.function.Function<String[], Result> commands) {
        this.home = home;
        this.database = database;
        this.commands = commands;
    }

    public Path home() {
        return home;
    }

    /** Sets an environment variable of every later command (a setting such as PARINDEX_LOAD_PATH). */
    public Installation with(String name, String value) {
        settings.put(name, value);
        return this;
    }

    /** The environment a parindex process for this installation needs (database URL and credentials). */
    public java.util.Map<String, String> environment() {
        java.util.Map<String, String> env = new java.util.HashMap<>(TestDatabase.environmentFor(database));
        env.putAll(settings);
        env.put("PARINDEX_HOME", home.toString());
        return env;
    }

    public Path inbox() {
        return home.resolve("input/inbox");
    }

    public Path reports(int year) {
        return home.resolve("reports").resolve(Integer.toString(year));
    }

    public Result run(String... args) {
        if (commands != null && settings.isEmpty()) {
            return commands.apply(args);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        java.util.Map<String, String> env = new java.util.HashMap<>(TestDatabase.environmentFor(database));
        env.putAll(settings);
        int code = new Parindex(home, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Drops {@code content} into the inbox as {@code name}, with a modification time after every earlier drop. */
    public Path drop(String name, String content) {
        return drop(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public Path drop(String name, byte[] content) {
        try {
            Path file = inbox().resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(clock += 60)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled sample province (README's first command), as {@code scripts/run-sample} copies it. */
    public static final Path SAMPLE = Path.of("input", "sample").toAbsolutePath();

    /** Copies every file of the bundled sample into the inbox, in name order. */
    public Installation dropSample() {
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path file : files.sorted().toList()) {
                drop(file.getFileName().toString(), Files.readAllBytes(file));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the worked example into the inbox without its dossier ledgers, for a test that brings its own. */
    public void dropExamplesButLedgers() {
        dropExamples(exampleFiles().stream().filter(n -> !n.startsWith("dossiers")).toList());
    }

    /** Copies the bundled worked example into the inbox, in the given file order of modification times. */
    public void dropExamples(List<String> names) {
        for (String name : names) {
            try {
                drop(name, Files.readAllBytes(EXAMPLES.resolve(name)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static List<String> exampleFiles() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Path> inboxFiles() {
        return filesUnder(inbox());
    }

    public static List<Path> filesUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the installation's warehouse is. */
    public DatabaseSettings database() {
        return database;
    }

    /** Direct SQL on the installation's warehouse, for assertions. */
    public JdbcTemplate sql() {
        DataSource ds = new DriverManagerDataSource(database.url(), database.user(), database.password());
        return new JdbcTemplate(ds);
    }

    /**
     * Direct SQL on one connection, kept until closed, for a test that polls the warehouse every few milliseconds
     * while a child process works: {@link #sql()} opens a connection for every query, and at that pace opening them
     * costs the test and the server more than the queries, CPU the child being watched then waits for. Each query
     * still sees what was committed before it (autocommit). A query that fails for another reason than SQL the schema
     * cannot answer yet (its tables not created) leaves the connection to be opened again for the next one.
     */
    public PolledSql polledSql() {
        return new PolledSql(new SingleConnectionDataSource(database.url(), database.user(), database.password(), true));
    }

    /** {@link #polledSql()}: a JdbcTemplate on one connection; closing it closes the connection. */
    public static final class PolledSql extends JdbcTemplate implements AutoCloseable {

        private final SingleConnectionDataSource connection;

        private PolledSql(SingleConnectionDataSource connection) {
            super(connection);
            this.connection = connection;
        }

        @Override
        protected DataAccessException translateException(String task, String sql, SQLException failure) {
            DataAccessException translated = super.translateException(task, sql, failure);
            if (!(translated instanceof BadSqlGrammarException)) {
                connection.resetConnection();
            }
            return translated;
        }

        @Override
        public void close() {
            connection.destroy();
        }
    }

    public String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.parindex.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.parindex.collection.Deadlines;
import vn.parindex.installation.Folders;
import vn.parindex.installation.Printable;
import vn.parindex.installation.Terminal;
import vn.parindex.report.ReportPlace;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;
import vn.parindex.support.TestDatabase;
import vn.parindex.installation.ConfigFile;
import vn.parindex.installation.DatabaseSettings;
import vn.parindex.installation.InstallationLock;

/**
 * The base of the job and warehouse tests: their commands run in one Spring context per test JVM (cached by the
 * Spring test framework for every subclass), on one schema migrated once and one installation folder, where the
 * command line would start a context, and check the migrations, for every command. Before each test every table
 * but Flyway's history and Spring Batch's id sequences is emptied and the folder wiped, so no test sees another's
 * rows or files and their order cannot matter. The context is built as {@link Parindex} builds its own (the same
 * properties and beans, the default settings); what only the command line does (settings from the environment and
 * parindex.properties, the embedded server, messages before the context) is tested through it, by the tests that
 * construct an {@link Installation} of their own.
 *
 * <p>Not a {@code @SpringBatchTest}: its listeners register, around every test method, a job context for a made-up
 * job execution 123 (MetaDataInstanceFactory's default), and Spring Batch finds a job's context by its execution's
 * id alone. The run that happened to be the shared schema's job execution 123 took the made-up context for its
 * own: its job-scoped beans read the job parameters of no run (no run id), its load partitioner found no plan,
 * and the data file it had staged was neither loaded nor rejected (ErrorCodesTest's 28th case in the full suite's
 * order, issue 26; NightlyRunTest gives a run that id). Here the job and step scopes hold only the contexts of
 * the jobs the tests run; {@link #emptyTheWarehouseAndTheFolder} checks that none is registered before a test.
 */
@SpringBootTest(classes = {ParindexApplication.class, SharedWarehouse.InstallationBeans.class})
public abstract class SharedWarehouse {

    private static final Path HOME = temporaryHome();
    private static final DatabaseSettings DATABASE = TestDatabase.newSchema();
    private static final SwitchedOutput TERMINAL = new SwitchedOutput();
    private static String migratedShape;

    @DynamicPropertySource
    static void asTheCommandLineSetsThem(DynamicPropertyRegistry registry) {
        Map<String, Object> properties = Parindex.springProperties(DATABASE, null, Parindex.threads(null), Parindex.replicates(null));
        properties.forEach((name, value) -> registry.add(name, () -> value));
        registry.add("spring.main.banner-mode", () -> "off");
        registry.add("spring.main.log-startup-info", () -> false);
    }

    @TestConfiguration
    static class InstallationBeans {
        @Bean
        Folders folders() {
            return new Folders(HOME);
        }

        @Bean
        Terminal terminal() {
            return new Terminal(new PrintStream(TERMINAL, true, StandardCharsets.UTF_8));
        }

        @Bean
        Deadlines deadlines() {
            return Deadlines.none();
        }
    }

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;

    /** The shared installation's folder (empty at the start of each test). */
    protected final Path home = HOME;

    @BeforeEach
    void emptyTheWarehouseAndTheFolder() throws IOException {
        if (JobSynchronizationManager.getContext() != null || StepSynchronizationManager.getContext() != null) {
            throw new IllegalStateException("a job or step context is registered outside any run: a run whose execution has its id "
                    + "would take it for its own (see this class's comment; spring-batch-test's listeners register one)");
        }
        wipe(HOME);
        jdbc.execute((ConnectionCallback<Void>) c -> {
            try (Statement s = c.createStatement()) {
                String schema = schemaShape(s);
                if (migratedShape == null) {
                    migratedShape = schema;
                } else if (!migratedShape.equals(schema)) {
                    throw new IllegalStateException("a test left the shared schema changed (" + migratedShape + " → " + schema
                            + "): it must undo its ALTER TABLE");
                }
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME, AUTO_INCREMENT FROM information_schema.TABLES "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")) {
                    while (rs.next()) {
                        String name = rs.getString(1);
                        boolean kept = name.equalsIgnoreCase("flyway_schema_history") || name.toUpperCase().endsWith("_SEQ");
                        if (!kept) {
                            tables.add(name + (rs.getLong(2) > 1 ? "" : "?"));
                        }
                    }
                }
                s.execute("SET FOREIGN_KEY_CHECKS = 0");
                try {
                    for (String table : tables) {
                        boolean counted = !table.endsWith("?");
                        String name = counted ? table : table.substring(0, table.length() - 1);
                        // a table whose auto-increment never moved is truncated only when it holds rows (TRUNCATE costs a file)
                        if (counted || hasRows(s, name)) {
                            s.execute("TRUNCATE TABLE `" + name + "`");
                        }
                    }
                } finally {
                    s.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
            }
            return null;
        });
    }

    /** Counts of the schema's columns, indexes and constraints: a test that altered a table changes one of them. */
    private static String schemaShape(Statement s) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()), "
                + "(SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()), "
                + "(SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE())")) {
            rs.next();
            return rs.getLong(1) + " columns, " + rs.getLong(2) + " index columns, " + rs.getLong(3) + " constraints";
        }
    }

    private static boolean hasRows(Statement s, String table) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM `" + table + "`)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** The shared installation: its commands run in this context, its warehouse is the context's schema. */
    protected Installation installation() {
        return new Installation(HOME, DATABASE, this::execute);
    }

    /**
     * {@code parindex <args>} as {@link Parindex#execute} runs it, in the shared context. Arguments the command line
     * refuses before it starts a context, and backup and restore (which run outside one), go to the command line.
     */
    private Result execute(String[] args) {
        if (Files.exists(HOME.resolve(ConfigFile.NAME))) {
            throw new IllegalStateException(ConfigFile.NAME + " is read by the command line: such a test constructs its own Installation");
        }
        Command command;
        try {
            command = Command.isHelp(args) || args.length == 1 && args[0].equals("--version") ? null : Command.parse(args);
        } catch (Command.UsageException refused) {
            command = null;
        }
        if (command == null || command.name() == Command.Name.BACKUP || command.name() == Command.Name.RESTORE) {
            return commandLine(args);
        }
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        TERMINAL.to(outBytes);
        int code;
        try {
            code = inContext(command, out, err, args);
        } finally {
            TERMINAL.to(OutputStream.nullOutputStream());
        }
        return new Result(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }

    private int inContext(Command command, PrintStream out, PrintStream err, String[] args) {
        Folders folders = new Folders(HOME);
        Optional<InstallationLock> lock;
        try {
            vn.parindex.installation.OwnerOnly.folder(folders.data());
            vn.parindex.installation.OwnerOnly.folder(folders.logs());
            lock = InstallationLock.tryAcquire(folders.data());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lock.isEmpty()) {
            err.println("parindex: another run is in progress in " + HOME);
            return ExitCode.BUSY.code();
        }
        try (InstallationLock held = lock.get()) {
            Optional<String> restoring = vn.parindex.backup.Restore.interrupted(HOME);
            if (restoring.isPresent()) {
                err.println("parindex: a restore of " + Printable.of(restoring.get()) + " did not finish: run 'parindex restore "
                        + Printable.of(restoring.get()) + "' again (or restore another backup) before anything else");
                return ExitCode.BAD_USAGE.code();
            }
            return switch (command.name()) {
                case RUN -> context.getBean(RunCommand.class).run(RunIds.next(Instant.now()), command, out, err);
                case VALIDATE -> context.getBean(ValidateCommand.class).validate(command.files(), folders, out, err);
                case REPORT -> command.units().isEmpty()
                        ? context.getBean(ReportCommand.class).report(command.years().get(0), folders, out, err)
                        : context.getBean(ReportCommand.class).unitScorecards(command.years().get(0), command.units(), folders, out, err);
                case TEMPLATE -> context.getBean(TemplateCommand.class).template(command.years().get(0), command.units(),
                        command.out(), folders, out, err);
                case PUBLISH -> context.getBean(YearRecordCommand.class).publish(command, folders, ReportPlace.resolve(HOME, Map.of()), out, err);
                case REOPEN -> context.getBean(YearRecordCommand.class).reopen(command, folders, out, err);
                case PUBLICATIONS -> context.getBean(YearRecordCommand.class).publications(command, folders, out, err);
                case STATUS -> context.getBean(StatusCommand.class).status(command, folders, out, err);
                case BACKUP, RESTORE -> throw new IllegalStateException("run outside the Spring context");
            };
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(Parindex.class).error("parindex {} failed", String.join(" ", args), e);
            err.println("parindex: failed: " + Printable.rootMessage(e) + " (details in logs/parindex.log; a rerun is safe)");
            return ExitCode.FAILED.code();
        }
    }

    private static Result commandLine(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Parindex(HOME, TestDatabase.environmentFor(DATABASE), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void wipe(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            Files.createDirectories(folder);
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(folder)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                p.toFile().setReadable(true, true);
                p.toFile().setWritable(true, true);
                p.toFile().setExecutable(true, true);
            }
        }
        for (Path p : all) {
            if (!p.equals(folder)) {
                Files.delete(p);
            }
        }
    }

    private static Path temporaryHome() {
        try {
            Path home = Files.createTempDirectory("parindex-shared");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    wipe(home);
                    Files.delete(home);
                } catch (IOException leftBehind) {
                    // a temporary folder: the system cleans it
                }
            }));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terminal's stream: the running test's buffer, or nowhere between commands. */
    private static final class SwitchedOutput extends OutputStream {
        private volatile OutputStream target = OutputStream.nullOutputStream();

        void to(OutputStream next) {
            target = next;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
        }
    }
}

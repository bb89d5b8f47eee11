package vn.parindex.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.parindex.collection.Deadlines;
import vn.parindex.installation.Folders;
import vn.parindex.installation.Printable;
import vn.parindex.installation.Terminal;
import vn.parindex.report.model.OfficialHeading;
import vn.parindex.installation.ConfigFile;
import vn.parindex.installation.ConfigurationException;
import vn.parindex.installation.DatabaseSettings;
import vn.parindex.warehouse.load.FactLoadPath;
import vn.parindex.installation.DatabaseUnavailableException;
import vn.parindex.installation.EmbeddedDatabase;
import vn.parindex.installation.OwnerOnly;
import vn.parindex.installation.Redaction;
import org.springframework.core.env.MapPropertySource;
import vn.parindex.installation.InstallationLock;

/**
 * The command line of SPEC §9: parses, takes the installation lock, starts the embedded database when no
 * external one is configured, runs the command in a Spring context and turns the outcome into an exit code.
 */
public final class Parindex {

    /** auto (default), load-data or batched: how dossier ledgers and survey answers are sent (warehouse.FactLoadPath). */
    static final String LOAD_PATH = "PARINDEX_LOAD_PATH";
    static final String THREADS = "PARINDEX_THREADS";
    private static final int MOST_THREADS = 64;
    static final String REPLICATES = "PARINDEX_REPLICATES";
    private static final int DEFAULT_REPLICATES = 1000;
    private static final int MOST_REPLICATES = 100_000;

    private final Path home;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    public Parindex(Path home, Map<String, String> env, PrintStream out, PrintStream err) {
        this.home = home.toAbsolutePath().normalize();
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public static Parindex fromEnvironment() {
        String configured = System.getenv("PARINDEX_HOME");
        Path home = Path.of(configured == null || configured.isBlank() ? System.getProperty("user.dir") : configured);
        return new Parindex(home, System.getenv(), System.out, System.err);
    }

    public Path home() {
        return home;
    }

    public int execute(String[] args) {
        if (args.length == 1 && args[0].equals("--version")) {
            out.println(vn.parindex.Version.current());
            return ExitCode.DONE.code();
        }
        if (Command.isHelp(args)) {
            out.println(Command.HELP);
            return 0;
        }
        Command command;
        DatabaseSettings settings;
        Optional<OfficialHeading> heading;
        Deadlines deadlines;
        try {
            command = Command.parse(args);
            refuseSettingsOnTheCommandLine();
            settings = DatabaseSettings.resolve(home, env);
            heading = OfficialHeading.resolve(home, env);
            deadlines = Deadlines.resolve(home, env);
            FactLoadPath.parse(env.get(LOAD_PATH));
            threads(env.get(THREADS));
            replicates(env.get(REPLICATES));
        } catch (Command.UsageException | ConfigurationException e) {
            err.println("parindex: " + Printable.of(e.getMessage()));
            // the year's record answers a bad argument with one clear line (SPEC §15)
            if (args.length == 0 || !java.util.Set.of("publish", "reopen", "publications").contains(args[0])) {
                err.println(Command.USAGE);
            }
            return ExitCode.BAD_USAGE.code();
        }
        Folders folders = new Folders(home);
        Optional<InstallationLock> lock;
        try {
            OwnerOnly.folder(folders.data());
            OwnerOnly.folder(folders.logs());
            warnIfConfigurationIsReadableByOthers();
            lock = InstallationLock.tryAcquire(folders.data());
        } catch (IOException e) {
            err.println("parindex: cannot create the lock under " + folders.data() + ": " + e.getMessage());
            return ExitCode.FAILED.code();
        }
        if (lock.isEmpty()) {
            err.println("parindex: another run is in progress in " + home);
            return ExitCode.BUSY.code();
        }
        try (InstallationLock held = lock.get()) {
            Optional<String> restoring = vn.parindex.backup.Restore.interrupted(home);
            if (restoring.isPresent() && command.name() != Command.Name.RESTORE) {
                err.println("parindex: a restore of " + Printable.of(restoring.get()) + " did not finish: run 'parindex restore "
                        + Printable.of(restoring.get()) + "' again (or restore another backup) before anything else");
                return ExitCode.BAD_USAGE.code();
            }
            return withDatabase(command, settings, heading, deadlines, folders);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(Parindex.class).error("parindex {} failed", String.join(" ", args), e);
            err.println("parindex: failed: " + Printable.rootMessage(e) + " (details in logs/parindex.log; a rerun is safe)");
            return ExitCode.FAILED.code();
        }
    }

    private int withDatabase(Command command, DatabaseSettings settings, Optional<OfficialHeading> heading, Deadlines deadlines,
            Folders folders) {
        EmbeddedDatabase embedded = null;
        try {
            if (settings.embedded()) {
                long started = System.nanoTime();
                embedded = EmbeddedDatabase.start(folders.data().resolve("mariadb-base"), folders.data().resolve("mariadb"));
                settings = embedded.schema("parindex");
                LoggerFactory.getLogger(Parindex.class).info("embedded database ready in {} ms",
                        (System.nanoTime() - started) / 1_000_000);
            }
            if (command.name() != Command.Name.RESTORE) {
                Optional<String> halfChanged = vn.parindex.backup.InterruptedMigration.recover(home, settings);
                if (halfChanged.isPresent()) {
                    err.println("parindex: " + Printable.of(halfChanged.get()));
                    return ExitCode.BAD_USAGE.code();
                }
            }
            if (command.name() == Command.Name.BACKUP) {
                return BackupCommand.backup(command, settings, home, out, err);
            }
            if (command.name() == Command.Name.RESTORE) {
                return BackupCommand.restore(command, settings, FactLoadPath.parse(env.get(LOAD_PATH)), home, out, err);
            }
            return inContext(command, settings, heading, deadlines, folders);
        } catch (java.io.IOException | java.sql.SQLException e) {
            throw new java.io.UncheckedIOException(e instanceof java.io.IOException io ? io : new java.io.IOException(e));
        } catch (DatabaseUnavailableException e) {
            err.println("parindex: database unavailable: " + Printable.of(e.getMessage()));
            return ExitCode.FAILED.code();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private int inContext(Command command, DatabaseSettings settings, Optional<OfficialHeading> heading, Deadlines deadlines,
            Folders folders) {
        String runId = RunIds.next(Instant.now());
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(ParindexApplication.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .initializers(ctx -> {
                        // First in line: a -Dspring.datasource.* in JAVA_OPTS must not redirect the run.
                        ctx.getEnvironment().getPropertySources().addFirst(
                                new MapPropertySource("parindex", springProperties(settings, env.get(LOAD_PATH), threads(env.get(THREADS)),
                                        replicates(env.get(REPLICATES)))));
                        ctx.getBeanFactory().registerSingleton("folders", folders);
                        ctx.getBeanFactory().registerSingleton("terminal", new Terminal(out));
                        heading.ifPresent(h -> ctx.getBeanFactory().registerSingleton("officialHeading", h));
                        ctx.getBeanFactory().registerSingleton("deadlines", deadlines);
                    })
                    .run();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof org.flywaydb.core.internal.exception.FlywayMigrateException
                        || t instanceof org.flywaydb.core.api.exception.FlywayValidateException) {
                    // the server was reached, but a migration failed (now, or recorded as failed before): the log gets
                    // its statement and the server's error
                    LoggerFactory.getLogger(Parindex.class).error("the warehouse's migrations failed", t);
                    err.println("parindex: cannot bring the warehouse at " + Redaction.url(settings.url()) + " up to this version's schema: "
                            + Printable.rootMessage(e) + " (details in logs/parindex.log)");
                    return ExitCode.FAILED.code();
                }
            }
            err.println("parindex: cannot reach the database at " + Redaction.url(settings.url()) + ": " + Printable.rootMessage(e));
            return ExitCode.FAILED.code();
        }
        try (context) {
            return switch (command.name()) {
                case RUN -> context.getBean(RunCommand.class).run(runId, command, out, err);
                case VALIDATE -> context.getBean(ValidateCommand.class).validate(command.files(), folders, out, err);
                case REPORT -> command.units().isEmpty()
                        ? context.getBean(ReportCommand.class).report(command.years().get(0), folders, out, err)
                        : context.getBean(ReportCommand.class).unitScorecards(command.years().get(0), command.units(), folders, out, err);
                case TEMPLATE -> context.getBean(TemplateCommand.class).template(command.years().get(0), command.units(),
                        command.out(), folders, out, err);
                case BACKUP, RESTORE -> throw new IllegalStateException("run outside the Spring context");
                case PUBLISH -> context.getBean(YearRecordCommand.class).publish(command, folders,
                        vn.parindex.report.ReportPlace.resolve(home, env), out, err);
                case REOPEN -> context.getBean(YearRecordCommand.class).reopen(command, folders, out, err);
                case PUBLICATIONS -> context.getBean(YearRecordCommand.class).publications(command, folders, out, err);
                case STATUS -> context.getBean(StatusCommand.class).status(command, folders, out, err);
            };
        }
    }

    /**
     * Database settings come from the environment or parindex.properties only (SPEC §9, §14): a password given as
     * a system property (JAVA_OPTS) would sit on the process's command line for every user of the machine to read.
     * The product reads no Spring property from the command line at all ({@code -Dspring.application.json} could
     * carry any of them), nor anything named like a data source or a password.
     */
    private static void refuseSettingsOnTheCommandLine() {
        for (String name : System.getProperties().stringPropertyNames()) {
            String key = name.toLowerCase(java.util.Locale.ROOT);
            if (key.startsWith("spring.") || key.startsWith("spring_") || key.contains("datasource") || key.contains("password")
                    || key.startsWith("parindex_db") || key.startsWith("parindex.db")) {
                throw new ConfigurationException("database settings are not taken from the command line (-D" + name
                        + " in JAVA_OPTS): set PARINDEX_DB_URL, PARINDEX_DB_USER and PARINDEX_DB_PASSWORD in the environment"
                        + " or in " + ConfigFile.NAME);
            }
        }
    }

    private void warnIfConfigurationIsReadableByOthers() throws IOException {
        java.nio.file.Path config = home.resolve(ConfigFile.NAME);
        if (java.nio.file.Files.isRegularFile(config) && OwnerOnly.readableByOthers(config)) {
            String warning = config + " can be read by other users of this machine and may hold the database password: "
                    + "chmod 600 " + config;
            err.println("parindex: warning: " + Printable.of(warning));
            LoggerFactory.getLogger(Parindex.class).warn(Printable.of(warning));
        }
    }

    /**
     * The threads a run loads and renders with: PARINDEX_THREADS, or one per core when it is unset or empty.
     */
    static int threads(String configured) {
        if (configured == null || configured.isBlank()) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int threads = Integer.parseInt(configured.trim());
            if (threads >= 1 && threads <= MOST_THREADS) {
                return threads;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new ConfigurationException(THREADS + " must be a whole number from 1 to " + MOST_THREADS + ", got '" + configured + "'");
    }

    /** The bootstrap replicates of the uncertainty analysis (SPEC §12): PARINDEX_REPLICATES, 1,000 when unset; 0 turns it off. */
    static int replicates(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_REPLICATES;
        }
        try {
            int replicates = Integer.parseInt(configured.trim());
            if (replicates >= 0 && replicates <= MOST_REPLICATES) {
                return replicates;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new ConfigurationException(REPLICATES + " must be a whole number from 0 (no uncertainty analysis) to " + MOST_REPLICATES
                + ", got '" + configured + "'");
    }

    static Map<String, Object> springProperties(DatabaseSettings settings, String loadPath, int threads, int replicates) {
        Map<String, Object> p = new HashMap<>();
        p.put("parindex.load-path", loadPath == null ? "auto" : loadPath);
        p.put("parindex.threads", threads);
        p.put("parindex.replicates", replicates);
        // the command line starts the job itself; Boot must never run it on start-up nor create Batch's tables
        p.put("spring.batch.job.enabled", false);
        p.put("spring.batch.jdbc.initialize-schema", "never");
        p.put("spring.datasource.url", settings.jdbcUrl());
        p.put("spring.datasource.username", settings.user() == null ? "" : settings.user());
        p.put("spring.datasource.password", settings.password() == null ? "" : settings.password());
        // a connection per partition at work, one for the job repository, spare ones for the step that waits
        p.put("spring.datasource.hikari.maximum-pool-size", threads + 3);
        p.put("spring.datasource.hikari.initialization-fail-timeout", 1);
        p.put("spring.datasource.hikari.connection-timeout", 10000);
        return p;
    }
}

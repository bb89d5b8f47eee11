package vn.parindex.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.parindex.installation.DatabaseSettings;
import vn.parindex.installation.EmbeddedDatabase;

/**
 * The real database the tests run on: the embedded MariaDB (one server per test JVM, under target/), or the
 * server named by {@code PARINDEX_DB_URL} when set. Every test gets a schema of its own.
 */
public final class TestDatabase {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedDatabase embedded;

    private TestDatabase() {
    }

    public static synchronized DatabaseSettings newSchema() {
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        String external = System.getenv("PARINDEX_DB_URL");
        if (external == null || external.isBlank()) {
            return embedded().schema(schema);
        }
        String user = System.getenv().getOrDefault("PARINDEX_DB_USER", "root");
        String password = System.getenv().getOrDefault("PARINDEX_DB_PASSWORD", "");
        String server = external.replaceFirst("^(jdbc:mysql://[^/?]+).*$", "$1") + "/";
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            s.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema on " + server, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, user, password, schema)));
        return new DatabaseSettings(server + schema, user, password);
    }

    private static void drop(String server, String user, String password, String schema) {
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
        } catch (SQLException leftForTheNextRun) {
            // a schema left behind is harmless: names are unique per process
        }
    }

    /** The environment a {@code Parindex} under test sees: the schema's URL and credentials. */
    public static Map<String, String> environmentFor(DatabaseSettings settings) {
        Map<String, String> env = new HashMap<>();
        env.put("PARINDEX_DB_URL", settings.url());
        env.put("PARINDEX_DB_USER", settings.user());
        env.put("PARINDEX_DB_PASSWORD", settings.password() == null ? "" : settings.password());
        return env;
    }

    private static EmbeddedDatabase embedded() {
        if (embedded == null) {
            Path base = Path.of("target", "test-mariadb", Long.toString(ProcessHandle.current().pid())).toAbsolutePath();
            embedded = EmbeddedDatabase.start(base.resolve("base"), base.resolve("data"));
            EmbeddedDatabase started = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return embedded;
    }
}

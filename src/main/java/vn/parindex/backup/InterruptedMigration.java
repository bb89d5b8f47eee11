package vn.parindex.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.parindex.installation.DatabaseSettings;
import vn.parindex.installation.Folders;
import vn.parindex.installation.OwnerOnly;

/**
 * A migration killed half-way. MariaDB and MySQL commit every schema change on its own, so a process killed inside a
 * migration (a first start building the schema, an upgrade) leaves some of its changes made and Flyway's history
 * without it; the next start would run it again from its first statement and fail ("Table 'dossier_v3' already
 * exists"), for good. {@code data/migration-in-progress} names the migration being applied: written before each one,
 * removed once all are applied. A start that finds it, the migration it names not in Flyway's history:
 * <ul>
 * <li>a warehouse that holds nothing yet (a first start killed while it built the schema) is emptied and the
 * migrations run again from the first;</li>
 * <li>one that holds data is not touched: the command is refused with how to restore the latest backup.</li>
 * </ul>
 */
public final class InterruptedMigration {

    static final String MARK = "migration-in-progress";
    private static final Logger LOG = LoggerFactory.getLogger(InterruptedMigration.class);

    private InterruptedMigration() {
    }

    /**
     * Before a command opens the warehouse: an interrupted migration of an empty warehouse is undone (the schema
     * emptied); for a warehouse with data, the sentence that refuses the command. Empty when nothing was interrupted.
     */
    public static Optional<String> recover(Path home, DatabaseSettings database) throws IOException, SQLException {
        Path mark = mark(home.resolve("data"));
        if (!Files.isRegularFile(mark, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String version = Files.readString(mark, StandardCharsets.UTF_8).trim();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            if (applied(c, version)) {
                Files.delete(mark);   // killed after the migration was recorded, before the next began
                return Optional.empty();
            }
            if (WarehouseTables.empty(c)) {
                LOG.warn("the schema was being built (migration {}) when parindex was stopped; the warehouse held no data: "
                        + "its tables are dropped and built again", version);
                Restore.dropEverything(c);
                Files.delete(mark);
                return Optional.empty();
            }
        }
        return Optional.of("the upgrade of the warehouse to schema version " + version + " was interrupted (parindex was stopped"
                + " while it changed the tables), so its tables are half-changed and nothing can open it; restore the latest"
                + " backup into it: parindex restore --replace " + Backups.defaultFolder(home).resolve("<file>") + " (see README,"
                + " \"Backup and restore\")");
    }

    private static boolean applied(Connection c, String version) throws SQLException {
        if (WarehouseTables.names(c).stream().noneMatch(n -> n.equalsIgnoreCase(BackupFormat.FLYWAY_HISTORY))) {
            return false;
        }
        try (var s = c.prepareStatement("SELECT 1 FROM " + BackupFormat.FLYWAY_HISTORY + " WHERE version = ? AND success")) {
            s.setString(1, version);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Path mark(Path data) {
        return data.resolve(MARK);
    }

    /** Keeps the mark for the migrations Spring Boot runs when a command's context starts. */
    @Component
    static class Mark implements Callback {

        private final Path data;

        Mark(Folders folders) {
            this.data = folders.data();
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try {
                if (event == Event.BEFORE_EACH_MIGRATE) {
                    OwnerOnly.folder(data);
                    OwnerOnly.writeFile(mark(data), context.getMigrationInfo().getVersion() + "\n");
                } else {
                    Files.deleteIfExists(mark(data));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getCallbackName() {
            return "parindex-migration-mark";
        }
    }
}

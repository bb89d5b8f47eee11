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
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.parindex.installation.AtomicFiles;
import vn.parindex.installation.DatabaseSettings;
import vn.parindex.installation.Folders;
import vn.parindex.installation.OwnerOnly;

/**
 * A migration killed half-way. MariaDB and MySQL commit every schema change on its own, so a process killed inside a
 * migration (a first start building the schema, an upgrade) leaves some of its changes made and Flyway's history
 * without it; the next start would run it again from its first statement and fail ("Table 'dossier_v3' already
 * exists"), for good. {@code data/migration-in-progress} names the migration being applied and the schema it is
 * applied to: written (and flushed to disk) before each migration, removed once all are applied. A start on that
 * schema that finds it, the migration it names not in Flyway's history:
 * <ul>
 * <li>a warehouse that holds nothing yet (a first start killed while it built the schema) is emptied and the
 * migrations run again from the first;</li>
 * <li>one that holds data is not touched: the command is refused, naming the backup to restore.</li>
 * </ul>
 * A mark written for another schema (the installation moved to another server since) is not this warehouse's: it is
 * removed.
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
        List<String> lines = Files.readAllLines(mark, StandardCharsets.UTF_8);
        String version = lines.isEmpty() ? "" : lines.get(0).trim();
        String markedSchema = lines.size() < 2 ? null : lines.get(1).trim();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            String schema = schema(c);
            if (markedSchema != null && !markedSchema.equals(schema)) {
                LOG.warn("{} names migration {} of schema {}, not this warehouse's ({}): removed", mark, version, markedSchema, schema);
                Files.delete(mark);
                return Optional.empty();
            }
            if (recorded(c, version, true)) {
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
            String what = recorded(c, version, false)
                    ? "failed (details in logs/parindex.log)"
                    : "was interrupted (parindex was stopped while it changed the tables)";
            Path folder = Backups.defaultFolder(home);
            String restore = Backups.newest(folder)
                    .map(b -> "restore the newest backup, made before the upgrade: parindex restore --replace " + b)
                    .orElse("restore the newest backup made before the upgrade: parindex restore --replace FILE (" + folder
                            + " holds none)");
            return Optional.of("the upgrade of the warehouse to schema version " + version + " " + what + ", so its tables are"
                    + " half-changed and no command can open it; " + restore + " (what was loaded since that backup must be"
                    + " loaded again; see README, \"Backup, restore\")");
        }
    }

    /**
     * Where {@code restore --replace} saves the warehouse it replaces: {@code backups/}, or {@code backups/half-migrated/}
     * while a migration's mark is there. That copy has half of a migration's changes under the version before it, so it
     * cannot be restored; kept apart, it is never the newest backup the refusal names, nor counted by {@code --keep}.
     */
    static Path replacedFolder(Path home) {
        Path backups = Backups.defaultFolder(home);
        return Files.isRegularFile(mark(home.resolve("data")), LinkOption.NOFOLLOW_LINKS) ? backups.resolve("half-migrated") : backups;
    }

    private static String schema(Connection c) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Whether Flyway's history records {@code version} as applied ({@code success}) or as failed. */
    private static boolean recorded(Connection c, String version, boolean success) throws SQLException {
        if (!Migrations.hasHistory(c)) {
            return false;
        }
        try (var s = c.prepareStatement("SELECT 1 FROM " + BackupFormat.FLYWAY_HISTORY + " WHERE version = ? AND success = ?")) {
            s.setString(1, version);
            s.setBoolean(2, success);
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
                    OwnerOnly.writeFile(mark(data), context.getMigrationInfo().getVersion() + "\n" + schema(context.getConnection()) + "\n");
                    // on disk before the migration's first change is: the server makes its changes durable at once
                    AtomicFiles.sync(List.of(mark(data)), data);
                } else {
                    Files.deleteIfExists(mark(data));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the schema's name: " + e.getMessage(), e);
            }
        }

        @Override
        public String getCallbackName() {
            return "parindex-migration-mark";
        }
    }
}

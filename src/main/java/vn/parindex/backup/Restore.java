package vn.parindex.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.parindex.installation.AtomicFiles;
import vn.parindex.installation.DatabaseSettings;
import vn.parindex.warehouse.load.FactLoadPath;
import vn.parindex.warehouse.load.LocalInfileStatement;
import vn.parindex.installation.OwnerOnly;

/**
 * {@code parindex restore FILE [--replace]} (SPEC §17). Everything that can refuse the file (its checksum, what it
 * is, the version that wrote it, a warehouse that is not empty) is checked before anything changes. Then
 * {@code data/restore-in-progress} is written, the schema is emptied and built by the migrations up to the
 * backup's schema version, the rows and published files are loaded, the migrations since run (an upgrade), and the
 * mark is removed. Killed midway, the mark stays: every other command refuses to open a half-restored warehouse and
 * {@code restore} simply starts again. The caller holds the installation lock.
 */
public final class Restore {

    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);
    private static final String MARK = "restore-in-progress";
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 50_000;

    public record Restored(Path file, String backupSchema, String schema, int tables, long rows, int files,
                           Optional<Backups.Written> replaced) {
    }

    private Restore() {
    }

    /** The backup a restore that did not finish was restoring, if one did not. */
    public static Optional<String> interrupted(Path home) throws IOException {
        Path mark = home.resolve("data").resolve(MARK);
        if (!Files.isRegularFile(mark, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(mark, StandardCharsets.UTF_8).trim());
    }

    /**
     * {@code loadPath} chooses how rows go in, as for the ingest: LOAD DATA LOCAL (the default where the server
     * allows it, null) or batched inserts.
     */
    public static Restored restore(DatabaseSettings database, Path home, Path file, boolean replace, FactLoadPath loadPath, Instant now)
            throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            throw new RefusedException(file + " is not a file; nothing was changed");
        }
        Path sidecar = Checksums.fileFor(file);
        if (!Files.isRegularFile(sidecar)) {
            Checksums.verify(file);   // refuses, naming the missing checksum
        }
        Manifest manifest;
        try (BackupReader reader = BackupReader.open(file)) {
            manifest = reader.manifest();
        }
        Checksums.verify(file);
        Migrations migrations = new Migrations(database);
        MigrationVersion latest = migrations.latest();
        Optional<MigrationVersion> backupSchema = Optional.ofNullable(manifest.schemaVersion()).map(MigrationVersion::fromVersion);
        if (backupSchema.isPresent() && backupSchema.get().compareTo(latest) > 0) {
            throw new RefusedException(file + " was made by parindex " + manifest.parindexVersion() + " with warehouse schema version "
                    + backupSchema.get() + "; this parindex knows versions up to " + latest
                    + ": install that version or a newer one to restore it; nothing was changed");
        }
        Optional<String> interrupted = interrupted(home);
        Optional<Backups.Written> replaced = Optional.empty();
        if (interrupted.isEmpty()) {
            boolean empty;
            try (Connection c = connect(database)) {
                empty = WarehouseTables.empty(c);
            }
            if (!empty && !replace) {
                throw new RefusedException("the warehouse of " + home + " is not empty: restore into a new installation, or add"
                        + " --replace to replace it (it is backed up first); nothing was changed");
            }
            if (!empty) {
                replaced = Optional.of(Backups.backup(database, home, InterruptedMigration.replacedFolder(home), now));
            }
        } else {
            LOG.info("a restore of {} did not finish: starting again from {}", interrupted.get(), file);
        }
        OwnerOnly.folder(home.resolve("data"));
        OwnerOnly.writeFile(home.resolve("data").resolve(MARK), file.toAbsolutePath() + "\n");

        try (Connection c = connect(database)) {
            dropEverything(c);
        }
        backupSchema.ifPresent(migrations::migrateTo);
        int[] tables = {0};
        long[] rows = {0};
        int[] files = {0};
        try (BackupReader reader = BackupReader.open(file); Connection c = connect(database)) {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION FOREIGN_KEY_CHECKS = 0");
                s.execute("SET SESSION UNIQUE_CHECKS = 0");
            }
            c.setAutoCommit(false);
            boolean loadData = loadPath == null ? LocalInfileStatement.available(c) : loadPath == FactLoadPath.LOAD_DATA;
            LOG.info("restoring rows with {}", loadData ? "LOAD DATA LOCAL INFILE" : "batched inserts");
            while (true) {
                byte section = reader.next();
                if (section == BackupFormat.TABLE) {
                    rows[0] += loadTable(reader, c, manifest, loadData);
                    tables[0]++;
                } else if (section == BackupFormat.FILE) {
                    restoreFile(reader, home);
                    files[0]++;
                } else if (section == BackupFormat.END) {
                    int t = reader.readInt();
                    long r = reader.readLong();
                    int f = reader.readInt();
                    if (t != tables[0] || r != rows[0] || f != files[0]) {
                        throw new IOException("the backup is damaged: it says " + t + " tables, " + r + " rows, " + f
                                + " files, and holds " + tables[0] + ", " + rows[0] + ", " + files[0]);
                    }
                    break;
                } else {
                    throw new IOException("the backup is damaged: unexpected section '" + (char) section + "'");
                }
            }
            c.commit();
        }
        migrations.migrate();
        Files.delete(home.resolve("data").resolve(MARK));
        String schema;
        try (Connection c = connect(database)) {
            schema = Migrations.applied(c).map(Object::toString).orElse("");
        }
        LOG.info("restored {} (made by parindex {} commit {} on {}, {}): {} tables, {} rows, {} files; schema {} -> {}", file,
                manifest.parindexVersion(), manifest.parindexCommit(), manifest.created(), manifest.server(), tables[0], rows[0],
                files[0], manifest.schemaVersion(), schema);
        return new Restored(file, manifest.schemaVersion(), schema, tables[0], rows[0], files[0], replaced);
    }

    private static Connection connect(DatabaseSettings database) throws SQLException {
        Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION time_zone = '+00:00'");
        }
        return c;
    }

    static void dropEverything(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION FOREIGN_KEY_CHECKS = 0");
            for (String table : WarehouseTables.names(c)) {
                s.execute("DROP TABLE IF EXISTS " + WarehouseTables.quote(table));
            }
            List<String> views = new java.util.ArrayList<>();
            try (var rs = s.executeQuery("SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()")) {
                while (rs.next()) {
                    views.add(rs.getString(1));
                }
            }
            for (String view : views) {
                s.execute("DROP VIEW IF EXISTS " + WarehouseTables.quote(view));
            }
        }
    }

    /**
     * One table: with LOAD DATA LOCAL where the server allows it and every column travels as text (the warehouse's
     * own tables), else with batched inserts.
     */
    private static long loadTable(BackupReader reader, Connection c, Manifest manifest, boolean loadData) throws IOException, SQLException {
        String name = reader.readString();
        int n = reader.readInt();
        String[] columns = new String[n];
        boolean[] bytes = new boolean[n];
        for (int i = 0; i < n; i++) {
            columns[i] = reader.readString();
            bytes[i] = reader.next() == BackupFormat.BYTES;
        }
        WarehouseTables.Table target = WarehouseTables.table(c, name);
        Set<String> present = new HashSet<>();
        target.columns().forEach(col -> present.add(col.name().toLowerCase(Locale.ROOT)));
        if (present.isEmpty()) {
            throw new IOException("the backup holds table " + name + ", which schema version " + manifest.schemaVersion()
                    + " of this parindex does not have");
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(WarehouseTables.quote(name)).append(" (");
        for (int i = 0; i < n; i++) {
            if (!present.contains(columns[i].toLowerCase(Locale.ROOT))) {
                throw new IOException("the backup holds column " + name + "." + columns[i] + ", which schema version "
                        + manifest.schemaVersion() + " of this parindex does not have");
            }
            sql.append(i == 0 ? "" : ", ").append(WarehouseTables.quote(columns[i]));
        }
        sql.append(") VALUES (").append("?, ".repeat(Math.max(0, n - 1))).append(n > 0 ? "?" : "").append(')');
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + WarehouseTables.quote(name));   // rows the migrations seeded (Spring Batch's sequences)
        }
        long rows = loadData && !anyTrue(bytes) ? LoadDataTable.load(reader, c, name, columns) : insertRows(reader, c, name, sql.toString(), bytes);
        long said = reader.readLong();
        if (said != rows) {
            throw new IOException("the backup is damaged: table " + name + " says " + said + " rows and holds " + rows);
        }
        c.commit();
        return rows;
    }

    private static boolean anyTrue(boolean[] values) {
        for (boolean value : values) {
            if (value) {
                return true;
            }
        }
        return false;
    }

    private static long insertRows(BackupReader reader, Connection c, String name, String sql, boolean[] bytes) throws IOException, SQLException {
        int n = bytes.length;
        long rows = 0;
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            int batched = 0;
            while (true) {
                byte marker = reader.next();
                if (marker == BackupFormat.TABLE_END) {
                    break;
                }
                if (marker != BackupFormat.ROW) {
                    throw new IOException("the backup is damaged in table " + name);
                }
                for (int i = 0; i < n; i++) {
                    byte[] value = reader.value();
                    if (value == null) {
                        insert.setNull(i + 1, bytes[i] ? Types.VARBINARY : Types.VARCHAR);
                    } else if (bytes[i]) {
                        insert.setBytes(i + 1, value);
                    } else {
                        insert.setString(i + 1, new String(value, StandardCharsets.UTF_8));
                    }
                }
                insert.addBatch();
                rows++;
                if (++batched == BATCH) {
                    insert.executeBatch();
                    batched = 0;
                }
                if (rows % COMMIT_EVERY == 0) {
                    insert.executeBatch();
                    batched = 0;
                    c.commit();
                }
            }
            if (batched > 0) {
                insert.executeBatch();
            }
        }
        return rows;
    }

    private static void restoreFile(BackupReader reader, Path home) throws IOException {
        Path target = PublishedFiles.target(home, reader.readString());
        long size = reader.readLong();
        try {
            AtomicFiles.write(target, out -> reader.copy(size, out));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

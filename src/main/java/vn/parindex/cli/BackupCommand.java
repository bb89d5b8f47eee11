package vn.parindex.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import vn.parindex.backup.Backups;
import vn.parindex.backup.RefusedException;
import vn.parindex.backup.Restore;
import vn.parindex.installation.Printable;
import vn.parindex.installation.DatabaseSettings;
import vn.parindex.warehouse.load.FactLoadPath;

/**
 * {@code parindex backup [--out DIR] [--keep N]} and {@code parindex restore FILE [--replace]} (SPEC §17). They run
 * under the installation lock like every command but outside the Spring context: a restore must build the schema
 * itself (Spring would migrate it first), and a backup copies the warehouse as it is, without migrating it.
 */
final class BackupCommand {

    private BackupCommand() {
    }

    static int backup(Command command, DatabaseSettings database, Path home, PrintStream out, PrintStream err)
            throws IOException, SQLException {
        Path folder = command.out() == null ? Backups.defaultFolder(home) : home.resolve(command.out()).normalize();
        try {
            Backups.Written written = Backups.backup(database, home, folder, Instant.now());
            out.println("wrote " + written.file() + " (" + written.bytes() + " bytes; " + written.tables() + " tables, "
                    + written.rows() + " rows, " + written.files() + " published files; SHA-256 in " + written.file().getFileName()
                    + ".sha256)");
            if (command.keep() != null) {
                for (Path removed : Backups.keepNewest(folder, command.keep())) {
                    out.println("removed " + removed);
                }
            }
            return ExitCode.DONE.code();
        } catch (RefusedException e) {
            err.println("parindex: " + Printable.of(e.getMessage()));
            return ExitCode.BAD_USAGE.code();
        }
    }

    /** {@code loadPath}: PARINDEX_LOAD_PATH, as for the ingest (null: LOAD DATA where the server allows it). */
    static int restore(Command command, DatabaseSettings database, FactLoadPath loadPath, Path home, PrintStream out, PrintStream err)
            throws IOException, SQLException {
        Path file = home.resolve(command.files().get(0)).normalize();
        try {
            Restore.Restored restored = Restore.restore(database, home, file, command.replace(), loadPath, Instant.now());
            restored.replaced().ifPresent(b -> out.println("backed up the warehouse it replaces to " + b.file()));
            String upgrade = restored.backupSchema() == null || restored.backupSchema().equals(restored.schema())
                    ? "" : " (schema version " + restored.backupSchema() + " upgraded to " + restored.schema() + ")";
            out.println("restored " + file + ": " + restored.tables() + " tables, " + restored.rows() + " rows, "
                    + restored.files() + " published files" + upgrade);
            return ExitCode.DONE.code();
        } catch (RefusedException e) {
            err.println("parindex: " + Printable.of(e.getMessage()));
            return ExitCode.BAD_USAGE.code();
        }
    }
}

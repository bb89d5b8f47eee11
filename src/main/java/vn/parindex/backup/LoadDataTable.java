package vn.parindex.backup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import vn.parindex.warehouse.load.LocalInfileStatement;
import vn.parindex.warehouse.load.TsvRows;

/**
 * Loads one table's rows from a backup with {@code LOAD DATA LOCAL INFILE}: a second thread turns the backup's
 * values into the tab-separated text LOAD DATA reads (byte for byte, escaped, never decoded into strings) while the
 * server inserts, the path the ingest of dossier ledgers takes. Every value of the table must travel as text: the
 * server reads that text back exactly as it wrote it for the backup. A count of loaded rows or a warning that
 * differs from what the backup holds fails the restore (with LOCAL, a value the server cannot store is a warning).
 */
final class LoadDataTable {

    private LoadDataTable() {
    }

    /** Reads the table's rows up to its end marker and loads them; returns how many rows the backup held. */
    static long load(BackupReader reader, Connection c, String table, String[] columns) throws IOException, SQLException {
        StringBuilder sql = new StringBuilder("LOAD DATA LOCAL INFILE 'parindex-restore' INTO TABLE ")
                .append(WarehouseTables.quote(table)).append(" CHARACTER SET utf8mb4 (");
        for (int i = 0; i < columns.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(WarehouseTables.quote(columns[i]));
        }
        AtomicLong read = new AtomicLong();
        long loaded;
        try {
            loaded = LocalInfileStatement.execute(c, sql.append(')').toString(), "restore-" + table, out -> {
                try (TsvRows rows = new TsvRows(out)) {
                    read.set(copyRows(reader, table, columns.length, rows));
                }
            });
        } catch (LocalInfileStatement.RowsFailed e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("reading table " + table + " from the backup failed: " + e.getMessage(), e.getCause());
        }
        long warnings = LocalInfileStatement.warnings(c);
        if (loaded != read.get() || warnings > 0) {
            throw new IOException("table " + table + ": the backup holds " + read.get() + " rows, the server loaded " + loaded
                    + " with " + warnings + " warning(s)");
        }
        return read.get();
    }

    private static long copyRows(BackupReader reader, String table, int n, TsvRows rows) throws IOException {
        long count = 0;
        while (true) {
            byte marker = reader.next();
            if (marker == BackupFormat.TABLE_END) {
                return count;
            }
            if (marker != BackupFormat.ROW) {
                throw new IOException("the backup is damaged in table " + table);
            }
            for (int i = 0; i < n; i++) {
                rows.field(reader.value());   // UTF-8 bytes, or null for \N
            }
            rows.endRow();
            count++;
        }
    }
}

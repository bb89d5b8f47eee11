package vn.parindex.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import vn.parindex.warehouse.LocalInfileStatement;

/**
 * Loads one table's rows from a backup with {@code LOAD DATA LOCAL INFILE}: a second thread turns the backup's
 * values into the tab-separated text LOAD DATA reads (byte for byte, escaped, never decoded into strings) while the
 * server inserts, the path the ingest of dossier ledgers takes. Every value of the table must travel as text: the
 * server reads that text back exactly as it wrote it for the backup. A count of loaded rows or a warning that
 * differs from what the backup holds fails the restore (with LOCAL, a value the server cannot store is a warning).
 */
final class LoadDataTable {

    private static final int PIPE_BUFFER = 1 << 20;

    private LoadDataTable() {
    }

    /** Reads the table's rows up to its end marker and loads them; returns how many rows the backup held. */
    static long load(BackupReader reader, Connection c, String table, String[] columns) throws IOException, SQLException {
        PipedInputStream in = new PipedInputStream(PIPE_BUFFER);
        PipedOutputStream out = new PipedOutputStream(in);
        AtomicLong read = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread producer = new Thread(() -> {
            try (EscapedRows rows = new EscapedRows(out)) {
                read.set(copyRows(reader, table, columns.length, rows));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "restore-" + table);
        producer.start();
        long loaded;
        try {
            StringBuilder sql = new StringBuilder("LOAD DATA LOCAL INFILE 'parindex-restore' INTO TABLE ")
                    .append(WarehouseTables.quote(table)).append(" CHARACTER SET utf8mb4 (");
            for (int i = 0; i < columns.length; i++) {
                sql.append(i == 0 ? "" : ", ").append(WarehouseTables.quote(columns[i]));
            }
            loaded = LocalInfileStatement.execute(c, in, sql.append(')').toString());
        } finally {
            in.close();
            join(producer);
        }
        if (failure.get() instanceof IOException e) {
            throw e;
        }
        if (failure.get() != null) {
            throw new IOException("reading table " + table + " from the backup failed: " + failure.get().getMessage(), failure.get());
        }
        long warnings = LocalInfileStatement.warnings(c);
        if (loaded != read.get() || warnings > 0) {
            throw new IOException("table " + table + ": the backup holds " + read.get() + " rows, the server loaded " + loaded
                    + " with " + warnings + " warning(s)");
        }
        return read.get();
    }

    private static long copyRows(BackupReader reader, String table, int n, EscapedRows rows) throws IOException {
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
                if (i > 0) {
                    rows.tab();
                }
                byte[] value = reader.value();
                if (value == null) {
                    rows.nullValue();
                } else {
                    rows.escaped(value);
                }
            }
            rows.endRow();
            count++;
        }
    }

    private static void join(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** LOAD DATA's default text format: tabs between fields, a line per row, backslash escapes, \N for NULL. */
    private static final class EscapedRows implements AutoCloseable {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int used;

        EscapedRows(OutputStream out) {
            this.out = out;
        }

        void tab() throws IOException {
            put((byte) '\t');
        }

        void endRow() throws IOException {
            put((byte) '\n');
        }

        void nullValue() throws IOException {
            put((byte) '\\');
            put((byte) 'N');
        }

        /** UTF-8 bytes as they are but for the five LOAD DATA escapes (a multi-byte sequence never holds them). */
        void escaped(byte[] value) throws IOException {
            for (byte b : value) {
                if (used > buffer.length - 2) {
                    drain();
                }
                switch (b) {
                    case '\\' -> pair('\\');
                    case '\t' -> pair('t');
                    case '\n' -> pair('n');
                    case '\r' -> pair('r');
                    case 0 -> pair('0');
                    default -> buffer[used++] = b;
                }
            }
        }

        private void pair(char c) {
            buffer[used++] = '\\';
            buffer[used++] = (byte) c;
        }

        private void put(byte b) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = b;
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }

        @Override
        public void close() throws IOException {
            drain();
            out.close();
        }
    }
}

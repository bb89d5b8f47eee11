package vn.parindex.warehouse.load;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.RuntimeProperty;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs one {@code LOAD DATA LOCAL INFILE} statement fed from {@code rows}. The driver answers a server's request for
 * a local file only while this statement runs, and then only with this stream: {@code allowLoadLocalInfile} is off on
 * every connection ({@link DatabaseSettings#jdbcUrl()}) and is switched on for the statement's duration with the
 * stream already set, so whatever file name a server asks for, at whatever moment, no file of this machine is read.
 */
public final class LocalInfileStatement {

    private static final int PIPE_BUFFER = 1 << 20;

    /** Writes a statement's rows into the stream it is given; runs on a thread of its own and must not use the connection. */
    @FunctionalInterface
    public interface RowWriter {
        void writeTo(OutputStream rows) throws Exception;
    }

    /** The row writer failed: its failure is the cause. The statement's rows are not to be kept. */
    public static final class RowsFailed extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        RowsFailed(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private LocalInfileStatement() {
    }

    /**
     * Runs {@code sql} fed by {@code writer}, which writes on a second thread into a pipe while the driver sends it
     * (memory bounded by the pipe's buffer). Returns the rows loaded; a failure of the writer is thrown as
     * {@link RowsFailed} once the statement has ended, a failure of the statement as it is.
     */
    public static long execute(Connection con, String sql, String threadName, RowWriter writer) throws SQLException {
        PipedInputStream in = new PipedInputStream(PIPE_BUFFER);
        PipedOutputStream out;
        try {
            out = new PipedOutputStream(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Throwable[] failure = {null};
        Thread thread = new Thread(() -> {
            try (out) {
                writer.writeTo(out);
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, threadName);
        thread.start();
        long loaded;
        try {
            loaded = execute(con, in, sql);
        } finally {
            closeQuietly(in);
            join(thread);
        }
        if (failure[0] != null) {
            throw new RowsFailed(failure[0]);
        }
        return loaded;
    }

    private static void closeQuietly(PipedInputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the writer sees the closed pipe and stops
        }
    }

    /** Waits for the writer even when interrupted: its outcome (or failure) must be known before returning. */
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

    /** Rows the statement loaded. {@code sql} must read {@code LOAD DATA LOCAL INFILE '…' INTO TABLE …}. */
    private static long execute(Connection con, InputStream rows, String sql) throws SQLException {
        RuntimeProperty<Boolean> allowLocal = con.unwrap(JdbcConnection.class).getPropertySet()
                .getBooleanProperty(PropertyKey.allowLoadLocalInfile);
        try (Statement st = con.createStatement()) {
            JdbcStatement statement = st.unwrap(JdbcStatement.class);
            statement.setLocalInfileInputStream(rows);
            allowLocal.setValue(true);
            try {
                return st.executeLargeUpdate(sql);
            } finally {
                allowLocal.setValue(false);
                statement.setLocalInfileInputStream(null);
            }
        }
    }

    /** True when the server allows LOAD DATA LOCAL (MySQL 8 ships with it off). */
    public static boolean available(Connection con) throws SQLException {
        try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery("SELECT @@local_infile = 1")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /**
     * The warnings the last statement left. With LOCAL, the server turns a value it cannot store into a warning
     * rather than an error, so a loader that must not lose data checks this count.
     */
    public static long warnings(Connection con) throws SQLException {
        try (Statement st = con.createStatement(); ResultSet rs = st.executeQuery("SELECT @@warning_count")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}

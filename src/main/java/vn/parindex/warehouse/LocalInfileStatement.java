package vn.parindex.warehouse;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.RuntimeProperty;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;
import java.io.InputStream;
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

    private LocalInfileStatement() {
    }

    /** Rows the statement loaded. {@code sql} must read {@code LOAD DATA LOCAL INFILE '…' INTO TABLE …}. */
    public static long execute(Connection con, InputStream rows, String sql) throws SQLException {
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

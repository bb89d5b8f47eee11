package vn.parindex.warehouse.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.parindex.installation.DatabaseSettings;
import vn.parindex.support.Installation;

/**
 * The worked example's units, framework and bands of 2024 loaded by a run, and one connection to the warehouse in a
 * transaction that {@link #close()} rolls back: what the loader's tests write in between leaves nothing behind.
 */
final class ExampleWarehouse implements AutoCloseable {

    private final SingleConnectionDataSource connection;
    private final JdbcTemplate jdbc;

    ExampleWarehouse(Installation parindex) {
        parindex.dropExamples(List.of("units.csv", "framework-2024.csv", "bands-2024.csv"));
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        DatabaseSettings db = parindex.database();
        connection = new SingleConnectionDataSource(db.jdbcUrl(), db.user(), db.password(), true);
        connection.setAutoCommit(false);
        jdbc = new JdbcTemplate(connection);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    Connection connection() throws SQLException {
        return connection.getConnection();
    }

    @Override
    public void close() throws SQLException {
        connection.getConnection().rollback();
        connection.destroy();
    }
}

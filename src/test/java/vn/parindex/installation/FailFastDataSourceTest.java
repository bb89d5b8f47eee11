package vn.parindex.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.parindex.support.TestDatabase;

/**
 * A pool that gave up on a server refusing connections stops waiting for it; a pool that only had every
 * connection busy, or reached a server that refused its login, does not. Real pools on a real server, and on a port where nothing listens.
 */
class FailFastDataSourceTest {

    private static final long POOL_TIMEOUT_MS = 1_500;

    @Test
    void onceTheServerRefusedConnectionsForTheWholeTimeoutLaterRequestsFailAtOnce() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (FailFastDataSource pool = new FailFastDataSource(pool("jdbc:mysql://127.0.0.1:" + closedPort + "/none", "root", "", 2))) {
            long first = System.nanoTime();
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class).hasCauseInstanceOf(Exception.class);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - first)).isGreaterThanOrEqualTo(POOL_TIMEOUT_MS);
            assertThat(pool.serverGone()).isTrue();

            for (int i = 0; i < 3; i++) {
                long again = System.nanoTime();
                assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                        .hasMessageStartingWith("the database server stopped accepting connections earlier in this run: ")
                        .rootCause().hasMessageContaining("Connection refused");
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - again)).isLessThan(POOL_TIMEOUT_MS);
            }
        }
    }

    @Test
    void aPoolThatTimedOutOnlyBecauseEveryConnectionWasBusyKeepsServing() throws Exception {
        DatabaseSettings schema = TestDatabase.newSchema();
        try (FailFastDataSource pool = new FailFastDataSource(pool(schema.jdbcUrl(), schema.user(), schema.password(), 1))) {
            try (Connection busy = pool.getConnection()) {
                assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class).hasNoCause();
                assertThat(pool.serverGone()).isFalse();
            }
            try (Connection again = pool.getConnection()) {
                assertThat(again.isValid(1)).isTrue();
            }
        }
    }

    @Test
    void aServerThatAnswersButRefusesTheLoginIsNotGone() throws Exception {
        DatabaseSettings schema = TestDatabase.newSchema();
        HikariDataSource hikari = pool(schema.jdbcUrl(), schema.user(), "not-" + schema.password(), 2);
        hikari.setMinimumIdle(0);
        try (FailFastDataSource pool = new FailFastDataSource(hikari)) {
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .rootCause().hasMessageContaining("Access denied");
            assertThat(pool.serverGone()).isFalse();

            hikari.getHikariConfigMXBean().setPassword(schema.password() == null ? "" : schema.password());
            try (Connection again = pool.getConnection()) {
                assertThat(again.isValid(1)).isTrue();
            }
        }
    }

    private static HikariDataSource pool(String url, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password == null ? "" : password);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(POOL_TIMEOUT_MS);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}

package vn.parindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.installation.FailFastDataSource;

/**
 * The context's one data source, as every command gets it (the pool, behind the guard that stops waiting for a dead server), and
 * its migrations, which keep the mark of one in progress.
 */
class WarehousePoolTest extends SharedWarehouse {

    @Autowired
    private DataSource dataSource;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private org.flywaydb.core.Flyway flyway;

    @Test
    void theMigrationsKeepTheMarkOfAnInterruptedOne() {
        assertThat(flyway.getConfiguration().getCallbacks()).anySatisfy(callback ->
                assertThat(callback.getCallbackName()).isEqualTo("parindex-migration-mark"));
    }

    @Test
    void theWarehousePoolStopsWaitingOnceTheServerIsGone() throws Exception {
        assertThat(dataSource).isInstanceOf(FailFastDataSource.class);
        assertThat(jdbc.getDataSource()).isSameAs(dataSource);
        HikariDataSource pool = ((FailFastDataSource) dataSource).getTargetDataSource().unwrap(HikariDataSource.class);
        assertThat(pool.getConnectionTimeout()).isEqualTo(10_000);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(Parindex.threads(null) + 3);
        assertThat(((FailFastDataSource) dataSource).serverGone()).isFalse();
        assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isEqualTo(1);
    }
}

package vn.parindex.job;

import java.time.Clock;
import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Batch with its job repository in the warehouse database. Its tables come from the Flyway migration
 * {@code V1__Spring_batch_schema}; the MySQL dialect serves MySQL 8 and MariaDB alike.
 */
@Configuration
public class BatchConfiguration extends JdbcDefaultBatchConfiguration {

    @Override
    protected String getDatabaseType() {
        return "MYSQL";
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}

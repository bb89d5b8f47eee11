package vn.parindex.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.parindex.support.TestDatabase;
import vn.parindex.installation.DatabaseSettings;

/**
 * Migration V4 on a warehouse that already holds dossiers (loaded under V3's key): their tallies are counted as
 * the loader counts them (resolved by the end of the due day is on time), and the ledger is re-keyed by line.
 */
class BulkFactsKeyMigrationTest {

    @Test
    void existingDossiersAreTalliedAndKeyedByLine() {
        DatabaseSettings db = TestDatabase.newSchema();
        Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).javaMigrations(new V1__Spring_batch_schema())
                .target("3").load().migrate();
        JdbcTemplate sql = new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), db.user(), db.password()));
        String insert = "INSERT INTO dossier (source_file_id, year, unit_code, dossier_id, received_at, due_at, resolved_at, online, "
                + "source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        sql.batchUpdate(insert, List.of(
                new Object[] {1, 2024, "019", "A", "2024-03-01 08:00", "2024-03-08 00:00", "2024-03-08 17:30", true, 2},
                new Object[] {1, 2024, "019", "B", "2024-03-01 08:00", "2024-03-08 00:00", "2024-03-09 07:00", false, 3},
                new Object[] {1, 2024, "019", "C", "2024-03-01 08:00", "2024-03-08 00:00", null, true, 4},
                new Object[] {1, 2024, "021", "A", "2024-03-01 08:00", "2024-03-05 00:00", "2024-03-02 10:00", false, 5},
                new Object[] {2, 2024, "019", "A", "2024-03-01 08:00", "2024-03-08 00:00", "2024-03-20 10:00", true, 2}));

        Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).javaMigrations(new V1__Spring_batch_schema())
                .load().migrate();

        assertThat(sql.queryForList("SELECT source_file_id, year, unit_code, dossiers, online, resolved, ontime FROM dossier_tally "
                + "ORDER BY source_file_id, unit_code")).containsExactly(
                        Map.of("source_file_id", 1L, "year", 2024, "unit_code", "019", "dossiers", 3L, "online", 2L, "resolved", 2L, "ontime", 1L),
                        Map.of("source_file_id", 1L, "year", 2024, "unit_code", "021", "dossiers", 1L, "online", 0L, "resolved", 1L, "ontime", 1L),
                        Map.of("source_file_id", 2L, "year", 2024, "unit_code", "019", "dossiers", 1L, "online", 1L, "resolved", 1L, "ontime", 0L));
        assertThat(sql.queryForList("SELECT column_name FROM information_schema.key_column_usage WHERE table_schema = DATABASE() "
                + "AND table_name = 'dossier' AND constraint_name = 'PRIMARY' ORDER BY ordinal_position", String.class))
                .containsExactly("source_file_id", "source_line");
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM dossier", Integer.class)).isEqualTo(5);
    }
}

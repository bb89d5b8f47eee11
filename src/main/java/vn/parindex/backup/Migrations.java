package vn.parindex.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import vn.parindex.installation.DatabaseSettings;
import vn.parindex.warehouse.V1__Spring_batch_schema;

/**
 * The warehouse's Flyway migrations run outside the Spring context, as Spring Boot runs them at the start of every
 * other command (the same locations, the same Java migration), so restore can build the schema a backup was made
 * with, load it, and then bring it up to this version's.
 */
final class Migrations {

    private final DatabaseSettings database;

    Migrations(DatabaseSettings database) {
        this.database = database;
    }

    private FluentConfiguration configuration() {
        return configuration(database);
    }

    /** Flyway as Spring Boot configures it for the commands (its callbacks aside). */
    static FluentConfiguration configuration(DatabaseSettings database) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations("classpath:db/migration")
                .javaMigrations(new V1__Spring_batch_schema());
    }

    /** The newest migration this version of parindex knows. */
    MigrationVersion latest() {
        return Arrays.stream(configuration().load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    void migrateTo(MigrationVersion target) {
        configuration().target(target).load().migrate();
    }

    void migrate() {
        configuration().load().migrate();
    }

    /** Whether Flyway ever ran on the connection's schema (its history table is there). */
    static boolean hasHistory(Connection c) throws SQLException {
        return WarehouseTables.names(c).stream().anyMatch(n -> n.equalsIgnoreCase(BackupFormat.FLYWAY_HISTORY));
    }

    /** The warehouse's schema version: the newest migration applied, or empty when Flyway never ran on it. */
    static Optional<MigrationVersion> applied(Connection c) throws SQLException {
        if (!hasHistory(c)) {
            return Optional.empty();
        }
        MigrationVersion newest = null;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM " + BackupFormat.FLYWAY_HISTORY + " WHERE success AND version IS NOT NULL")) {
            while (rs.next()) {
                MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                if (newest == null || v.compareTo(newest) > 0) {
                    newest = v;
                }
            }
        }
        return Optional.ofNullable(newest);
    }
}

package vn.parindex.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;

/**
 * Upgrades (SPEC §17): every backup kept under {@code src/test/resources/backups/} (one per parindex version whose
 * schema changed, written by {@link UpgradeFixture}) restores with today's code, its warehouse is migrated to today's
 * schema, and its reports are those a fresh load of the same worked example renders, byte for byte.
 */
class UpgradeTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "backups").toAbsolutePath();

    @TempDir
    static Path root;

    static Installation fresh;

    @BeforeAll
    static void freshLoad() {
        fresh = new Installation(root.resolve("fresh"));
        fresh.dropExamples(Installation.exampleFiles());
        Installation.Result run = fresh.run("run", "--settle", "0");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    @Test
    void everyKeptBackupRestoresUpgradesAndRendersWhatAFreshLoadRenders() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> folders = Files.list(FIXTURES)) {
            fixtures = folders.filter(Files::isDirectory).sorted().map(Warehouses::only).toList();
        }
        assertThat(fixtures).as("the fixture of version 0.1.0 at least").isNotEmpty();
        MigrationVersion latest = new Migrations(fresh.database()).latest();
        for (Path fixture : fixtures) {
            Installation restored = new Installation(root.resolve(fixture.getParent().getFileName().toString()));

            Installation.Result result = restored.run("restore", fixture.toString());

            assertThat(result.exitCode()).as("%s: %s", fixture, result.out() + result.err()).isZero();
            assertThat(newestMigration(restored)).as(fixture.toString()).isEqualTo(latest);
            // the fixture's files were received the day it was made, and the submissions workbook shows each file's
            // day: the fresh load is given the same days, so that every report can be compared byte for byte
            for (var received : restored.sql().queryForList("SELECT original_name, loaded_at FROM source_file")) {
                fresh.sql().update("UPDATE source_file SET loaded_at = ? WHERE original_name = ?", received.get("loaded_at"),
                        received.get("original_name"));
            }
            Installation.Result freshReport = fresh.run("report", "--year", "2024");
            assertThat(freshReport.exitCode()).as(freshReport.out() + freshReport.err()).isZero();
            Installation.Result report = restored.run("report", "--year", "2024");
            assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
            Warehouses.assertSameFiles(restored.reports(2024), fresh.reports(2024));
            Installation.Result next = restored.run("run", "--settle", "0");
            assertThat(next.exitCode()).as(next.out() + next.err()).isZero();
        }
    }

    @Test
    void aBackupOfAnOlderSchemaIsMigratedAfterItsRowsAreLoaded() {
        Installation older = new Installation(root.resolve("older"));
        new Migrations(older.database()).migrateTo(MigrationVersion.fromVersion("9"));
        older.sql().update("INSERT INTO pending_year (year) VALUES (2031)");
        Installation.Result backup = older.run("backup");
        assertThat(backup.exitCode()).as(backup.out() + backup.err()).isZero();
        Path file = Warehouses.only(older.home().resolve("backups"));

        Installation target = new Installation(root.resolve("older-restored"));
        Installation.Result result = target.run("restore", file.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("schema version 9 upgraded to " + new Migrations(target.database()).latest());
        assertThat(newestMigration(target)).isEqualTo(new Migrations(target.database()).latest());
        assertThat(target.sql().queryForList("SELECT year FROM pending_year", Integer.class)).containsExactly(2031);
    }

    private static MigrationVersion newestMigration(Installation parindex) {
        return parindex.sql().queryForList("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL", String.class)
                .stream().map(MigrationVersion::fromVersion).max(MigrationVersion::compareTo).orElseThrow();
    }
}

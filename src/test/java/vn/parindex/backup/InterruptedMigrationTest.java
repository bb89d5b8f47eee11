package vn.parindex.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.installation.Folders;
import vn.parindex.support.Installation;

/**
 * A command stopped (killed) inside a migration, as {@code KillRecoveryTest}'s start-up kill can land: the schema
 * half-changed, the migration missing from Flyway's history, {@code data/migration-in-progress} naming it. Set up
 * here as the kill leaves it, without a kill, so that each case is certain.
 */
class InterruptedMigrationTest {

    @TempDir
    Path root;

    @Test
    void aFirstStartStoppedWhileItBuiltTheSchemaBuildsItAgain() throws IOException {
        Installation parindex = new Installation(root.resolve("first"));
        new Migrations(parindex.database()).migrateTo(MigrationVersion.fromVersion("2"));
        parindex.sql().execute(firstStatementOf("V3__bulk_facts_keyed_by_file.sql")); // what V3 had done when it was stopped
        Path mark = mark(parindex, "3");
        parindex.dropExamples(Installation.exampleFiles());

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(mark).doesNotExist();
        assertThat(newestMigration(parindex)).isEqualTo(new Migrations(parindex.database()).latest().toString());
        assertThat(parindex.read(parindex.reports(2024).resolve("ranking-2024.csv")))
                .contains("2024,QUAN,019,Quận Nam Từ Liêm,final,1,").contains("2024,QUAN,021,Quận Bắc Từ Liêm,final,2,35.23");
    }

    @Test
    void anUpgradeStoppedHalfWayInAWarehouseWithDataIsRefusedUntilABackupIsRestored() throws IOException {
        Installation parindex = new Installation(root.resolve("upgraded"));
        parindex.dropExamples(Installation.exampleFiles());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        assertThat(parindex.run("backup").exitCode()).isZero();
        Path backup = Warehouses.only(parindex.home().resolve("backups"));
        String latest = newestMigration(parindex);
        parindex.sql().update("DELETE FROM flyway_schema_history WHERE version = ?", latest); // stopped inside it
        Path mark = mark(parindex, latest);
        Map<String, String> tables = Warehouses.tables(parindex);

        for (String[] command : List.of(new String[] {"run", "--settle", "0"}, new String[] {"backup"}, new String[] {"status"})) {
            Installation.Result refused = parindex.run(command);

            assertThat(refused.exitCode()).as(Arrays.toString(command) + ": " + refused.out() + refused.err()).isEqualTo(2);
            assertThat(refused.err()).contains("the upgrade of the warehouse to schema version " + latest + " was interrupted",
                    "parindex restore --replace " + backup);
            assertThat(mark).exists();
            assertThat(Warehouses.tables(parindex)).as("refused, the warehouse is left as it is").isEqualTo(tables);
        }
        assertThat(Warehouses.only(parindex.home().resolve("backups"))).as("no backup of a half-changed warehouse").isEqualTo(backup);

        Installation.Result restored = parindex.run("restore", "--replace", backup.toString());
        assertThat(restored.exitCode()).as(restored.out() + restored.err()).isZero();
        Path halfMigrated = Warehouses.only(parindex.home().resolve("backups/half-migrated"));
        assertThat(restored.out()).contains("backed up the warehouse it replaces to " + halfMigrated);
        assertThat(Warehouses.only(parindex.home().resolve("backups"))).as("the newest backup is still the one made before").isEqualTo(backup);
        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(mark).doesNotExist();
        assertThat(newestMigration(parindex)).isEqualTo(latest);
    }

    @Test
    void aMigrationThatFailsSaysSoAndIsToldApartFromOneThatWasStopped() throws IOException {
        Installation parindex = new Installation(root.resolve("failed"));
        parindex.dropExamples(Installation.exampleFiles());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        String latest = newestMigration(parindex);
        // the newest migration, no longer in the history, runs again on tables it already changed, and fails
        parindex.sql().update("DELETE FROM flyway_schema_history WHERE version = ?", latest);

        Installation.Result failed = parindex.run("status");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("parindex: cannot bring the warehouse at ", " up to this version's schema: ",
                "(details in logs/parindex.log)").doesNotContain("cannot reach", "\tat ");
        // in-process, the log is the test JVM's (parindex.logs); the command line writes it to the installation's logs/
        assertThat(Files.readString(Path.of(System.getProperty("parindex.logs"), "parindex.log"))).contains(
                "the warehouse's migrations failed", "V" + latest + "__");
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE version = ? AND NOT success",
                Integer.class, latest)).as("Flyway records the failure").isOne();

        Installation.Result refused = parindex.run("status");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("the upgrade of the warehouse to schema version " + latest + " failed (details in logs/parindex.log)",
                "holds none");
    }

    @Test
    void aMarkWrittenForAnotherSchemaIsNotThisWarehousesAndIsRemoved() throws IOException {
        Installation parindex = new Installation(root.resolve("moved"));
        parindex.dropExamples(Installation.exampleFiles());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        // a migration this warehouse never saw, stopped on the schema the installation used before
        Path mark = mark(parindex, "99\nthe_schema_before_the_move");

        Installation.Result run = parindex.run("status");

        assertThat(run.exitCode()).as("a mark of another schema refuses nothing here: " + run.err()).isZero();
        assertThat(mark).doesNotExist();
    }

    @Test
    void aMarkLeftAfterItsMigrationWasRecordedIsRemovedAndTheCommandRuns() throws IOException {
        Installation parindex = new Installation(root.resolve("recorded"));
        parindex.dropExamples(Installation.exampleFiles());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        Path mark = mark(parindex, newestMigration(parindex));

        Installation.Result run = parindex.run("status");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(mark).doesNotExist();
    }

    @Test
    void theMarkIsGoneOnceEveryMigrationIsApplied() {
        Installation parindex = new Installation(root.resolve("fresh"));

        assertThat(parindex.run("status").exitCode()).isZero();

        assertThat(parindex.home().resolve("data").resolve(InterruptedMigration.MARK)).doesNotExist();
        assertThat(newestMigration(parindex)).isEqualTo(new Migrations(parindex.database()).latest().toString());
    }

    @Test
    void whileAMigrationRunsTheMarkNamesIt() {
        Installation parindex = new Installation(root.resolve("marked"));
        Path mark = parindex.home().resolve("data").resolve(InterruptedMigration.MARK);
        List<String> seen = new ArrayList<>();
        Callback observer = new BaseCallback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_EACH_MIGRATE;
            }

            @Override
            public void handle(Event event, Context context) {
                try {
                    seen.add(context.getMigrationInfo().getVersion() + "=" + Files.readString(mark).trim());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };

        Migrations.configuration(parindex.database()).callbacks(new InterruptedMigration.Mark(new Folders(parindex.home())), observer)
                .load().migrate();

        String schema = parindex.sql().queryForObject("SELECT DATABASE()", String.class);
        assertThat(seen).hasSize(Integer.parseInt(new Migrations(parindex.database()).latest().toString()))
                .allSatisfy(s -> assertThat(s).isEqualTo(s.split("=")[0] + "=" + s.split("=")[0] + "\n" + schema));
        assertThat(mark).doesNotExist();
    }

    private static Path mark(Installation parindex, String version) throws IOException {
        Path data = Files.createDirectories(parindex.home().resolve("data"));
        return Files.writeString(data.resolve(InterruptedMigration.MARK), version + "\n");
    }

    private static String newestMigration(Installation parindex) {
        return parindex.sql().queryForObject("SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history WHERE success", String.class);
    }

    private static String firstStatementOf(String migration) throws IOException {
        try (InputStream in = InterruptedMigrationTest.class.getResourceAsStream("/db/migration/" + migration)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String withoutComments = String.join("\n", sql.lines().filter(l -> !l.trim().startsWith("--")).toList());
            return withoutComments.substring(0, withoutComments.indexOf(';')).trim();
        }
    }
}

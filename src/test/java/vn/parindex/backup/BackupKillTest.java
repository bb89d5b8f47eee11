package vn.parindex.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.ChildRun;
import vn.parindex.support.Installation;

/**
 * {@code backup} and {@code restore} in a child JVM, SIGKILLed midway (SPEC §17): a killed backup leaves nothing that
 * looks complete and the next one succeeds; a killed restore leaves an installation that refuses every other command
 * and restores when asked again, to the same warehouse and reports.
 */
@Tag("slow") // child JVMs: still run by mvn -B test; -DexcludedGroups=slow leaves them out
class BackupKillTest {

    private static final int DOSSIERS = 150_000;

    @TempDir
    Path root;

    @Test
    void killedMidwayABackupLeavesNothingCompleteAndARestoreCanStartAgain() throws Exception {
        Installation source = new Installation(root.resolve("source"));
        source.dropExamples(Installation.exampleFiles().stream().filter(n -> !n.equals("dossiers-019.csv")).toList());
        source.drop("dossiers-019.csv", ChildRun.ledger(DOSSIERS, "D-"));
        Installation.Result run = source.run("run", "--settle", "0");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Map<String, String> tables = Warehouses.tables(source);

        Path out = root.resolve("backups");
        Process backup = ChildRun.start(source.home(), source.environment(), List.of(), "backup", "--out", out.toString());
        boolean seen = killWhen(backup, () -> temporaryFiles(out) > 0);
        assertThat(seen).as("the backup's temporary file, seen while it ran: %s", childOutput(source)).isTrue();
        assertThat(Warehouses.backups(out)).as("a killed backup leaves no backup").isEmpty();
        assertThat(temporaryFiles(out)).isEqualTo(1);

        Installation.Result again = source.run("backup", "--out", out.toString());
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(temporaryFiles(out)).as("the next backup removes what the killed one left").isZero();
        Path file = Warehouses.only(out);

        Installation target = new Installation(Files.createDirectories(root.resolve("target")));
        Process restore = ChildRun.start(target.home(), target.environment(), List.of(), "restore", file.toString());
        // the dossiers go in as one LOAD DATA statement, committed whole: it is killed while the server runs it
        boolean loading = killWhen(restore, () -> loadingInto(target, "dossier"));
        assertThat(loading).as("the restore, seen loading dossiers: %s", childOutput(target)).isTrue();
        assertThat(rows(target, "dossier")).isLessThan(DOSSIERS);

        Installation.Result refused = target.run("report", "--year", "2024");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("did not finish").contains("parindex restore " + file);
        assertThat(target.run("backup").exitCode()).as("a half-restored warehouse is not backed up").isEqualTo(2);

        Installation.Result restored = target.run("restore", file.toString());
        assertThat(restored.exitCode()).as(restored.out() + restored.err()).isZero();
        assertThat(Warehouses.tables(target)).isEqualTo(tables);
        Installation.Result report = target.run("report", "--year", "2024");
        assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
        Warehouses.assertSameFiles(target.reports(2024), source.reports(2024));
    }

    /** SIGKILLs {@code child} as soon as {@code condition} holds while it runs; false when it ended first. */
    private static boolean killWhen(Process child, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        boolean seen = false;
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                seen = child.isAlive();
                break;
            }
            Thread.sleep(2);
        }
        child.destroyForcibly().waitFor();
        return seen;
    }

    private static long temporaryFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static boolean loadingInto(Installation parindex, String table) {
        try {
            return parindex.sql().queryForObject("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() "
                    + "AND INFO LIKE ?", Long.class, "LOAD DATA LOCAL INFILE % INTO TABLE `" + table + "`%") > 0;
        } catch (org.springframework.dao.DataAccessException notThereYet) {
            return false;
        }
    }

    private static long rows(Installation parindex, String table) {
        try {
            return parindex.sql().queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        } catch (org.springframework.dao.DataAccessException notThereYet) {
            return 0;
        }
    }

    private static String childOutput(Installation parindex) {
        try {
            return Files.readString(parindex.home().resolve("child.out"));
        } catch (java.io.IOException e) {
            return "(no output)";
        }
    }
}

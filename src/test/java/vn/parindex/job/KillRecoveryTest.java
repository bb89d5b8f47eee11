package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.support.ChildRun;
import vn.parindex.support.Installation;

/**
 * A nightly run in a child JVM killed with SIGKILL at several moments (start-up, inside a migration building the
 * schema, loading a large dossier ledger, scoring, rendering): the next run must leave the same warehouse results and reports as a clean run,
 * with nothing lost, nothing loaded twice and no manual repair of the job tables.
 */
@Tag("slow") // child JVMs: still run by mvn -B test; -DexcludedGroups=slow leaves them out
class KillRecoveryTest {

    private static final int DOSSIERS = 30_000;

    @TempDir
    Path root;

    @Test
    void killedAtAnyMomentTheRerunEndsWhereACleanRunEnds() throws Exception {
        Installation clean = prepared(root.resolve("clean"));
        Installation.Result first = clean.run("run", "--settle", "0");
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        Snapshot expected = Snapshot.of(clean);

        for (String moment : new String[] {"start-up", "migration", "load", "score", "rank", "render"}) {
            Installation victim = prepared(root.resolve("killed-in-" + moment));
            String killedIn = runAndKill(victim, moment);
            System.out.printf("KillRecoveryTest: aimed at %s, killed during %s%n", moment, killedIn);
            if (moment.equals("migration")) {
                assertThat(killedIn).as("the kill aimed at a migration").startsWith("migration ");
            }

            Installation.Result rerun = victim.run("run", "--settle", "0");

            assertThat(rerun.exitCode()).as("rerun after a kill during %s: %s", killedIn, rerun.err()).isZero();
            assertThat(Snapshot.of(victim)).as("killed during %s", killedIn).isEqualTo(expected);
            assertThat(victim.inboxFiles()).as("killed during %s", killedIn).isEmpty();
            assertThat(victim.sql().queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTED','STARTING')",
                    Integer.class)).isZero();
        }
    }

    private static Installation prepared(Path home) {
        Installation parindex = new Installation(home);
        parindex.dropExamples(Installation.exampleFiles().stream().filter(n -> !n.equals("dossiers-019.csv")).toList());
        parindex.drop("dossiers-019.csv", ChildRun.ledger(DOSSIERS, "D-"));
        return parindex;
    }

    /**
     * Starts {@code parindex run} in a child JVM and SIGKILLs it as soon as the job repository shows step
     * {@code moment} running ("start-up": 1.5 s after launch); says where it really was. A step too quick to be
     * seen is killed in whatever comes after it. The job repository is polled on one connection (see
     * {@link Installation#polledSql}).
     */
    private static String runAndKill(Installation parindex, String moment) throws IOException, InterruptedException {
        Process child = ChildRun.start(parindex.home(), parindex.environment(), List.of(), "run", "--settle", "0");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String seen = "start-up";
        if (moment.equals("start-up")) {
            child.waitFor(1500, TimeUnit.MILLISECONDS);
        } else if (moment.equals("migration")) {
            seen = insideAMigration(parindex.home().resolve("data/migration-in-progress"), child, deadline);
        } else {
            // the load step's partitions (loadFiles:<kind>) run inside it: a kill in "load" has them in flight
            List<String> order = List.of("load", "score", "rank", "render");
            try (Installation.PolledSql sql = parindex.polledSql()) {
                while (child.isAlive() && System.nanoTime() < deadline) {
                    seen = runningStep(sql);
                    List<String> partitions = seen.equals("load") ? partitionsInFlight(sql) : List.of();
                    if (seen.equals("load") && moment.equals("load") && partitions.isEmpty()) {
                        Thread.sleep(5);
                        continue;   // aimed at the load: wait until its partitions are at work
                    }
                    if (order.contains(seen) && order.indexOf(seen) >= order.indexOf(moment)) {
                        seen = partitions.isEmpty() ? seen : seen + " (partitions in flight: " + String.join(", ", partitions) + ")";
                        break;
                    }
                    Thread.sleep(10);
                }
            }
        }
        boolean ended = !child.isAlive();
        child.destroyForcibly().waitFor();
        return ended ? "nothing (the run had already ended)" : seen;
    }

    /**
     * Waits until the schema is being built, past the first two migrations (V3 onwards change tables in several
     * statements, each committed on its own): the mark of the migration in progress names it.
     */
    private static String insideAMigration(Path mark, Process child, long deadline) throws IOException, InterruptedException {
        while (child.isAlive() && System.nanoTime() < deadline) {
            String version;
            try {
                version = Files.readString(mark).lines().findFirst().orElse("").trim();
            } catch (java.nio.file.NoSuchFileException notNow) {
                version = "";
            }
            if (version.matches("\\d+") && Integer.parseInt(version) >= 3) {
                return "migration " + version;
            }
            Thread.sleep(1);
        }
        return "start-up";
    }

    private static List<String> partitionsInFlight(JdbcTemplate sql) {
        try {
            return sql.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STATUS = 'STARTED' "
                    + "AND STEP_NAME LIKE '%:%' ORDER BY STEP_NAME", String.class);
        } catch (org.springframework.dao.DataAccessException noTablesYet) {
            return List.of();
        }
    }

    private static String runningStep(JdbcTemplate sql) {
        try {
            List<String> running = sql.queryForList(
                    "SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STATUS = 'STARTED' AND STEP_NAME NOT LIKE '%:%'", String.class);
            return running.isEmpty() ? "start-up" : running.get(0);
        } catch (org.springframework.dao.DataAccessException noTablesYet) {
            return "start-up";
        }
    }

    /** What a finished run must leave: reports, results, and the current facts. */
    record Snapshot(String rankingCsv, String scoresCsv, byte[] rankingPdf, List<String> results, List<String> currentFacts) {

        static Snapshot of(Installation parindex) throws IOException {
            Path reports = parindex.reports(2024);
            return new Snapshot(parindex.read(reports.resolve("ranking-2024.csv")), parindex.read(reports.resolve("scores-2024.csv")),
                    Files.readAllBytes(reports.resolve("ranking-2024.pdf")),
                    parindex.sql().queryForList("SELECT CONCAT_WS('|', unit_code, status, index_value, rank_no, band, delta_rank) "
                            + "FROM result_unit ORDER BY year, unit_code", String.class),
                    parindex.sql().queryForList("SELECT CONCAT_WS('|', s.kind, s.year, s.unit_code, f.original_name, "
                            + "(SELECT COUNT(*) FROM dossier d WHERE d.source_file_id = s.source_file_id AND d.year = s.year "
                            + "AND d.unit_code = s.unit_code)) FROM submission s "
                            + "JOIN source_file f ON f.id = s.source_file_id WHERE s.is_current ORDER BY s.kind, s.unit_code", String.class));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s && rankingCsv.equals(s.rankingCsv) && scoresCsv.equals(s.scoresCsv)
                    && java.util.Arrays.equals(rankingPdf, s.rankingPdf) && results.equals(s.results) && currentFacts.equals(s.currentFacts);
        }

        @Override
        public int hashCode() {
            return rankingCsv.hashCode();
        }

        @Override
        public String toString() {
            return "Snapshot[results=" + results + ", currentFacts=" + currentFacts + ", rankingCsv=" + rankingCsv + "]";
        }
    }
}

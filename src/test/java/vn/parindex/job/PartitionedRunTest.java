package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.ChildRun;
import vn.parindex.support.Installation;

/**
 * The nightly run with its load partitions and report parts on four threads leaves exactly what the same run
 * on one thread leaves: the same current facts and results, and reports identical to the byte.
 */
class PartitionedRunTest {

    @TempDir
    Path root;

    @Test
    void fourThreadsLeaveWhatOneThreadLeaves() throws Exception {
        Installation sequential = prepared(root.resolve("one"), "1");
        Installation parallel = prepared(root.resolve("four"), "4");
        // the reports show the date of the newest file: both inboxes get the same times
        for (Path file : sequential.inboxFiles()) {
            Files.setLastModifiedTime(parallel.inbox().resolve(file.getFileName()), Files.getLastModifiedTime(file));
        }

        Installation.Result one = sequential.run("run", "--settle", "0");
        Installation.Result four = parallel.run("run", "--settle", "0");

        assertThat(one.exitCode()).as(one.out() + one.err()).isZero();
        assertThat(four.exitCode()).as(four.out() + four.err()).isZero();
        assertThat(reports(parallel)).isEqualTo(reports(sequential)).containsKeys("ranking-2024.csv", "scores-2024.csv",
                "ranking-2024.xlsx", "scores-2024.xlsx", "ranking-2024.pdf", "scorecards-2024.pdf", "uncertainty-2024.csv");
        assertThat(KillRecoveryTest.Snapshot.of(parallel)).isEqualTo(KillRecoveryTest.Snapshot.of(sequential));
        assertThat(parallel.sql().queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'loadFiles:%' "
                + "ORDER BY STEP_NAME", String.class)).containsExactly("loadFiles:adjustments", "loadFiles:appraisal",
                        "loadFiles:dossiers", "loadFiles:metrics", "loadFiles:self_assessment-1", "loadFiles:self_assessment-2",
                        "loadFiles:survey");
        assertThat(parallel.sql().queryForList("SELECT CONCAT(s.unit_code, ' ', f.original_name) FROM submission s JOIN source_file f "
                + "ON f.id = s.source_file_id WHERE s.kind = 'self_assessment' AND s.is_current ORDER BY s.unit_code", String.class))
                .as("the later self-assessment of 019 is the current one").containsExactly("019 self-019-corrected.csv", "021 self-021.csv");
        assertThat(parallel.sql().queryForObject("SELECT COUNT(*) FROM submission WHERE kind = 'self_assessment' AND NOT is_current",
                Integer.class)).as("the first self-assessment of 019 superseded by the later one").isEqualTo(1);
    }

    @Test
    void theBundledSampleTwoGroupsThreeYearsScoresAndRendersAlikeOnOneThreadAndOnFour() throws Exception {
        Installation sequential = new Installation(root.resolve("sample-one")).with("PARINDEX_THREADS", "1");
        Installation parallel = new Installation(root.resolve("sample-four")).with("PARINDEX_THREADS", "4");
        sequential.dropSample();
        parallel.dropSample();

        Installation.Result one = sequential.run("run", "--settle", "0");
        Installation.Result four = parallel.run("run", "--settle", "0");

        assertThat(one.exitCode()).as(one.out() + one.err()).isZero();
        assertThat(four.exitCode()).as(four.out() + four.err()).isZero();
        for (int year : new int[] {2024, 2025, 2026}) {
            assertThat(reports(parallel, year)).as("%d", year).isEqualTo(reports(sequential, year)).hasSize(8)
                    .containsKey("uncertainty-" + year + ".csv").containsKey("submissions-" + year + ".xlsx");
        }
        assertThat(parallel.sql().queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'scoreGroup:%' "
                + "ORDER BY STEP_NAME", String.class)).containsExactly("scoreGroup:2024-HUYEN", "scoreGroup:2024-QUAN",
                        "scoreGroup:2025-HUYEN", "scoreGroup:2025-QUAN", "scoreGroup:2026-HUYEN", "scoreGroup:2026-QUAN");
        assertThat(parallel.sql().queryForList("SELECT CONCAT_WS('|', year, unit_code, status, index_value, rank_no) FROM result_unit "
                + "ORDER BY year, unit_code", String.class)).isEqualTo(sequential.sql().queryForList(
                        "SELECT CONCAT_WS('|', year, unit_code, status, index_value, rank_no) FROM result_unit ORDER BY year, unit_code",
                        String.class)).isNotEmpty();
    }

    /**
     * The worked example, a larger ledger, a later self-assessment of 019 that supersedes the first (so the two
     * stay in one partition, in order), and one of 021 (which may load beside them).
     */
    private static Installation prepared(Path home, String threads) throws IOException {
        Installation parindex = new Installation(home).with("PARINDEX_THREADS", threads);
        parindex.dropExamples(Installation.exampleFiles().stream().filter(n -> !n.equals("dossiers-019.csv")).toList());
        parindex.drop("dossiers-019.csv", ChildRun.ledger(5_000, "D-"));
        String self = Files.readString(Installation.EXAMPLES.resolve("self-019.csv"));
        parindex.drop("self-019-corrected.csv", self.replaceFirst("(?m)^2024;019;1\\.1;[^;]+;", "2024;019;1.1;10;"));
        parindex.drop("self-021.csv", self.replace(";019;", ";021;"));
        return parindex;
    }

    private static Map<String, String> reports(Installation parindex) throws Exception {
        return reports(parindex, 2024);
    }

    private static Map<String, String> reports(Installation parindex, int year) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        for (Path file : Installation.filesUnder(parindex.reports(year))) {
            files.put(file.getFileName().toString(), java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        }
        return files;
    }
}

package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.parindex.cli.ParindexApplication;
import vn.parindex.intake.FileOutcome;
import vn.parindex.installation.Folders;
import vn.parindex.intake.PlannedFile;
import vn.parindex.installation.Terminal;
import vn.parindex.support.Installation;
import vn.parindex.support.TestDatabase;
import vn.parindex.installation.DatabaseSettings;

/**
 * The nightly job's steps one at a time and the job whole, through spring-batch-test on the real database: what
 * each step leaves in the run's tables (the plan, the outcomes, the reports) and in Spring Batch (the years) is
 * the run's state; the contexts stay small.
 */
// one warehouse for the class: the steps alone run before the whole job, which then finds their files duplicates
// spring-batch-test registers a made-up job execution 123 around each test, which a real execution 123 would take for
// its own (SharedWarehouse's comment): this class's own schema holds a handful of executions, far from that id
@TestMethodOrder(MethodOrderer.MethodName.class)
@SpringBatchTest
@SpringBootTest(classes = {ParindexApplication.class, NightlyJobStepsTest.Installation.class})
class NightlyJobStepsTest {

    private static final Path HOME = temporaryHome();
    private static final DatabaseSettings DATABASE = TestDatabase.newSchema();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", DATABASE::jdbcUrl);
        properties.add("spring.datasource.username", DATABASE::user);
        properties.add("spring.datasource.password", () -> DATABASE.password() == null ? "" : DATABASE.password());
        properties.add("spring.batch.job.enabled", () -> false);
        properties.add("spring.batch.jdbc.initialize-schema", () -> "never");
        properties.add("parindex.threads", () -> 2);
    }

    @TestConfiguration
    static class Installation {
        @Bean
        Folders folders() {
            return new Folders(HOME);
        }

        @Bean
        Terminal terminal() {
            return new Terminal(new PrintStream(PrintStream.nullOutputStream()));
        }
    }

    @Autowired
    JobOperatorTestUtils batch;

    @Autowired
    JdbcTemplate sql;

    @Autowired
    RunFiles runFiles;

    @Autowired
    RunReports runReports;

    @Autowired
    RunSummaries summaries;

    private long clock = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();

    @BeforeEach
    void emptyInbox() throws IOException {
        for (String folder : List.of("input", "reports", "data/staging")) {
            for (Path p : vn.parindex.support.Installation.filesUnder(HOME.resolve(folder))) {
                Files.delete(p);
            }
        }
    }

    @Test
    void intakePlansReferenceKindsFirstAndLeavesUnsettledFilesForLater() throws Exception {
        drop("self-019.csv");
        drop("units.csv");
        drop("framework-2024.csv");
        Path copying = drop("bands-2024.csv");
        Files.setLastModifiedTime(copying, FileTime.from(Instant.now()));

        JobExecution run = batch.startStep("intake", parameters(60), new ExecutionContext());

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(plan(run)).extracting(PlannedFile::name).containsExactly("units.csv", "framework-2024.csv", "self-019.csv");
        assertThat(runFiles.outcomes(runId(run))).extracting(FileOutcome::name).containsExactly("bands-2024.csv");
        assertThat(vn.parindex.support.Installation.filesUnder(HOME.resolve("input/inbox"))).as("planned files wait in staging")
                .containsExactly(copying);
        assertThat(plan(run)).allSatisfy(f -> assertThat(f.file().path()).startsWith(HOME.resolve("data/staging")).isRegularFile());
    }

    @Test
    void loadTakesReferenceFilesFirstThenOnePartitionPerKindRecordingEachOutcomeInItsOwnContext() throws Exception {
        drop("units.csv");
        drop("framework-2024.csv");
        drop("self-019.csv");
        drop("appraisal-2024.csv");
        drop("dossiers-019.csv");
        Files.writeString(HOME.resolve("input/inbox/bad.csv"), "year,unit_code\n2024,019\n");
        JobParameters run = parameters(0);
        JobExecution intake = batch.startStep("intake", run, new ExecutionContext());
        String runId = runId(intake);

        // the steps of one run, each in a job instance of its own
        JobExecution reference = batch.startStep("loadReference", sameRun(run, "loadReference"), new ExecutionContext());
        List<String> afterReference = runFiles.outcomes(runId).stream().map(o -> o.name() + " " + o.status()).toList();
        JobExecution data = batch.startStep("load", sameRun(run, "load"), new ExecutionContext());

        StepExecution loadReference = stepOf(reference, "loadReference").orElseThrow();
        assertThat(loadReference.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(afterReference).containsExactly("units.csv accepted", "framework-2024.csv accepted");
        StepExecution load = stepOf(data, "load").orElseThrow();
        assertThat(load.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(load.getWriteCount()).isEqualTo(3);
        assertThat(load.getFilterCount()).isEqualTo(1);
        assertThat(data.getStepExecutions()).filteredOn(s -> s.getStepName().startsWith("loadFiles:"))
                .flatExtracting(this::filesOfItsRange)
                .containsExactlyInAnyOrder("loadFiles:self_assessment [self-019.csv accepted]",
                        "loadFiles:appraisal [appraisal-2024.csv accepted]", "loadFiles:dossiers [dossiers-019.csv accepted]",
                        "loadFiles:unknown [bad.csv rejected]");
        assertThat(sql.queryForList("SELECT CONCAT(load_seq, ' ', name) FROM run_file WHERE run_id = ? AND load_seq IS NOT NULL "
                + "ORDER BY load_seq", String.class, runId)).as("the data files, and only they, numbered in load order")
                .containsExactly("1 self-019.csv", "2 appraisal-2024.csv", "3 dossiers-019.csv", "4 bad.csv");
        assertThat(runFiles.outcomes(runId)).extracting(o -> o.name() + " " + o.status()).as("in plan order")
                .containsExactly("units.csv accepted", "framework-2024.csv accepted", "self-019.csv accepted",
                        "appraisal-2024.csv accepted", "dossiers-019.csv accepted", "bad.csv rejected");
        assertThat(sql.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_NAME",
                String.class, data.getId())).containsExactly("load", "loadFiles:appraisal", "loadFiles:dossiers",
                        "loadFiles:self_assessment", "loadFiles:unknown");
        assertThat(vn.parindex.support.Installation.filesUnder(HOME.resolve("input/inbox"))).isEmpty();

        // partitioned again (a new step execution of the same run): the same ranges, whose files all have an outcome by now
        JobExecution again = batch.startStep("load", sameRun(run, "load again"), new ExecutionContext());
        StepExecution loadAgain = stepOf(again, "load").orElseThrow();
        assertThat(loadAgain.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(loadAgain.getReadCount()).isZero();
        assertThat(ranges(again)).isEqualTo(ranges(data));
    }

    /** Each file of load partition {@code partition}'s range, with its outcome: {@code loadFiles:<part> [name status]}. */
    private List<String> filesOfItsRange(StepExecution partition) {
        ExecutionContext range = partition.getExecutionContext();
        assertThat(range.entrySet()).extracting(Map.Entry::getKey).as("besides Spring Batch's own")
                .filteredOn(k -> !k.startsWith("batch.")).containsExactlyInAnyOrder(LoadPartitioner.FIRST, LoadPartitioner.LAST, LoadPartitioner.BYTES);
        return sql.queryForList("SELECT CONCAT(?, ' [', name, ' ', status, ']') FROM run_file WHERE run_id = ? "
                + "AND load_seq BETWEEN ? AND ? ORDER BY load_seq", String.class, partition.getStepName(),
                partition.getJobExecution().getJobParameters().getString(RunKeys.RUN_ID),
                range.getLong(LoadPartitioner.FIRST), range.getLong(LoadPartitioner.LAST));
    }

    /** The load partitions of {@code run}: {@code loadFiles:<part> first-last}. */
    private static List<String> ranges(JobExecution run) {
        return run.getStepExecutions().stream().filter(s -> s.getStepName().startsWith("loadFiles:")).map(s -> s.getStepName() + " "
                + s.getExecutionContext().getLong(LoadPartitioner.FIRST) + "-" + s.getExecutionContext().getLong(LoadPartitioner.LAST))
                .sorted().toList();
    }

    @Test
    void theWholeJobLeavesItsStepsTheirStateAndTheSummaryInTheRepository() throws Exception {
        for (String name : vn.parindex.support.Installation.exampleFiles()) {
            drop(name);
        }

        JobExecution run = batch.startJob(parameters(0));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.getStepExecutions()).extracting(StepExecution::getStepName).containsExactlyInAnyOrder("intake",
                "loadReference", "load", "loadFiles:self_assessment", "loadFiles:appraisal", "loadFiles:metrics",
                "loadFiles:survey", "loadFiles:adjustments", "loadFiles:dossiers", "scorePlan", "score", "scoreGroup:2024-QUAN",
                "rank", "uncertainty", "uncertaintyGroup:2024-QUAN", "render");
        assertThat(run.getExecutionContext().get(RunKeys.YEARS)).isEqualTo(List.of(2024));
        // the year's seven reports and its submissions workbook (SPEC §16)
        assertThat(runReports.of(runId(run))).hasSize(8).anyMatch(p -> p.toString().endsWith("submissions-2024.xlsx"));
        assertContextsHoldOnlyAFewHundredBytes(run);
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?", Integer.class,
                run.getId())).isEqualTo(16);
        assertThat(sql.queryForList("SELECT CONCAT_WS(' ', unit_code, sampled, replicates) FROM result_uncertainty WHERE year = 2024 ORDER BY unit_code",
                String.class)).containsExactly("019 1 1000", "021 0 1000");
        Path summary = HOME.resolve("reports/runs/" + run.getJobParameters().getString(RunKeys.RUN_ID) + ".json");
        assertThat(Files.readString(summary)).contains("\"exit_code\": 0").contains("\"years_recomputed\": [2024]")
                .contains("\"intake\"").contains("\"loadReference\"").contains("\"load\"").doesNotContain("loadFiles")
                .contains("\"scorePlan\"").doesNotContain("scoreGroup")
                .contains("\"score\"").contains("\"rank\"").contains("\"uncertainty\"").doesNotContain("uncertaintyGroup")
                .contains("\"render\"");
        assertThat(Files.readString(HOME.resolve("reports/2024/ranking-2024.csv")))
                .contains("2024,QUAN,019,Quận Nam Từ Liêm,final,1,66.61").contains("2024,QUAN,021,Quận Bắc Từ Liêm,final,2,35.23");
    }

    @Test
    void theWholeJobsSummaryIsReadFromTheRunsTables() throws Exception {
        drop("units.csv");   // loaded by the tests before: a duplicate
        Files.writeString(HOME.resolve("input/inbox/bad.csv"), "year,unit_code\n2024,019\n");

        JobExecution run = batch.startJob(parameters(0));
        String runId = runId(run);

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        RunSummary summary = summaries.of(run);
        assertThat(summary.exitCode()).isEqualTo(4);
        assertThat(summary.files()).extracting(f -> f.name() + " " + f.status()).containsExactly("units.csv duplicate", "bad.csv rejected");
        assertThat(Files.readString(HOME.resolve("reports/runs/" + runId + ".json"))).contains("\"name\": \"bad.csv\"")
                .contains("\"exit_code\": 4");
        assertContextsHoldOnlyAFewHundredBytes(run);

        // what the tables say, the summary says: it is read from them, not from the contexts
        sql.update("UPDATE run_file SET status = 'accepted', error_count = 0, row_count = 7 WHERE run_id = ? AND name = 'bad.csv'", runId);
        sql.update("INSERT INTO run_report (run_id, path) VALUES (?, '/reports/2024/ranking-2024.pdf')", runId);
        sql.update("INSERT INTO run_file (run_id, listed, name, status, note) VALUES (?, 2, 'late.csv', 'skipped', 'why')", runId);
        RunSummary read = summaries.of(run);
        assertThat(read.files()).extracting(f -> f.name() + " " + f.status() + " " + f.rows())
                .containsExactly("units.csv duplicate 0", "bad.csv accepted 7", "late.csv skipped 0");
        assertThat(read.reports()).endsWith(Path.of("/reports/2024/ranking-2024.pdf"));
    }

    /** The run's state is in its tables: Spring Batch's contexts hold a few hundred bytes (V6 had to widen them). */
    private void assertContextsHoldOnlyAFewHundredBytes(JobExecution run) {
        List<Map<String, Object>> steps = sql.queryForList("SELECT s.STEP_NAME, LENGTH(c.SHORT_CONTEXT) AS short_bytes, "
                + "c.SERIALIZED_CONTEXT IS NULL AS fits FROM BATCH_STEP_EXECUTION_CONTEXT c JOIN BATCH_STEP_EXECUTION s "
                + "ON s.STEP_EXECUTION_ID = c.STEP_EXECUTION_ID WHERE s.JOB_EXECUTION_ID = ?", run.getId());
        assertThat(steps).hasSize(run.getStepExecutions().size()).allSatisfy(step -> {
            assertThat(((Number) step.get("short_bytes")).intValue()).as("%s", step).isLessThan(1024);
            assertThat(((Number) step.get("fits")).intValue()).as("%s", step).isEqualTo(1);
        });
        Map<String, Object> job = sql.queryForMap("SELECT LENGTH(SHORT_CONTEXT) AS short_bytes, SERIALIZED_CONTEXT IS NULL AS fits "
                + "FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID = ?", run.getId());
        assertThat(((Number) job.get("short_bytes")).intValue()).as("%s", job).isLessThan(1024);
        assertThat(((Number) job.get("fits")).intValue()).as("%s", job).isEqualTo(1);
    }

    private static String runId(JobExecution run) {
        return run.getJobParameters().getString(RunKeys.RUN_ID);
    }

    /** The parameters of another step of {@code run}: the same run id, in a job instance of its own. */
    private static JobParameters sameRun(JobParameters run, String step) {
        return new JobParametersBuilder(run).addString("test.step", step).toJobParameters();
    }

    private JobParameters parameters(long settle) {
        return new JobParametersBuilder()
                .addString(RunKeys.RUN_ID, "test-" + System.nanoTime())
                .addLong(RunKeys.SETTLE_SECONDS, settle, false)
                .addString(RunKeys.YEARS_ASKED, "", false)
                .toJobParameters();
    }

    private Path drop(String example) throws IOException {
        Path target = HOME.resolve("input/inbox").resolve(example);
        Files.createDirectories(target.getParent());
        Files.copy(vn.parindex.support.Installation.EXAMPLES.resolve(example), target);
        Files.setLastModifiedTime(target, FileTime.from(Instant.ofEpochSecond(clock += 60)));
        return target;
    }

    private List<PlannedFile> plan(JobExecution run) {
        return runFiles.unloaded(runId(run));
    }

    /** (Not returning StepExecution itself: spring-batch-test's step scope listener would take it for a factory.) */
    private static java.util.Optional<StepExecution> stepOf(JobExecution run, String name) {
        return run.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst();
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("parindex-steps");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

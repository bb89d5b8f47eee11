package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.cli.SharedWarehouse;
import vn.parindex.intake.PlannedFile;

/**
 * The nightly job's steps one at a time and the job whole, through spring-batch-test on the real database: what
 * each step leaves in Spring Batch (the plan, the outcomes, the years, the reports) is the run's state. Each test
 * starts from an empty warehouse and installation (SharedWarehouse), so their order does not matter.
 */
class NightlyJobStepsTest extends SharedWarehouse {

    @Autowired
    JobOperatorTestUtils batch;

    @Autowired
    JdbcTemplate sql;

    private long clock = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();

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
        assertThat(list(run.getExecutionContext().get(RunKeys.INTAKE_OUTCOMES))).extracting(m -> m.get("name")).containsExactly("bands-2024.csv");
        assertThat(vn.parindex.support.Installation.filesUnder(home.resolve("input/inbox"))).as("planned files wait in staging")
                .containsExactly(copying);
        assertThat(plan(run)).allSatisfy(f -> assertThat(Path.of(f.path())).startsWith(home.resolve("data/staging")).isRegularFile());
    }

    @Test
    void loadTakesReferenceFilesFirstThenOnePartitionPerKindRecordingEachOutcomeInItsOwnContext() throws Exception {
        drop("units.csv");
        drop("framework-2024.csv");
        drop("self-019.csv");
        drop("appraisal-2024.csv");
        drop("dossiers-019.csv");
        Files.writeString(home.resolve("input/inbox/bad.csv"), "year,unit_code\n2024,019\n");
        JobExecution intake = batch.startStep("intake", parameters(0), new ExecutionContext());
        ExecutionContext jobContext = new ExecutionContext();
        jobContext.put(RunKeys.PLAN, intake.getExecutionContext().get(RunKeys.PLAN));

        JobExecution reference = batch.startStep("loadReference", parameters(0), jobContext);
        JobExecution data = batch.startStep("load", parameters(0), jobContext);

        StepExecution loadReference = stepOf(reference, "loadReference").orElseThrow();
        assertThat(loadReference.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(list(loadReference.getExecutionContext().get(RunKeys.OUTCOMES))).extracting(m -> m.get("name") + " " + m.get("status"))
                .containsExactly("units.csv accepted", "framework-2024.csv accepted");
        StepExecution load = stepOf(data, "load").orElseThrow();
        assertThat(load.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(load.getWriteCount()).isEqualTo(3);
        assertThat(load.getFilterCount()).isEqualTo(1);
        assertThat(data.getStepExecutions()).filteredOn(s -> s.getStepName().startsWith("loadFiles:"))
                .extracting(s -> s.getStepName() + " " + list(s.getExecutionContext().get(RunKeys.OUTCOMES)).stream()
                        .map(m -> m.get("name") + " " + m.get("status")).toList())
                .containsExactlyInAnyOrder("loadFiles:self_assessment [self-019.csv accepted]",
                        "loadFiles:appraisal [appraisal-2024.csv accepted]", "loadFiles:dossiers [dossiers-019.csv accepted]",
                        "loadFiles:unknown [bad.csv rejected]");
        assertThat(sql.queryForList("SELECT STEP_NAME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_NAME",
                String.class, data.getId())).containsExactly("load", "loadFiles:appraisal", "loadFiles:dossiers",
                        "loadFiles:self_assessment", "loadFiles:unknown");
        assertThat(vn.parindex.support.Installation.filesUnder(home.resolve("input/inbox"))).isEmpty();
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
        assertThat((List<?>) stepOf(run, "render").orElseThrow().getExecutionContext().get(RunKeys.REPORTS)).hasSize(8)
                .anyMatch(p -> String.valueOf(p).endsWith("submissions-2024.xlsx"));
        assertThat(sql.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ?", Integer.class,
                run.getId())).isEqualTo(16);
        assertThat(sql.queryForList("SELECT CONCAT_WS(' ', unit_code, sampled, replicates) FROM result_uncertainty WHERE year = 2024 ORDER BY unit_code",
                String.class)).containsExactly("019 1 1000", "021 0 1000");
        Path summary = home.resolve("reports/runs/" + run.getJobParameters().getString(RunKeys.RUN_ID) + ".json");
        assertThat(Files.readString(summary)).contains("\"exit_code\": 0").contains("\"years_recomputed\": [2024]")
                .contains("\"intake\"").contains("\"loadReference\"").contains("\"load\"").doesNotContain("loadFiles")
                .contains("\"scorePlan\"").doesNotContain("scoreGroup")
                .contains("\"score\"").contains("\"rank\"").contains("\"uncertainty\"").doesNotContain("uncertaintyGroup")
                .contains("\"render\"");
        assertThat(Files.readString(home.resolve("reports/2024/ranking-2024.csv")))
                .contains("2024,QUAN,019,Quận Nam Từ Liêm,final,1,66.61").contains("2024,QUAN,021,Quận Bắc Từ Liêm,final,2,35.23");
    }

    private JobParameters parameters(long settle) {
        return new JobParametersBuilder()
                .addString(RunKeys.RUN_ID, "test-" + System.nanoTime())
                .addLong(RunKeys.SETTLE_SECONDS, settle, false)
                .addString(RunKeys.YEARS_ASKED, "", false)
                .toJobParameters();
    }

    private Path drop(String example) throws IOException {
        Path target = home.resolve("input/inbox").resolve(example);
        Files.createDirectories(target.getParent());
        Files.copy(vn.parindex.support.Installation.EXAMPLES.resolve(example), target);
        Files.setLastModifiedTime(target, FileTime.from(Instant.ofEpochSecond(clock += 60)));
        return target;
    }

    private static List<PlannedFile> plan(JobExecution run) {
        return list(run.getExecutionContext().get(RunKeys.PLAN)).stream().map(PlannedFile::fromMap).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    /** (Not returning StepExecution itself: spring-batch-test's step scope listener would take it for a factory.) */
    private static java.util.Optional<StepExecution> stepOf(JobExecution run, String name) {
        return run.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst();
    }
}

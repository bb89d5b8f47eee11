package vn.parindex.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;
import vn.parindex.intake.FileOutcome;

/**
 * A run's summary: its files and the reports it wrote from the run's tables, the years from the job's context,
 * and each phase's duration from its step execution.
 */
@Component
public class RunSummaries {

    /** Exit codes of SPEC §9 this class decides between. */
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int REJECTED = 4;

    private final RunFiles runFiles;
    private final RunReports runReports;

    public RunSummaries(RunFiles runFiles, RunReports runReports) {
        this.runFiles = runFiles;
        this.runReports = runReports;
    }

    public RunSummary of(JobExecution job) {
        String runId = job.getJobParameters().getString(RunKeys.RUN_ID);
        List<FileOutcome> files = runFiles.outcomes(runId);
        List<Path> reports = runReports.of(runId);
        Map<String, Duration> phases = new LinkedHashMap<>();
        List<StepExecution> steps = new ArrayList<>(job.getStepExecutions());
        steps.sort((a, b) -> Long.compare(a.getId(), b.getId()));
        for (StepExecution step : steps) {
            // a partition's time is part of its step's (loadFiles:dossiers within load)
            if (step.getStartTime() != null && NightlyJobConfiguration.PHASES.contains(step.getStepName())) {
                LocalDateTime end = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
                phases.merge(step.getStepName(), Duration.between(step.getStartTime(), end), Duration::plus);
            }
        }
        var context = job.getExecutionContext();
        List<Integer> years = list(context.get(RunKeys.YEARS));
        List<Integer> closed = list(context.get(RunKeys.YEARS_CLOSED));
        Map<Integer, String> stages = new TreeMap<>();
        if (context.get(RunKeys.YEAR_STAGES) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> stages.put(((Number) k).intValue(), String.valueOf(v)));
        }
        boolean anyRejected = files.stream().anyMatch(o -> o.rejected() || o.skipped());
        int exit = job.getStatus() == BatchStatus.COMPLETED ? (anyRejected ? REJECTED : DONE) : FAILED;
        return new RunSummary(runId, instant(job.getStartTime()), instant(job.getEndTime() != null ? job.getEndTime() : LocalDateTime.now()),
                exit, files, years, reports, phases, stages, closed);
    }

    private static Instant instant(LocalDateTime time) {
        return (time == null ? LocalDateTime.now() : time).atZone(ZoneId.systemDefault()).toInstant();
    }

    private static List<Integer> list(Object value) {
        List<Integer> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            l.forEach(v -> out.add((Integer) v));
        }
        return out;
    }
}

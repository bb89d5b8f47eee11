package vn.parindex.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import vn.parindex.intake.FileOutcome;
import vn.parindex.report.RunSummary;

/**
 * A run's summary read from what Spring Batch recorded of it: the files from the load steps' contexts (and the
 * intake's list of files still being written), the years from the job's context, the reports from the render
 * step's, and each phase's duration from its step execution.
 */
public final class RunSummaries {

    /** Exit codes of SPEC §9 this class decides between. */
    static final int DONE = 0;
    static final int FAILED = 1;
    static final int REJECTED = 4;

    private RunSummaries() {
    }

    public static RunSummary of(JobExecution job) {
        List<Map<?, ?>> loaded = new ArrayList<>();
        List<Path> reports = new ArrayList<>();
        Map<String, Duration> phases = new LinkedHashMap<>();
        List<StepExecution> steps = new ArrayList<>(job.getStepExecutions());
        steps.sort((a, b) -> Long.compare(a.getId(), b.getId()));
        for (StepExecution step : steps) {
            var context = step.getExecutionContext();
            if (context.containsKey(RunKeys.OUTCOMES)) {
                list(context.get(RunKeys.OUTCOMES), Map.class).forEach(loaded::add);
            }
            if (context.containsKey(RunKeys.REPORTS)) {
                list(context.get(RunKeys.REPORTS), String.class).forEach(r -> reports.add(Path.of(r)));
            }
            // a partition's time is part of its step's (load:dossiers within load)
            if (step.getStartTime() != null && !step.getStepName().contains(":")) {
                LocalDateTime end = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
                phases.merge(step.getStepName(), Duration.between(step.getStartTime(), end), Duration::plus);
            }
        }
        // the partitions load side by side; the summary lists the files in the plan's order all the same
        loaded.sort(Comparator.comparingInt(m -> m.get(RunKeys.PLAN_POSITION) instanceof Integer p ? p : Integer.MAX_VALUE));
        List<FileOutcome> files = new ArrayList<>(loaded.stream().map(FileOutcome::fromMap).toList());
        list(job.getExecutionContext().get(RunKeys.INTAKE_OUTCOMES), java.util.Map.class).forEach(m -> files.add(FileOutcome.fromMap(m)));
        List<Integer> years = list(job.getExecutionContext().get(RunKeys.YEARS), Integer.class);
        List<Integer> closed = list(job.getExecutionContext().get(RunKeys.YEARS_CLOSED), Integer.class);
        Map<Integer, String> stages = new java.util.TreeMap<>();
        if (job.getExecutionContext().get(RunKeys.YEAR_STAGES) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> stages.put(((Number) k).intValue(), String.valueOf(v)));
        }
        boolean anyRejected = files.stream().anyMatch(o -> o.rejected() || o.skipped());
        int exit = job.getStatus() == BatchStatus.COMPLETED ? (anyRejected ? REJECTED : DONE) : FAILED;
        return new RunSummary(job.getJobParameters().getString(RunKeys.RUN_ID), instant(job.getStartTime()),
                instant(job.getEndTime() != null ? job.getEndTime() : LocalDateTime.now()), exit, files, years, reports, phases,
                stages, closed);
    }

    private static Instant instant(LocalDateTime time) {
        return (time == null ? LocalDateTime.now() : time).atZone(ZoneId.systemDefault()).toInstant();
    }

    private static <T> List<T> list(Object value, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            l.forEach(v -> out.add(type.cast(v)));
        }
        return out;
    }
}

package vn.parindex.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import vn.parindex.intake.FileOutcome;
import vn.parindex.installation.Folders;
import vn.parindex.installation.Printable;
import vn.parindex.job.NightlyJobConfiguration;
import vn.parindex.job.RunKeys;
import vn.parindex.job.RunSummaries;
import vn.parindex.job.RunSummary;
import vn.parindex.job.RunSummaryWriter;

/** {@code parindex run}: starts the nightly job and turns its summary into the terminal's lines and an exit code. */
@Component
class RunCommand {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    private final JobOperator jobs;
    private final JobRepository repository;
    private final Job nightlyJob;
    private final Folders folders;
    private final RunSummaries summaries;

    RunCommand(JobOperator jobs, JobRepository repository, Job nightlyJob, Folders folders, RunSummaries summaries) {
        this.jobs = jobs;
        this.repository = repository;
        this.nightlyJob = nightlyJob;
        this.folders = folders;
        this.summaries = summaries;
    }

    /**
     * Executions still marked running belong to a run that died (this process holds the installation lock),
     * so they are marked failed; their unfinished work is redone by this run from the inbox and the queued years.
     */
    private void recoverDeadExecutions() {
        for (JobExecution dead : repository.findRunningJobExecutions(NightlyJobConfiguration.JOB_NAME)) {
            log.warn("recovering execution {} left {} by a run that died", dead.getId(), dead.getStatus());
            jobs.recover(dead);
        }
    }

    int run(String runId, Command command, PrintStream out, PrintStream err) {
        Instant start = Instant.now();
        RunSummary summary;
        try {
            recoverDeadExecutions();
            JobExecution execution = jobs.start(nightlyJob, new JobParametersBuilder()
                    .addString(RunKeys.RUN_ID, runId)
                    .addLong(RunKeys.SETTLE_SECONDS, command.settle().toSeconds(), false)
                    .addString(RunKeys.YEARS_ASKED, command.years().stream().map(String::valueOf).collect(Collectors.joining(",")), false)
                    .toJobParameters());
            summary = summaries.of(execution);
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                execution.getAllFailureExceptions().forEach(e -> log.error("run {} failed", runId, e));
                Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
                err.println("parindex: run failed: " + (first == null ? execution.getStatus() : Printable.rootMessage(first))
                        + " (details in logs/parindex.log; a rerun is safe)");
            }
            String summaryFailed = execution.getExecutionContext().getString(RunKeys.SUMMARY_FAILED, null);
            if (summaryFailed != null) {
                err.println("parindex: cannot write reports/runs/" + runId + ".json: " + Printable.of(summaryFailed));
                summary = withExit(summary, ExitCode.FAILED.code());
            }
        } catch (Exception e) {
            log.error("run {} could not start", runId, e);
            err.println("parindex: run failed: " + Printable.rootMessage(e));
            summary = new RunSummary(runId, start, Instant.now(), ExitCode.FAILED.code(), List.of(), List.of(), List.of(), Map.of());
            try {
                RunSummaryWriter.write(folders.runs().resolve(runId + ".json"), summary);
            } catch (RuntimeException notWritten) {
                log.error("cannot write the run summary of {}", runId, notWritten);
            }
        }
        print(summary, out);
        return summary.exitCode();
    }

    private static RunSummary withExit(RunSummary s, int exit) {
        return new RunSummary(s.runId(), s.start(), s.end(), exit, s.files(), s.yearsRecomputed(), s.reports(), s.phases(), s.yearStages(),
                s.yearsClosed());
    }

    /** The stage of every year the run touched (SPEC §15): " (2025 provisional, 2026 open); 2024 final, not recomputed". */
    private static String stages(RunSummary run) {
        if (run.yearStages().isEmpty()) {
            return "";
        }
        String recomputed = run.yearsRecomputed().stream().map(y -> y + " " + run.yearStages().getOrDefault(y, "open"))
                .collect(Collectors.joining(", "));
        String closed = run.yearsClosed().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return (recomputed.isEmpty() ? "" : " (" + recomputed + ")")
                + (closed.isEmpty() ? "" : "; " + closed + " final (closed), not recomputed");
    }

    private static void print(RunSummary run, PrintStream out) {
        long skipped = run.files().stream().filter(FileOutcome::skipped).count();
        for (FileOutcome o : run.files()) {
            if (o.rejected()) {
                out.println("rejected " + Printable.of(o.name()) + ": " + o.errorCount() + " error(s), see input/rejected/");
            } else if (o.skipped()) {
                out.println("skipped " + Printable.of(o.name()) + ": " + Printable.of(o.note()));
            }
        }
        out.println("run " + run.runId() + ": " + run.count("accepted") + " accepted, " + run.count("duplicate") + " duplicate, "
                + run.count("rejected") + " rejected, " + run.count("skipped-unsettled") + " waiting"
                + (skipped > 0 ? ", " + skipped + " skipped" : "") + "; years recomputed " + run.yearsRecomputed() + stages(run) + "; "
                + run.reports().size() + " report(s) written");
    }
}

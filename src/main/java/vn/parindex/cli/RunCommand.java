package vn.parindex.cli;

import java.io.PrintStream;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;
import vn.parindex.intake.FileIntake;
import vn.parindex.intake.FileOutcome;
import vn.parindex.intake.Printable;
import vn.parindex.job.NightlyJobConfiguration;
import vn.parindex.job.RunLedger;
import vn.parindex.job.RunOptions;
import vn.parindex.report.RunSummaryWriter;

/** {@code parindex run}: the nightly job, its run summary and its exit code. */
@Component
class RunCommand {

    private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

    private final JobOperator jobs;
    private final JobRepository repository;
    private final Job nightlyJob;
    private final RunOptions options;
    private final FileIntake intake;

    RunCommand(JobOperator jobs, JobRepository repository, Job nightlyJob, RunOptions options, FileIntake intake) {
        this.jobs = jobs;
        this.repository = repository;
        this.nightlyJob = nightlyJob;
        this.options = options;
        this.intake = intake;
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

    int run(RunLedger ledger, PrintStream out, PrintStream err) {
        Instant start = Instant.now();
        ExitCode exit;
        try {
            recoverDeadExecutions();
            JobExecution execution = jobs.start(nightlyJob, new JobParametersBuilder().addString("run.id", ledger.runId()).toJobParameters());
            intake.unmoved().forEach(ledger::record);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                exit = ledger.anyRejected() ? ExitCode.REJECTED : ExitCode.DONE;
            } else {
                execution.getAllFailureExceptions().forEach(e -> log.error("run {} failed", ledger.runId(), e));
                Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
                err.println("parindex: run failed: " + (first == null ? execution.getStatus() : Parindex.rootMessage(first))
                        + " (details in logs/parindex.log; a rerun is safe)");
                exit = ExitCode.FAILED;
                returnStagedFiles();
            }
        } catch (Exception e) {
            log.error("run {} could not start", ledger.runId(), e);
            err.println("parindex: run failed: " + Parindex.rootMessage(e));
            exit = ExitCode.FAILED;
            returnStagedFiles();
        }
        try {
            RunSummaryWriter.write(options.folders().runs().resolve(ledger.runId() + ".json"), ledger, start, Instant.now(), exit.code());
        } catch (RuntimeException e) {
            log.error("cannot write the run summary of {}", ledger.runId(), e);
            err.println("parindex: cannot write reports/runs/" + ledger.runId() + ".json: " + Parindex.rootMessage(e));
            exit = ExitCode.FAILED;
        }
        print(ledger, out);
        return exit.code();
    }

    /** A failed run leaves the inbox as it found it: files it had taken but not finished go back. */
    private void returnStagedFiles() {
        try {
            intake.returnLeftovers(options.folders());
        } catch (RuntimeException e) {
            log.error("cannot return staged files to the inbox; the next run returns them", e);
        }
    }

    private static void print(RunLedger ledger, PrintStream out) {
        long accepted = ledger.outcomes().stream().filter(o -> o.status().equals("accepted")).count();
        long rejected = ledger.outcomes().stream().filter(FileOutcome::rejected).count();
        long duplicates = ledger.outcomes().stream().filter(o -> o.status().equals("duplicate")).count();
        long waiting = ledger.outcomes().stream().filter(o -> o.status().equals("skipped-unsettled")).count();
        long skipped = ledger.outcomes().stream().filter(FileOutcome::skipped).count();
        for (FileOutcome o : ledger.outcomes()) {
            if (o.rejected()) {
                out.println("rejected " + Printable.of(o.name()) + ": " + o.errorCount() + " error(s), see input/rejected/");
            } else if (o.skipped()) {
                out.println("skipped " + Printable.of(o.name()) + ": " + Printable.of(o.note()));
            }
        }
        out.println("run " + ledger.runId() + ": " + accepted + " accepted, " + duplicates + " duplicate, " + rejected
                + " rejected, " + waiting + " waiting" + (skipped > 0 ? ", " + skipped + " skipped" : "") + "; years recomputed " + ledger.years() + "; " + ledger.reports().size()
                + " report(s) written");
    }
}

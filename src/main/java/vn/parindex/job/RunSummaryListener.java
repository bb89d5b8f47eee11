package vn.parindex.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import vn.parindex.intake.FileIntake;
import vn.parindex.installation.Folders;

/**
 * Writes {@code reports/runs/<run-id>.json} when the job ends, however it ends. A failed run first gives the
 * files it had taken back to the inbox, which it leaves as it found it (SPEC §9).
 */
class RunSummaryListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunSummaryListener.class);

    private final Folders folders;
    private final FileIntake intake;
    private final RunSummaries summaries;

    RunSummaryListener(Folders folders, FileIntake intake, RunSummaries summaries) {
        this.folders = folders;
        this.intake = intake;
        this.summaries = summaries;
    }

    @Override
    public void afterJob(JobExecution job) {
        // a run that did not complete ends FAILED (RunSummaries): its files go back first, whatever the tables say
        if (job.getStatus() != BatchStatus.COMPLETED) {
            try {
                intake.returnLeftovers(folders);
            } catch (RuntimeException e) {
                log.error("cannot return staged files to the inbox; the next run returns them", e);
            }
        }
        RunSummary summary = summaries.of(job);
        try {
            RunSummaryWriter.write(folders.runs().resolve(summary.runId() + ".json"), summary);
        } catch (RuntimeException e) {
            log.error("cannot write the run summary of {}", summary.runId(), e);
            job.getExecutionContext().putString(RunKeys.SUMMARY_FAILED, String.valueOf(e.getMessage()));
        }
    }
}

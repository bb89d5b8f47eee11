package vn.parindex.job;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.parindex.intake.FileIntake;

/**
 * Records what became of each loaded file in the run's table, in the transaction that loaded it. When the step
 * ends, however it ends, the files whose load committed but which could not be moved out of staging are noted
 * too (the next run archives them as duplicates).
 */
class FileOutcomeWriter implements ItemWriter<LoadedFile>, StepExecutionListener {

    private final RunFiles runFiles;
    private final FileIntake intake;
    private final String runId;

    FileOutcomeWriter(RunFiles runFiles, FileIntake intake, String runId) {
        this.runFiles = runFiles;
        this.intake = intake;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends LoadedFile> files) {
        try {
            for (LoadedFile file : files) {
                runFiles.record(file.id(), file.outcome());
            }
        } catch (RuntimeException e) {
            throw new OutcomeNotRecorded(e);
        }
    }

    /**
     * A failure to record an outcome, never tried again (see {@link LockConflicts#retryPolicy()}): the file's load
     * is in the same transaction by then, and a deadlock would have rolled it back with it.
     */
    static final class OutcomeNotRecorded extends RuntimeException {
        OutcomeNotRecorded(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        runFiles.noted(runId, intake.drainUnmoved());
        return step.getExitStatus();
    }
}

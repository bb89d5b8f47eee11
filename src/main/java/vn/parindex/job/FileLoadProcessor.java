package vn.parindex.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.parindex.intake.FileIntake;
import vn.parindex.intake.FileOutcome;
import vn.parindex.installation.Folders;
import vn.parindex.intake.PlannedFile;

/**
 * Load, one file: takes a planned file (already in staging) through the warehouse in the chunk's transaction; the
 * file is moved only after that transaction commits. A file that loses a lock conflict is rolled back and tried
 * again by the step's retry ({@link LockConflicts#retryPolicy()}). A rejected file is filtered out of what the step
 * writes (Spring Batch counts it so), its outcome recorded here, in the same transaction.
 */
class FileLoadProcessor implements ItemProcessor<PlannedFile, LoadedFile> {

    private final FileIntake intake;
    private final Folders folders;
    private final String runId;
    private final RunFiles runFiles;

    FileLoadProcessor(FileIntake intake, Folders folders, String runId, RunFiles runFiles) {
        this.intake = intake;
        this.folders = folders;
        this.runId = runId;
        this.runFiles = runFiles;
    }

    @Override
    public LoadedFile process(PlannedFile file) {
        FileOutcome outcome = intake.process(file.file(), runId, folders);
        if (outcome.rejected()) {
            runFiles.record(file.id(), outcome);
            return null;
        }
        return new LoadedFile(file.id(), outcome);
    }
}

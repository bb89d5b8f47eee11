package vn.parindex.job;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.intake.FileIntake;
import vn.parindex.intake.FileOutcome;
import vn.parindex.installation.Folders;
import vn.parindex.intake.InboxScan;
import vn.parindex.intake.InboxScanner;

/**
 * Intake: files a dead run left in staging go back, the inbox is scanned, every file ready is moved into staging
 * and the run's plan is made from them there (reference kinds first) and written to the run's table. Files still
 * being written, and those that could not be looked at or moved, are the run's first outcomes.
 */
class IntakeTasklet implements Tasklet {

    private final FileIntake intake;
    private final Folders folders;
    private final Clock clock;
    private final long settleSeconds;
    private final String runId;
    private final RunFiles runFiles;

    IntakeTasklet(FileIntake intake, Folders folders, Clock clock, long settleSeconds, String runId, RunFiles runFiles) {
        this.intake = intake;
        this.folders = folders;
        this.clock = clock;
        this.settleSeconds = settleSeconds;
        this.runId = runId;
        this.runFiles = runFiles;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        intake.returnLeftovers(folders);
        InboxScan scan = InboxScanner.scan(folders.inbox(), Duration.ofSeconds(settleSeconds), clock.instant());
        FileIntake.Plan staged = intake.stage(scan.ready(), runId, folders);
        List<FileOutcome> left = new ArrayList<>(scan.unsettled().stream()
                .map(f -> new FileOutcome(f.name(), null, null, "skipped-unsettled", 0, 0, List.of())).toList());
        left.addAll(scan.unreachable());
        left.addAll(staged.skipped());
        runFiles.plan(runId, staged.files(), staged.groups());
        runFiles.leftByIntake(runId, left);
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }
}

package vn.parindex.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.parindex.intake.FileIntake;
import vn.parindex.intake.FileOutcome;
import vn.parindex.intake.Folders;
import vn.parindex.intake.PlannedFile;

/**
 * Load: the given files of the plan (already in staging), one per chunk, so each file commits in its own
 * transaction together with the step's bookkeeping and is moved only after that commit. A chunk rolled back by
 * a lock conflict is tried again with the same file ({@link LockConflicts}). What became of the files is put
 * into the step's ExecutionContext once, at the end (not at every chunk, which would rewrite the whole list each
 * time), each with its place in the plan so that the run summary lists them in plan order.
 */
class LoadTasklet implements Tasklet, StepExecutionListener {

    private final FileIntake intake;
    private final Folders folders;
    private final String runId;
    private final List<PlannedFile> plan;
    private final List<Integer> positions;
    private final ArrayList<HashMap<String, Object>> outcomes = new ArrayList<>();
    private int next;

    LoadTasklet(FileIntake intake, Folders folders, String runId, List<? extends Map<?, ?>> plan, List<Integer> positions) {
        this.intake = intake;
        this.folders = folders;
        this.runId = runId;
        this.plan = plan == null ? List.of() : plan.stream().map(PlannedFile::fromMap).toList();
        this.positions = positions == null ? List.of() : positions;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        if (next >= positions.size()) {
            return RepeatStatus.FINISHED;
        }
        int position = positions.get(next);
        FileOutcome outcome = intake.process(plan.get(position).toInboxFile(), runId, folders);
        HashMap<String, Object> recorded = outcome.toMap();
        recorded.put(RunKeys.PLAN_POSITION, position);
        // the file counts as done only once its transaction commits: a chunk rolled back is tried again
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                outcomes.add(recorded);
                next++;
            }
        });
        contribution.incrementReadCount();
        if (outcome.rejected()) {
            contribution.incrementFilterCount(1);
        } else {
            contribution.incrementWriteCount(1);
        }
        return RepeatStatus.CONTINUABLE;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        intake.drainUnmoved().forEach(o -> outcomes.add(o.toMap()));
        step.getExecutionContext().put(RunKeys.OUTCOMES, new ArrayList<>(outcomes));
        return step.getExitStatus();
    }
}

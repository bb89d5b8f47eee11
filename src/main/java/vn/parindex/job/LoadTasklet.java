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
import vn.parindex.intake.FileIntake;
import vn.parindex.intake.FileOutcome;
import vn.parindex.intake.Folders;
import vn.parindex.intake.PlannedFile;

/**
 * Load: one planned file (already in staging) per chunk, so each file commits in its own transaction together with the step's
 * bookkeeping and is moved only after that commit. What became of the files is put into the step's
 * ExecutionContext once, at the end (not at every chunk, which would rewrite the whole list each time).
 */
class LoadTasklet implements Tasklet, StepExecutionListener {

    private final FileIntake intake;
    private final Folders folders;
    private final String runId;
    private final List<PlannedFile> plan;
    private final ArrayList<HashMap<String, Object>> outcomes = new ArrayList<>();
    private int next;

    LoadTasklet(FileIntake intake, Folders folders, String runId, List<? extends Map<?, ?>> plan) {
        this.intake = intake;
        this.folders = folders;
        this.runId = runId;
        this.plan = plan == null ? List.of() : plan.stream().map(PlannedFile::fromMap).toList();
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        if (next >= plan.size()) {
            return RepeatStatus.FINISHED;
        }
        FileOutcome outcome = intake.process(plan.get(next++).toInboxFile(), runId, folders);
        outcomes.add(outcome.toMap());
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

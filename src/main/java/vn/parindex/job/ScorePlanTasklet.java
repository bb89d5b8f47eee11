package vn.parindex.job;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.warehouse.PendingYears;
import vn.parindex.warehouse.ResultsRepository;

/**
 * Before scoring: the years asked for join the warehouse's queue; the queue (with the later years that depend
 * on it) is what this run recomputes, kept in the step's context for the steps after it, and those years'
 * results are cleared for the group partitions to fill. A run killed before the reports are written leaves the
 * years queued, so the next run scores them again.
 */
class ScorePlanTasklet implements Tasklet {

    private final PendingYears pending;
    private final ResultsRepository results;
    private final List<Integer> yearsAsked;

    ScorePlanTasklet(PendingYears pending, ResultsRepository results, List<Integer> yearsAsked) {
        this.pending = pending;
        this.results = results;
        this.yearsAsked = yearsAsked;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        pending.add(yearsAsked);
        ArrayList<Integer> years = new ArrayList<>(pending.withDependents());
        chunk.getStepContext().getStepExecution().getExecutionContext().put(RunKeys.YEARS, years);
        years.forEach(results::clearScores);
        return RepeatStatus.FINISHED;
    }
}

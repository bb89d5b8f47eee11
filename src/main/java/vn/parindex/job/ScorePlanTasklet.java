package vn.parindex.job;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.warehouse.PendingYears;
import vn.parindex.warehouse.ResultsRepository;
import vn.parindex.warehouse.YearStages;

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
    private final YearStages stages;

    ScorePlanTasklet(PendingYears pending, ResultsRepository results, List<Integer> yearsAsked, YearStages stages) {
        this.pending = pending;
        this.results = results;
        this.yearsAsked = yearsAsked;
        this.stages = stages;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        pending.add(yearsAsked);
        // a final year is closed (SPEC §5, §15): never recomputed, so it leaves the queue untouched
        java.util.Set<Integer> closed = new java.util.HashSet<>(stages.finalYears());
        java.util.TreeSet<Integer> closedTouched = new java.util.TreeSet<>();
        for (int queued : pending.queued()) {
            if (closed.contains(queued)) {
                closedTouched.add(queued);
                pending.done(queued);
            }
        }
        ArrayList<Integer> years = new ArrayList<>();
        for (int year : pending.withDependents()) {
            if (closed.contains(year)) {
                closedTouched.add(year);
            } else {
                years.add(year);
            }
        }
        java.util.TreeSet<Integer> touched = new java.util.TreeSet<>(years);
        touched.addAll(closedTouched);
        var context = chunk.getStepContext().getStepExecution().getExecutionContext();
        context.put(RunKeys.YEARS, years);
        context.put(RunKeys.YEARS_CLOSED, new ArrayList<>(closedTouched));
        context.put(RunKeys.YEAR_STAGES, new java.util.LinkedHashMap<>(stages.stages(touched)));
        years.forEach(results::clearScores);
        return RepeatStatus.FINISHED;
    }
}

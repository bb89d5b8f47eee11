package vn.parindex.job;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.scoring.UnitFacts;
import vn.parindex.scoring.UnitScorer;
import vn.parindex.submission.UnitInfo;
import vn.parindex.warehouse.PendingYears;
import vn.parindex.warehouse.ResultsRepository;
import vn.parindex.warehouse.ResultsRepository.Scored;
import vn.parindex.warehouse.ScoringInputsRepository;
import vn.parindex.warehouse.YearInputs;

/**
 * Score: the years asked for join the warehouse's queue; the queue (with the later years that depend on it) is
 * what this run recomputes, kept in the step's context for the steps after it. Each year's units are scored.
 */
class ScoreTasklet implements Tasklet {

    private final PendingYears pending;
    private final ScoringInputsRepository inputs;
    private final ResultsRepository results;
    private final List<Integer> yearsAsked;

    ScoreTasklet(PendingYears pending, ScoringInputsRepository inputs, ResultsRepository results, List<Integer> yearsAsked) {
        this.pending = pending;
        this.inputs = inputs;
        this.results = results;
        this.yearsAsked = yearsAsked;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        pending.add(yearsAsked);
        ArrayList<Integer> years = new ArrayList<>(pending.withDependents());
        chunk.getStepContext().getStepExecution().getExecutionContext().put(RunKeys.YEARS, years);
        for (int year : years) {
            List<Scored> scored = score(inputs.load(year));
            results.replaceScores(year, scored);
            contribution.incrementWriteCount(scored.size());
        }
        return RepeatStatus.FINISHED;
    }

    static List<Scored> score(YearInputs inputs) {
        List<Scored> scored = new ArrayList<>();
        inputs.activeUnits().forEach((group, units) -> {
            for (UnitInfo unit : units) {
                UnitFacts facts = inputs.facts().get(unit.code());
                scored.add(new Scored(unit, facts.submitted() ? UnitScorer.score(inputs.frameworks().get(group), facts) : null));
            }
        });
        return scored;
    }
}

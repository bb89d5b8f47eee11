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
import vn.parindex.warehouse.ResultsRepository;
import vn.parindex.warehouse.ResultsRepository.Scored;
import vn.parindex.warehouse.ScoringInputsRepository;
import vn.parindex.warehouse.YearInputs;

/** Score, one partition: the units of one group in one year, from the warehouse into a year cleared before. */
class ScoreTasklet implements Tasklet {

    private final ScoringInputsRepository inputs;
    private final ResultsRepository results;
    private final int year;
    private final String group;

    ScoreTasklet(ScoringInputsRepository inputs, ResultsRepository results, int year, String group) {
        this.inputs = inputs;
        this.results = results;
        this.year = year;
        this.group = group;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        List<Scored> scored = score(inputs.load(year, group));
        results.insertScores(year, scored);
        contribution.incrementWriteCount(scored.size());
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

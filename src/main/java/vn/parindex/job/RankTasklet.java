package vn.parindex.job;

import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.ranking.RankedUnit;
import vn.parindex.ranking.YearRankingInputs;
import vn.parindex.warehouse.RankingInputsRepository;
import vn.parindex.warehouse.ResultsRepository;

/** Rank: every recomputed year, group by group, from the stored scores and last year's ranks, each year read once. */
class RankTasklet implements Tasklet {

    private final ResultsRepository results;
    private final RankingInputsRepository rankingInputs;
    private final List<Integer> years;

    RankTasklet(ResultsRepository results, RankingInputsRepository rankingInputs, List<Integer> years) {
        this.results = results;
        this.rankingInputs = rankingInputs;
        this.years = years == null ? List.of() : years;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        for (int year : years) {
            YearRankingInputs inputs = rankingInputs.year(year);
            for (String group : inputs.groups()) {
                List<RankedUnit> ranked = inputs.rank(group);
                results.saveRanks(year, ranked);
                contribution.incrementWriteCount(ranked.size());
            }
        }
        return RepeatStatus.FINISHED;
    }
}

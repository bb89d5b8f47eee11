package vn.parindex.job;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.ranking.GroupRanker;
import vn.parindex.ranking.RankInput;
import vn.parindex.ranking.RankedUnit;
import vn.parindex.warehouse.RankingInputsRepository;
import vn.parindex.warehouse.ResultsRepository;
import vn.parindex.warehouse.UnitResult;

/** Rank: every recomputed year, group by group, from the stored scores and last year's ranks. */
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
        Map<String, List<String>> predecessors = rankingInputs.predecessors();
        for (int year : years) {
            var bands = rankingInputs.bands(year);
            Map<String, BigDecimal> previousIndices = rankingInputs.indices(year - 1);
            Map<String, List<RankInput>> byGroup = new HashMap<>();
            for (UnitResult u : results.results(year)) {
                if (u.ranked()) {
                    Map<String, BigDecimal> sub = new LinkedHashMap<>();
                    u.domains().forEach(d -> sub.put(d.code(), d.subIndex()));
                    byGroup.computeIfAbsent(u.groupCode(), g -> new ArrayList<>()).add(new RankInput(u.unitCode(), u.unitName(), u.index(), sub));
                }
            }
            for (String group : new TreeSet<>(byGroup.keySet())) {
                List<RankedUnit> ranked = GroupRanker.rank(byGroup.get(group), bands.getOrDefault(group, List.of()),
                        rankingInputs.ranks(year - 1, group), predecessors, previousIndices);
                results.saveRanks(year, ranked);
                contribution.incrementWriteCount(ranked.size());
            }
        }
        return RepeatStatus.FINISHED;
    }
}

package vn.parindex.warehouse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Repository;
import vn.parindex.scoring.RuleParser;
import vn.parindex.warehouse.ReportDataRepository.CriterionRow;
import vn.parindex.warehouse.ReportDataRepository.LeafRow;

/** Reads a {@link YearReadModel}: every figure the year's reports show, one read per kind of row. */
@Repository
public class YearReadModelRepository {

    private final ReportDataRepository data;
    private final ResultsRepository results;
    private final UncertaintyRepository uncertainty;
    private final RankingInputsRepository ranking;

    public YearReadModelRepository(ReportDataRepository data, ResultsRepository results, UncertaintyRepository uncertainty,
            RankingInputsRepository ranking) {
        this.data = data;
        this.results = results;
        this.uncertainty = uncertainty;
        this.ranking = ranking;
    }

    public YearReadModel load(int year) {
        List<CriterionRow> criteria = data.criteria(year);
        List<LeafRow> leaves = data.leaves(year);
        return new YearReadModel(year, data.dataDate(year), results.results(year), criteria, data.bands(year), leaves,
                data.unitTotals(year), data.unitTotals(year - 1), data.domainPoints(year - 1), data.changeBases(year),
                ranking.predecessors(), data.rankedPredecessors(year), data.rankedUpTo(year), data.groupNames(),
                uncertainty.intervals(year), uncertainty.replicates(year), insufficientRespondents(year, criteria, leaves));
    }

    /**
     * For each survey leaf scored {@code insufficient}, how many people answered it (the scorecard gives the count against
     * the minimum): one query per survey criterion that some unit lacks respondents for.
     */
    private List<YearReadModel.Respondents> insufficientRespondents(int year, List<CriterionRow> criteria, List<LeafRow> leaves) {
        Set<String> lacking = new HashSet<>();
        leaves.stream().filter(l -> "insufficient".equals(l.flag())).forEach(l -> lacking.add(l.criterionCode()));
        List<YearReadModel.Respondents> respondents = new ArrayList<>();
        for (CriterionRow c : criteria) {
            if (!"survey".equals(c.method()) || !lacking.contains(c.code()) || c.ruleText() == null) {
                continue;
            }
            List<String> questions;
            try {
                questions = RuleParser.parseSurvey(c.ruleText()).questions();
            } catch (RuntimeException e) {
                continue;
            }
            data.insufficientRespondents(year, c.groupCode(), c.code(), questions)
                    .forEach((unit, count) -> respondents.add(new YearReadModel.Respondents(unit, c.code(), count)));
        }
        return respondents;
    }
}

package vn.parindex.job;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.scoring.Framework;
import vn.parindex.uncertainty.GroupIntervals;
import vn.parindex.uncertainty.UnitInterval;
import vn.parindex.warehouse.RankingInputsRepository;
import vn.parindex.warehouse.ScoringInputsRepository;
import vn.parindex.warehouse.UncertaintyRepository;

/**
 * The uncertainty analysis of one (year, group) against the warehouse (SPEC §12): the ranked units as the score step
 * stored them, with their survey answers, bootstrapped ({@link GroupIntervals}), and the result stored. With
 * {@code parindex.replicates} = 0 nothing is computed and nothing is stored.
 */
@Service
public class UncertaintyAnalysis {

    private final ScoringInputsRepository inputs;
    private final RankingInputsRepository ranking;
    private final UncertaintyRepository store;
    private final int replicates;

    public UncertaintyAnalysis(ScoringInputsRepository inputs, RankingInputsRepository ranking, UncertaintyRepository store,
            @Value("${parindex.replicates:1000}") int replicates) {
        this.inputs = inputs;
        this.ranking = ranking;
        this.store = store;
        this.replicates = replicates;
    }

    public int replicates() {
        return replicates;
    }

    /** The groups of {@code year} to analyse (none when the analysis is off). */
    public List<String> groups(int year) {
        return replicates == 0 ? List.of() : inputs.groups(year);
    }

    /** Analyses and stores one group; returns how many units it covered. */
    public int analyse(int year, String group) {
        if (replicates == 0) {
            return 0;
        }
        Framework framework = inputs.framework(year, group);
        if (framework == null) {
            return 0;
        }
        List<UnitInterval> intervals = GroupIntervals.of(year, framework, store.scoredUnits(year, group),
                inputs.surveyAnswers(year, group, GroupIntervals.surveyQuestions(framework)),
                ranking.bands(year).getOrDefault(group, List.of()), replicates);
        store.replace(year, group, replicates, intervals);
        return intervals.size();
    }

    /**
     * What {@code report --year} needs before it renders: the analysis of {@code year} as {@link #analyseYear} leaves
     * it. The analysis is reproducible, so intervals stored for the year's current results with the same R are
     * what it would store again; they are kept and the (largest) cost of the command is skipped.
     */
    @Transactional
    public void refreshYear(int year) {
        if (replicates > 0 && store.isCurrent(year, replicates)) {
            return;
        }
        analyseYear(year);
    }

    /** Analyses every group of {@code year}, or clears what is stored when the analysis is off (the report command). */
    @Transactional
    public void analyseYear(int year) {
        if (replicates == 0) {
            store.clear(year);
            return;
        }
        for (String group : inputs.groups(year)) {
            analyse(year, group);
        }
    }
}

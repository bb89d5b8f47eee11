package vn.parindex.uncertainty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.ranking.Band;
import vn.parindex.scoring.Framework;
import vn.parindex.scoring.SurveyRule;

/**
 * The uncertainty analysis of one (year, group) (SPEC §12) from what the year holds: the group's framework, its
 * ranked units as scored (never scored again), their survey answers and the group's bands.
 */
public final class GroupIntervals {

    private GroupIntervals() {
    }

    /** The questions of the framework's survey leaves: the answers the bootstrap resamples. */
    public static Set<String> surveyQuestions(Framework framework) {
        Set<String> questions = new HashSet<>();
        framework.leaves().forEach(leaf -> {
            if (leaf.rule() instanceof SurveyRule rule) {
                questions.addAll(rule.questions());
            }
        });
        return questions;
    }

    /**
     * @param answers survey answers by unit code (a unit without any is absent)
     * @param bands the group's bands (any order; empty when it has none)
     */
    public static List<UnitInterval> of(int year, Framework framework, List<ScoredUnit> units, Map<String, UnitAnswers> answers,
            List<Band> bands, int replicates) {
        List<UnitSample> samples = new ArrayList<>(units.size());
        for (ScoredUnit unit : units) {
            samples.add(UnitSample.of(framework, unit, answers.get(unit.unitCode())));
        }
        return samples.isEmpty() ? List.of() : Bootstrap.group(year, samples, replicates, bands);
    }
}

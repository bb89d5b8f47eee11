package vn.parindex.uncertainty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.scoring.Criterion;
import vn.parindex.scoring.Framework;
import vn.parindex.scoring.Method;
import vn.parindex.scoring.SurveyRule;
import vn.parindex.scoring.UnitFacts;
import vn.parindex.scoring.UnitScore;

/**
 * One ranked unit as the bootstrap sees it (SPEC §12): the points that no replicate changes (every leaf but the
 * survey leaves scored on the real data, and the adjustments), the survey leaves with their answers per respondent,
 * and the index of any resample of its respondents, computed in whole hundredths exactly as §6 computes it.
 */
public final class UnitSample {

    private final String unitCode;
    private final long fixedTenThousandths;
    private final long totalMaxTenThousandths;
    private final SurveyLeafSample[] leaves;
    private final int respondents;
    private final int indexCents;

    private UnitSample(String unitCode, long fixed, long totalMax, SurveyLeafSample[] leaves, int respondents, int indexCents) {
        this.unitCode = unitCode;
        this.fixedTenThousandths = fixed;
        this.totalMaxTenThousandths = totalMax;
        this.leaves = leaves;
        this.respondents = respondents;
        this.indexCents = indexCents;
    }

    /**
     * The unit scored as {@code score} (from {@code facts} against {@code framework}), with {@code answers} (null when
     * it has none).
     */
    public static UnitSample of(Framework framework, UnitFacts facts, UnitScore score, UnitAnswers answers) {
        List<ScoredUnit.Leaf> leaves = score.leaves().stream()
                .map(l -> new ScoredUnit.Leaf(l.code(), l.points(), l.flag() != null)).toList();
        BigDecimal adjustments = facts.adjustments() == null ? BigDecimal.ZERO
                : facts.adjustments().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return of(framework, new ScoredUnit(facts.unitCode(), leaves, adjustments, score.index()), answers);
    }

    /**
     * The unit as scored against {@code framework}, with {@code answers} (null when it has none). A survey leaf that
     * is missing or insufficient on the real data keeps its 0 points in every replicate.
     *
     * @throws IllegalStateException when the model does not give back the unit's real index from its real sample
     */
    public static UnitSample of(Framework framework, ScoredUnit scored, UnitAnswers answers) {
        Map<String, Criterion> criteria = new HashMap<>();
        framework.leaves().forEach(c -> criteria.put(c.code(), c));
        long fixed = 0;
        List<SurveyLeafSample> sampled = new ArrayList<>();
        for (ScoredUnit.Leaf leaf : scored.leaves()) {
            Criterion criterion = criteria.get(leaf.code());
            if (criterion.method() == Method.SURVEY && !leaf.flagged() && answers != null && answers.respondents() > 0) {
                sampled.add(leafSample(criterion, (SurveyRule) criterion.rule(), answers));
            } else {
                fixed += Fixed.scaled(leaf.points(), 4);
            }
        }
        fixed += Fixed.scaled(scored.adjustments(), 4);
        UnitSample unit = new UnitSample(scored.unitCode(), fixed, Fixed.scaled(framework.totalMax(), 4),
                sampled.toArray(SurveyLeafSample[]::new), answers == null ? 0 : answers.respondents(), (int) Fixed.scaled(scored.index(), 2));
        int replayed = unit.index(i -> i);
        if (replayed != unit.indexCents) {
            throw new IllegalStateException("the bootstrap model of unit " + scored.unitCode() + " gives index " + Fixed.hundredths(replayed)
                    + " from its real answers, its score says " + scored.index());
        }
        return unit;
    }

    public String unitCode() {
        return unitCode;
    }

    /** The index on the real data, in hundredths. */
    public int indexCents() {
        return indexCents;
    }

    /** False when no survey leaf rests on a sample: every replicate gives the real index. */
    public boolean sampled() {
        return leaves.length > 0;
    }

    public int respondents() {
        return respondents;
    }

    /** The index, in hundredths, of replicate {@code replicate}: the unit's respondents drawn with replacement. */
    int replicateIndex(int year, int replicate) {
        if (leaves.length == 0) {
            return indexCents;
        }
        ReplicateRandom random = ReplicateRandom.of(year, unitCode, replicate);
        return index(i -> random.nextInt(respondents));
    }

    private interface Draw {
        int respondent(int draw);
    }

    private int index(Draw draws) {
        long[] answers = new long[leaves.length];
        long[] positive = new long[leaves.length];
        long[] sum = new long[leaves.length];
        for (int d = 0; d < respondents && leaves.length > 0; d++) {
            int r = draws.respondent(d);
            for (int l = 0; l < leaves.length; l++) {
                answers[l] += leaves[l].answers()[r];
                positive[l] += leaves[l].positive()[r];
                sum[l] += leaves[l].sum()[r];
            }
        }
        long total = fixedTenThousandths;
        for (int l = 0; l < leaves.length; l++) {
            total += 100 * leaves[l].cents(answers[l], positive[l], sum[l]);
        }
        total = Math.max(0, Math.min(total, totalMaxTenThousandths));
        return totalMaxTenThousandths == 0 ? 0 : (int) Fixed.divideHalfUp(total, 10_000, totalMaxTenThousandths);
    }

    private static SurveyLeafSample leafSample(Criterion leaf, SurveyRule rule, UnitAnswers answers) {
        Set<String> questions = Set.copyOf(rule.questions());
        int n = answers.respondents();
        int[] count = new int[n];
        int[] positive = new int[n];
        int[] sum = new int[n];
        for (int i = 0; i < answers.size(); i++) {
            if (questions.contains(answers.question(i))) {
                int r = answers.respondent(i);
                int value = answers.answer(i);
                count[r]++;
                positive[r] += value >= 4 ? 1 : 0;
                sum[r] += value;
            }
        }
        return new SurveyLeafSample(leaf.code(), rule.mode(), Fixed.scaled(leaf.maxPoints(), 4), count, positive, sum);
    }
}

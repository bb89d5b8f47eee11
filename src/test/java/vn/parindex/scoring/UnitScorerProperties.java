package vn.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Properties of {@link UnitScorer} over random valid frameworks and facts. Each repetition uses its own fixed
 * seed, so a failure names the repetition that reproduces it.
 */
class UnitScorerProperties {

    private static final long SEED = 0x5C0_2E5L;
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    @RepeatedTest(200)
    void indexAndEverySubIndexStayWithinZeroAndHundred(RepetitionInfo repetition) {
        RandomScoringData data = data(repetition);
        Framework framework = data.framework(false);

        UnitScore score = UnitScorer.score(framework, data.facts(framework, "u"));

        assertThat(score.index()).isBetween(BigDecimal.ZERO, HUNDRED);
        assertThat(score.domains()).allSatisfy(d -> assertThat(d.subIndex()).isBetween(BigDecimal.ZERO, HUNDRED));
        assertThat(score.leaves()).allSatisfy(l -> assertThat(l.points()).isBetween(BigDecimal.ZERO, l.maxPoints()));
    }

    @RepeatedTest(200)
    void theTotalIsTheDomainsPlusAdjustmentsClampedToTheMaximum(RepetitionInfo repetition) {
        RandomScoringData data = data(repetition);
        Framework framework = data.framework(false);
        UnitFacts facts = data.facts(framework, "u");

        UnitScore score = UnitScorer.score(framework, facts);

        BigDecimal domains = score.domains().stream().map(DomainScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal adjustments = facts.adjustments().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = domains.add(adjustments).max(BigDecimal.ZERO).min(framework.totalMax());
        assertThat(score.total()).isEqualByComparingTo(expected);
        assertThat(score.total()).isBetween(BigDecimal.ZERO, framework.totalMax());
        assertThat(score.index()).isEqualTo(Decimals.percent(expected, framework.totalMax()));
    }

    @RepeatedTest(200)
    void domainPointsAreTheSumOfTheirLeavesRoundedPoints(RepetitionInfo repetition) {
        RandomScoringData data = data(repetition);
        Framework framework = data.framework(false);

        UnitScore score = UnitScorer.score(framework, data.facts(framework, "u"));

        assertThat(score.leaves()).extracting(LeafScore::code)
                .containsExactlyElementsOf(framework.leaves().stream().map(Criterion::code).toList());
        for (DomainScore domain : score.domains()) {
            BigDecimal leaves = score.leaves().stream()
                    .filter(l -> l.code().startsWith(domain.code() + "."))
                    .map(LeafScore::points)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(domain.points()).isEqualTo(leaves.setScale(2));
        }
    }

    @RepeatedTest(200)
    void everyPublishedFigureHasTwoDecimals(RepetitionInfo repetition) {
        RandomScoringData data = data(repetition);
        Framework framework = data.framework(false);

        UnitScore score = UnitScorer.score(framework, data.facts(framework, "u"));

        assertThat(score.index().scale()).isEqualTo(2);
        assertThat(score.total().scale()).isEqualTo(2);
        assertThat(score.adjustment().scale()).isEqualTo(2);
        assertThat(score.domains()).allSatisfy(d -> {
            assertThat(d.points().scale()).isEqualTo(2);
            assertThat(d.subIndex().scale()).isEqualTo(2);
        });
        assertThat(score.leaves()).allSatisfy(l -> assertThat(l.points().scale()).isEqualTo(2));
    }

    @RepeatedTest(200)
    void raisingAnAppraisedScoreNeverLowersTheIndex(RepetitionInfo repetition) {
        RandomScoringData data = data(repetition);
        Random random = new Random(SEED ^ repetition.getCurrentRepetition());
        Framework framework = data.framework(false);
        UnitFacts facts = data.facts(framework, "u");
        Criterion leaf = anAppraisedLeaf(framework, random);
        if (leaf == null) {
            return;
        }

        UnitFacts raised = withRaisedAppraisedScore(framework, facts, leaf, data.scoreUpTo(leaf.maxPoints()));

        assertThat(UnitScorer.score(framework, raised).index())
                .isGreaterThanOrEqualTo(UnitScorer.score(framework, facts).index());
    }

    /** A random appraised leaf of the framework, or null when it has none. */
    static Criterion anAppraisedLeaf(Framework framework, Random random) {
        List<Criterion> appraised = framework.leaves().stream().filter(l -> l.method() == Method.APPRAISED).toList();
        return appraised.isEmpty() ? null : appraised.get(random.nextInt(appraised.size()));
    }

    /**
     * The facts with the appraised score of {@code leaf} raised to {@code candidate}, or left at the leaf's
     * current points when those are higher already.
     */
    static UnitFacts withRaisedAppraisedScore(Framework framework, UnitFacts facts, Criterion leaf, String candidate) {
        BigDecimal current = UnitScorer.score(framework, facts).leaves().stream()
                .filter(l -> l.code().equals(leaf.code())).findFirst().orElseThrow().points();
        Map<String, ScoreValue> appraised = new HashMap<>(facts.appraisedScores());
        appraised.put(leaf.code(), new ScoreValue(current.max(new BigDecimal(candidate)), FactsBuilder.APPRAISAL_FILE));
        return new UnitFacts(facts.unitCode(), facts.selfScores(), appraised, facts.metrics(), facts.survey(),
                facts.adjustments(), true);
    }

    private static RandomScoringData data(RepetitionInfo repetition) {
        return new RandomScoringData(new Random(SEED + repetition.getCurrentRepetition()));
    }
}

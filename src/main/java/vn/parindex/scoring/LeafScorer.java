package vn.parindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Points of one leaf for one unit (SPEC §6), rounded half-up to 2 decimals; divisions are exact until that rounding. */
final class LeafScorer {

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private LeafScorer() {
    }

    static LeafScore score(Criterion leaf, UnitFacts facts) {
        return switch (leaf.method()) {
            case APPRAISED -> appraised(leaf, facts);
            case RATIO -> ratio(leaf, ruleOf(leaf, RatioRule.class), facts);
            case SURVEY -> survey(leaf, ruleOf(leaf, SurveyRule.class), facts);
            case GROUP -> throw new IllegalStateException("Criterion '" + leaf.code() + "' is a group without children");
        };
    }

    private static LeafScore appraised(Criterion leaf, UnitFacts facts) {
        ScoreValue self = orEmpty(facts.selfScores()).get(leaf.code());
        ScoreValue appraised = orEmpty(facts.appraisedScores()).get(leaf.code());
        BigDecimal selfValue = self == null ? null : Decimals.display(self.value());
        BigDecimal appraisedValue = appraised == null ? null : Decimals.display(appraised.value());
        if (appraised != null) {
            return leafScore(leaf, selfValue, appraisedValue, Decimals.round2(appraised.value()), null, appraised.source());
        }
        if (self != null) {
            return leafScore(leaf, selfValue, null, Decimals.round2(self.value()), LeafFlag.PROVISIONAL, self.source());
        }
        return leafScore(leaf, null, null, Decimals.ZERO, LeafFlag.MISSING, null);
    }

    private static LeafScore ratio(Criterion leaf, RatioRule rule, UnitFacts facts) {
        MetricValue metric = orEmpty(facts.metrics()).get(rule.metric());
        if (metric == null || metric.denominator().signum() <= 0) {
            return leafScore(leaf, null, null, Decimals.ZERO, LeafFlag.MISSING, null);
        }
        BigDecimal points = rule.linear()
                ? divide(metric.numerator().multiply(leaf.maxPoints()), metric.denominator())
                : Decimals.round2(factor(rule, metric).multiply(leaf.maxPoints()));
        return leafScore(leaf, null, null, points, null, metric.source());
    }

    /** The factor of the first step the ratio satisfies; r ≥ T is tested as numerator ≥ T × denominator. */
    private static BigDecimal factor(RatioRule rule, MetricValue metric) {
        for (RatioRule.Step step : rule.steps()) {
            int comparison = metric.numerator().compareTo(step.threshold().multiply(metric.denominator()));
            boolean matches = step.comparison() == RatioRule.Comparison.AT_LEAST ? comparison >= 0 : comparison <= 0;
            if (matches) {
                return step.factor();
            }
        }
        return rule.elseFactor();
    }

    private static LeafScore survey(Criterion leaf, SurveyRule rule, UnitFacts facts) {
        SurveyResponses responses = facts.survey() == null ? SurveyResponses.none() : facts.survey();
        SurveyTally tally = responses.tally(rule.questions());
        if (tally.answers() == 0) {
            return leafScore(leaf, null, null, Decimals.ZERO, LeafFlag.MISSING, null);
        }
        if (tally.respondents() < rule.minResponses()) {
            return leafScore(leaf, null, null, Decimals.ZERO, LeafFlag.INSUFFICIENT, responses.source());
        }
        BigDecimal answers = BigDecimal.valueOf(tally.answers());
        BigDecimal points = switch (rule.mode()) {
            case SHARE -> divide(BigDecimal.valueOf(tally.positive()).multiply(leaf.maxPoints()), answers);
            // (mean − 1) / 4 = (sum − answers) / (4 × answers)
            case MEAN -> divide(BigDecimal.valueOf(tally.sum() - tally.answers()).multiply(leaf.maxPoints()),
                    answers.multiply(FOUR));
        };
        return leafScore(leaf, null, null, points, null, responses.source());
    }

    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, 2, RoundingMode.HALF_UP);
    }

    private static LeafScore leafScore(Criterion leaf, BigDecimal self, BigDecimal appraised, BigDecimal points,
                                       LeafFlag flag, Source source) {
        return new LeafScore(leaf.code(), leaf.method(), Decimals.display(leaf.maxPoints()), self, appraised, points,
                flag, source);
    }

    private static <R extends Rule> R ruleOf(Criterion leaf, Class<R> type) {
        if (!type.isInstance(leaf.rule())) {
            throw new IllegalStateException("Criterion '" + leaf.code() + "' (" + leaf.method().code()
                    + ") needs a " + type.getSimpleName() + " but has " + leaf.rule());
        }
        return type.cast(leaf.rule());
    }

    private static <V> Map<String, V> orEmpty(Map<String, V> map) {
        return map == null ? Map.of() : map;
    }
}

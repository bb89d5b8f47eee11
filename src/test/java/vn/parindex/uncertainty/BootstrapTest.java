package vn.parindex.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.Band;
import vn.parindex.scoring.Criterion;
import vn.parindex.scoring.Framework;
import vn.parindex.scoring.InMemorySurveyResponses;
import vn.parindex.scoring.Method;
import vn.parindex.scoring.MetricValue;
import vn.parindex.scoring.RuleParser;
import vn.parindex.scoring.ScoreValue;
import vn.parindex.scoring.SurveyAnswer;
import vn.parindex.scoring.UnitFacts;
import vn.parindex.scoring.UnitScore;
import vn.parindex.scoring.UnitScorer;

/** The bootstrap of SPEC §12 on units built in memory: what an interval is for the cases the issue names. */
class BootstrapTest {

    private static final int YEAR = 2025;
    private static final int R = 1000;
    private static final List<Band> BANDS = List.of(new Band("Tốt", new BigDecimal("80")), new Band("Khá", new BigDecimal("60")),
            new Band("Yếu", BigDecimal.ZERO));

    /** One domain: an appraised leaf (40) and a share-mode survey leaf (60) over questions S1, S2. */
    private static final Framework MIXED = new Framework(YEAR, "G", List.of(
            new Criterion("1", null, "Lĩnh vực", new BigDecimal("100"), Method.GROUP, null),
            new Criterion("1.1", "1", "Kế hoạch", new BigDecimal("40"), Method.APPRAISED, null),
            new Criterion("1.2", "1", "Hài lòng", new BigDecimal("60"), Method.SURVEY,
                    RuleParser.parse(Method.SURVEY, "questions=S1,S2; mode=share; min_responses=5"))));

    /** One survey leaf worth the whole index, share mode, one question. */
    private static final Framework SURVEY_ONLY = new Framework(YEAR, "G", List.of(
            new Criterion("1", null, "Lĩnh vực", new BigDecimal("100"), Method.GROUP, null),
            new Criterion("1.1", "1", "Hài lòng", new BigDecimal("100"), Method.SURVEY,
                    RuleParser.parse(Method.SURVEY, "questions=S1; mode=share"))));

    @Test
    void respondentsWhoAllAnsweredAlikeGiveAOnePointInterval() {
        List<UnitSample> units = List.of(
                unit(MIXED, "A", "30", answers(40, (r, q) -> 4)),
                unit(MIXED, "B", "20", answers(25, (r, q) -> 2)));
        List<UnitInterval> intervals = Bootstrap.group(YEAR, units, R, BANDS);
        for (UnitInterval i : intervals) {
            assertThat(i.sampled()).isTrue();
            assertThat(List.of(i.indexP05(), i.indexP50(), i.indexP95())).allSatisfy(p -> assertThat(p).isEqualTo(i.index()));
            assertThat(List.of(i.rankP05(), i.rankP50(), i.rankP95())).containsOnly(i.rank());
        }
        assertThat(intervals.get(0).index()).isEqualByComparingTo("90.00");
        assertThat(intervals.get(0).bandShares()).containsExactly(Map.entry("Tốt", new BigDecimal("1.000")),
                Map.entry("Khá", new BigDecimal("0.000")), Map.entry("Yếu", new BigDecimal("0.000")));
    }

    @Test
    void aUnitWithNoSurveyLeafHasAOnePointIntervalAndIsMarkedUnsampled() {
        Framework appraisedOnly = new Framework(YEAR, "G", List.of(
                new Criterion("1", null, "Lĩnh vực", new BigDecimal("40"), Method.GROUP, null),
                new Criterion("1.1", "1", "Kế hoạch", new BigDecimal("40"), Method.APPRAISED, null)));
        UnitSample alone = unit(appraisedOnly, "A", "31.5", null);
        UnitInterval interval = Bootstrap.group(YEAR, List.of(alone), R, BANDS).get(0);
        assertThat(interval.sampled()).isFalse();
        assertThat(interval.index()).isEqualByComparingTo("78.75");
        assertThat(List.of(interval.indexP05(), interval.indexP50(), interval.indexP95())).containsOnly(interval.index());
        assertThat(List.of(interval.rankP05(), interval.rankP95())).containsOnly(1);
    }

    @Test
    void aSurveyLeafJudgedInsufficientOnTheRealDataStaysSoInEveryReplicate() {
        UnitSample few = unit(MIXED, "A", "30", answers(3, (r, q) -> 5));
        UnitInterval interval = Bootstrap.group(YEAR, List.of(few), R, BANDS).get(0);
        assertThat(interval.index()).isEqualByComparingTo("30.00");
        assertThat(interval.sampled()).isFalse();
        assertThat(List.of(interval.indexP05(), interval.indexP95())).containsOnly(interval.index());
    }

    @Test
    void shareModePercentilesAgreeWithTheBinomialQuantilesToOneStep() {
        for (int[] nk : new int[][] {{30, 21}, {50, 30}, {80, 72}, {100, 35}}) {
            int n = nk[0];
            int k = nk[1];
            UnitSample unit = unit(SURVEY_ONLY, "U" + n, null, answers(n, 1, (r, q) -> r < k ? 5 : 2));
            UnitInterval interval = Bootstrap.group(YEAR, List.of(unit), R, List.of()).get(0);
            double step = 100.0 / n;
            for (int p : new int[] {5, 50, 95}) {
                double expected = binomialQuantile(n, k, p / 100.0) * step;
                BigDecimal measured = p == 5 ? interval.indexP05() : p == 50 ? interval.indexP50() : interval.indexP95();
                assertThat(measured.doubleValue()).as("n=%d k=%d p%d", n, k, p).isCloseTo(expected, within(step + 1e-9));
            }
            assertThat(interval.indexP05()).isLessThan(interval.index());
            assertThat(interval.indexP95()).isGreaterThan(interval.index());
        }
    }

    @Test
    void rankIntervalsContainThePointRankAndDoNotDependOnOrder() {
        Random random = new Random(7);
        List<UnitSample> units = new ArrayList<>();
        for (int u = 0; u < 25; u++) {
            int level = 1 + random.nextInt(5);
            units.add(unit(MIXED, String.format("%03d", u), String.valueOf(random.nextInt(41)),
                    answers(30 + random.nextInt(60), (r, q) -> Math.max(1, Math.min(5, level + random.nextInt(3) - 1)))));
        }
        List<UnitInterval> intervals = Bootstrap.group(YEAR, units, R, BANDS);
        assertThat(intervals).allSatisfy(i -> {
            assertThat(i.rankP05()).isLessThanOrEqualTo(i.rank());
            assertThat(i.rankP95()).isGreaterThanOrEqualTo(i.rank());
            assertThat(i.indexP05()).isLessThanOrEqualTo(i.index());
            assertThat(i.indexP95()).isGreaterThanOrEqualTo(i.index());
            assertThat(i.bandShares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isBetween(new BigDecimal("0.998"), new BigDecimal("1.002"));
        });
        assertThat(intervals).anySatisfy(i -> assertThat(i.rankP95()).isGreaterThan(i.rankP05()));

        List<UnitSample> shuffled = new ArrayList<>(units);
        Collections.shuffle(shuffled, new Random(3));
        Map<String, UnitInterval> again = Bootstrap.group(YEAR, shuffled, R, BANDS).stream()
                .collect(Collectors.toMap(UnitInterval::unitCode, Function.identity()));
        assertThat(intervals).allSatisfy(i -> assertThat(again.get(i.unitCode())).isEqualTo(i));
    }

    @Test
    void theOrderAnswersAreReadInDoesNotChangeTheReplicates() {
        UnitAnswers inOrder = answers(40, (r, q) -> 1 + (r * 7 + q.length()) % 5);
        UnitAnswers reversed = new UnitAnswers();
        List<String[]> rows = new ArrayList<>();
        for (int r = 39; r >= 0; r--) {
            for (String q : List.of("S2", "S1")) {
                rows.add(new String[] {String.format("R%03d", r), q, String.valueOf(1 + (r * 7 + q.length()) % 5)});
            }
        }
        rows.forEach(row -> reversed.add(row[0], row[1], Integer.parseInt(row[2])));
        UnitInterval a = Bootstrap.group(YEAR, List.of(unit(MIXED, "A", "20", inOrder)), R, BANDS).get(0);
        UnitInterval b = Bootstrap.group(YEAR, List.of(unit(MIXED, "A", "20", reversed)), R, BANDS).get(0);
        assertThat(b).isEqualTo(a);
        assertThat(a.indexP95()).isGreaterThan(a.indexP05());
        UnitInterval otherYear = Bootstrap.group(YEAR + 1, List.of(unit(MIXED, "A", "20", inOrder)), R, BANDS).get(0);
        assertThat(otherYear.index()).isEqualTo(a.index());
    }

    @Test
    void percentilesAreByNearestRank() {
        int[] sorted = new int[1000];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(Bootstrap.percentile(sorted, 5)).isEqualTo(50);
        assertThat(Bootstrap.percentile(sorted, 50)).isEqualTo(500);
        assertThat(Bootstrap.percentile(sorted, 95)).isEqualTo(950);
        assertThat(Bootstrap.percentile(new int[] {10, 20, 30}, 5)).isEqualTo(10);
        assertThat(Bootstrap.percentile(new int[] {10, 20, 30}, 50)).isEqualTo(20);
        assertThat(Bootstrap.percentile(new int[] {10, 20, 30}, 95)).isEqualTo(30);
    }

    /** The smallest x with P(X ≤ x) ≥ p, X ~ Binomial(n, k/n), exactly. */
    private static int binomialQuantile(int n, int k, double p) {
        BigDecimal q = BigDecimal.valueOf(k).divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
        BigDecimal cumulative = BigDecimal.ZERO;
        for (int x = 0; x <= n; x++) {
            BigDecimal term = new BigDecimal(binomial(n, x)).multiply(q.pow(x)).multiply(BigDecimal.ONE.subtract(q).pow(n - x));
            cumulative = cumulative.add(term);
            if (cumulative.compareTo(BigDecimal.valueOf(p)) >= 0) {
                return x;
            }
        }
        return n;
    }

    private static BigInteger binomial(int n, int x) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < x; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }

    /**
     * The uncertainty step starts from the stored scores (leaf points and flags, the index) and the exact sum of the
     * adjustments: the very intervals scoring the units again gives, even when the adjustments have four decimals.
     */
    @Test
    void theStoredScoresGiveTheIntervalsScoringAgainGives() {
        List<UnitSample> rescored = new ArrayList<>();
        List<ScoredUnit> stored = new ArrayList<>();
        Map<String, UnitAnswers> answersByUnit = new java.util.HashMap<>();
        String[][] units = {{"A", "30", "0.0049"}, {"B", "21.5", "-1.2551"}, {"C", "35", "2.4950"}, {"D", "10", null}};
        for (String[] u : units) {
            int seed = u[0].charAt(0);
            UnitAnswers answers = answers(20 + seed % 7, 2, (r, q) -> 1 + (r * 7 + seed + q.charAt(1)) % 5);
            List<SurveyAnswer> real = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                real.add(new SurveyAnswer("#" + answers.respondent(i), answers.question(i), answers.answer(i)));
            }
            List<BigDecimal> adjustments = u[2] == null ? List.of() : List.of(new BigDecimal(u[2]), new BigDecimal("0.0001"));
            UnitFacts facts = new UnitFacts(u[0], Map.of(), Map.of("1.1", new ScoreValue(new BigDecimal(u[1]), null)),
                    Map.<String, MetricValue>of(), new InMemorySurveyResponses(real, null), adjustments, true);
            UnitScore score = UnitScorer.score(MIXED, facts);
            rescored.add(UnitSample.of(MIXED, facts, score, answers));
            stored.add(new ScoredUnit(u[0], score.leaves().stream().map(l -> new ScoredUnit.Leaf(l.code(), l.points(), l.flag() != null))
                    .toList(), adjustments.stream().reduce(BigDecimal.ZERO, BigDecimal::add), score.index()));
            answersByUnit.put(u[0], answers);
        }
        List<UnitInterval> expected = Bootstrap.group(YEAR, rescored, R, BANDS);
        assertThat(GroupIntervals.of(YEAR, MIXED, stored, answersByUnit, BANDS, R)).isEqualTo(expected);
        assertThat(expected).extracting(UnitInterval::sampled).containsOnly(true);
    }

    private interface AnswerOf {
        int answer(int respondent, String question);
    }

    private static UnitAnswers answers(int respondents, AnswerOf answer) {
        return answers(respondents, 2, answer);
    }

    private static UnitAnswers answers(int respondents, int questions, AnswerOf answer) {
        UnitAnswers answers = new UnitAnswers();
        for (int r = 0; r < respondents; r++) {
            for (int q = 1; q <= questions; q++) {
                answers.add(String.format("R%03d", r), "S" + q, answer.answer(r, "S" + q));
            }
        }
        return answers;
    }

    /** Scores the unit with the scorer itself, then models it; {@code appraised} is the 1.1 score when the framework has it. */
    private static UnitSample unit(Framework framework, String code, String appraised, UnitAnswers answers) {
        List<SurveyAnswer> real = new ArrayList<>();
        if (answers != null) {
            for (int i = 0; i < answers.size(); i++) {
                real.add(new SurveyAnswer("#" + answers.respondent(i), answers.question(i), answers.answer(i)));
            }
        }
        Map<String, ScoreValue> appraisedScores = appraised == null ? Map.of()
                : Map.of("1.1", new ScoreValue(new BigDecimal(appraised), null));
        UnitFacts facts = new UnitFacts(code, Map.of(), appraisedScores, Map.<String, MetricValue>of(),
                new InMemorySurveyResponses(real, null), List.of(), true);
        UnitScore score = UnitScorer.score(framework, facts);
        return UnitSample.of(framework, facts, score, answers);
    }
}

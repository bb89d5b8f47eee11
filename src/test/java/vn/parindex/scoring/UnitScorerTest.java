package vn.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitScorerTest {

    @Test
    void aSelfScoreWithoutAppraisalIsProvisional() {
        UnitScore score = UnitScorer.score(WorkedExampleTest.framework2024(),
                FactsBuilder.unit("019").self("1.1", "12.345").build());

        LeafScore leaf = leaf(score, "1.1");
        assertThat(leaf.points()).isEqualTo(new BigDecimal("12.35"));
        assertThat(leaf.flag()).isEqualTo(LeafFlag.PROVISIONAL);
        assertThat(leaf.selfScore()).isEqualTo(new BigDecimal("12.345"));
        assertThat(leaf.appraisedScore()).isNull();
        assertThat(leaf.source()).isEqualTo(FactsBuilder.SELF_FILE);
        assertThat(score.provisional()).isTrue();
    }

    @Test
    void anAppraisedLeafWithNoScoreIsMissing() {
        UnitScore score = UnitScorer.score(WorkedExampleTest.framework2024(), FactsBuilder.unit("019").build());

        LeafScore leaf = leaf(score, "1.1");
        assertThat(leaf.points()).isEqualTo(new BigDecimal("0.00"));
        assertThat(leaf.flag()).isEqualTo(LeafFlag.MISSING);
        assertThat(leaf.source()).isNull();
        assertThat(leaf.selfScore()).isNull();
        assertThat(score.provisional()).isFalse();
        assertThat(score.index()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void thresholdsAreComparedExactly() {
        Framework framework = singleLeaf(Method.RATIO, "metric=m; >=0.95:0.75; >=0.3333:0.5; <=0:1; else:0.25", "20");

        assertThat(points(framework, FactsBuilder.unit("u").metric("m", "19", "20"))).isEqualTo("15.00");
        assertThat(points(framework, FactsBuilder.unit("u").metric("m", "189999", "200000"))).isEqualTo("10.00");
        assertThat(points(framework, FactsBuilder.unit("u").metric("m", "1", "3"))).isEqualTo("10.00");
        assertThat(points(framework, FactsBuilder.unit("u").metric("m", "3332", "10000"))).isEqualTo("5.00");
        assertThat(points(framework, FactsBuilder.unit("u").metric("m", "0", "7"))).isEqualTo("20.00");
    }

    @Test
    void linearPointsRoundHalfUpOnTheExactValue() {
        Framework framework = singleLeaf(Method.RATIO, "metric=m; linear", "7");

        // 1.005 / 7 × 7 is exactly 1.005: a 34-digit quotient would give 1.00499… and round down.
        assertThat(points(framework, FactsBuilder.unit("u").metric("m", "1.005", "7"))).isEqualTo("1.01");
        assertThat(points(framework, FactsBuilder.unit("u").metric("m", "1", "3"))).isEqualTo("2.33");
    }

    @Test
    void anAbsentMetricIsMissing() {
        UnitScore score = UnitScorer.score(singleLeaf(Method.RATIO, "metric=m; linear", "10"),
                FactsBuilder.unit("u").metric("other", "1", "1").build());

        assertThat(score.leaves().get(0).flag()).isEqualTo(LeafFlag.MISSING);
        assertThat(score.leaves().get(0).source()).isNull();
        assertThat(score.leaves().get(0).points()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void meanModeMapsOneToFiveOntoZeroToOne() {
        Framework framework = singleLeaf(Method.SURVEY, "questions=S1,S2; mode=mean", "25");
        FactsBuilder facts = FactsBuilder.unit("019")
                .answer("R001", "S1", 5).answer("R001", "S2", 4)
                .answer("R002", "S1", 3).answer("R002", "S2", 5)
                .answer("R002", "S9", 1);

        // mean 4.25 → (4.25 − 1) / 4 = 0.8125 → 20.3125
        assertThat(points(framework, facts)).isEqualTo("20.31");
        assertThat(points(framework, FactsBuilder.unit("u").answer("R1", "S1", 1))).isEqualTo("0.00");
        assertThat(points(framework, FactsBuilder.unit("u").answer("R1", "S2", 5))).isEqualTo("25.00");
    }

    @Test
    void tooFewRespondentsIsInsufficientAndNoAnswersIsMissing() {
        Framework framework = singleLeaf(Method.SURVEY, "questions=S1,S2; mode=share; min_responses=2", "25");

        LeafScore insufficient = UnitScorer.score(framework,
                FactsBuilder.unit("u").answer("R1", "S1", 5).answer("R1", "S2", 5).build()).leaves().get(0);
        LeafScore missing = UnitScorer.score(framework,
                FactsBuilder.unit("u").answer("R1", "S3", 5).build()).leaves().get(0);

        assertThat(insufficient.flag()).isEqualTo(LeafFlag.INSUFFICIENT);
        assertThat(insufficient.points()).isEqualTo(new BigDecimal("0.00"));
        assertThat(insufficient.source()).isEqualTo(FactsBuilder.SURVEY_FILE);
        assertThat(missing.flag()).isEqualTo(LeafFlag.MISSING);
        assertThat(missing.source()).isNull();
    }

    @Test
    void nestedGroupsAddUpTheirLeavesRoundedPoints() {
        Framework framework = new Framework(2025, "XA", List.of(
                FrameworkTest.group("A", null, "30"),
                FrameworkTest.appraised("A.1", "A", "10"),
                FrameworkTest.group("A.2", "A", "20"),
                FrameworkTest.appraised("A.2.a", "A.2", "10"),
                FrameworkTest.appraised("A.2.b", "A.2", "10"),
                FrameworkTest.group("B", null, "0"),
                FrameworkTest.appraised("B.1", "B", "0")));

        UnitScore score = UnitScorer.score(framework, FactsBuilder.unit("u")
                .appraised("A.1", "3.335").appraised("A.2.a", "3.335").appraised("A.2.b", "3.335").build());

        assertThat(score.leaves()).extracting(LeafScore::code).containsExactly("A.1", "A.2.a", "A.2.b", "B.1");
        assertThat(score.domains().get(0).points()).isEqualTo(new BigDecimal("10.02"));
        assertThat(score.domains().get(0).subIndex()).isEqualTo(new BigDecimal("33.40"));
        assertThat(score.domains().get(1).subIndex()).isEqualTo(new BigDecimal("0.00"));
        assertThat(score.domains().get(1).maxPoints()).isEqualTo(new BigDecimal("0.00"));
        assertThat(score.index()).isEqualTo(new BigDecimal("33.40"));
    }

    @Test
    void theTotalIsClampedToZeroAndTheMaximum() {
        UnitScore high = UnitScorer.score(WorkedExampleTest.framework2024(),
                FactsBuilder.unit("u").appraised("1.1", "15").adjustment("90").adjustment("0.5").build());
        UnitScore low = UnitScorer.score(WorkedExampleTest.framework2024(),
                FactsBuilder.unit("u").appraised("1.1", "15").adjustment("-15.01").build());

        assertThat(high.adjustment()).isEqualTo(new BigDecimal("90.50"));
        assertThat(high.total()).isEqualTo(new BigDecimal("100.00"));
        assertThat(high.index()).isEqualTo(new BigDecimal("100.00"));
        assertThat(low.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(low.index()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void absentCollectionsCountAsEmpty() {
        UnitFacts facts = new UnitFacts("u", null, null, null, null, null, false);

        UnitScore score = UnitScorer.score(WorkedExampleTest.framework2024(), facts);

        assertThat(score.leaves()).extracting(LeafScore::flag).containsOnly(LeafFlag.MISSING);
        assertThat(score.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(score.adjustment()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void inMemorySurveyResponsesTallyOnlyTheAskedQuestions() {
        SurveyResponses responses = new InMemorySurveyResponses(List.of(
                new SurveyAnswer("R1", "S1", 5), new SurveyAnswer("R1", "S2", 2),
                new SurveyAnswer("R2", "S1", 4), new SurveyAnswer("R3", "S3", 5)), FactsBuilder.SURVEY_FILE);

        assertThat(responses.tally(List.of("S1", "S2"))).isEqualTo(new SurveyTally(3, 2, 11, 2));
        assertThat(responses.tally(List.of("S9"))).isEqualTo(SurveyTally.NONE);
        assertThat(SurveyResponses.none().tally(List.of("S1"))).isEqualTo(SurveyTally.NONE);
        assertThat(SurveyResponses.none().source()).isNull();
    }

    static Framework singleLeaf(Method method, String rule, String max) {
        return new Framework(2025, "G", List.of(
                new Criterion("D", null, "Lĩnh vực", new BigDecimal(max), Method.GROUP, null),
                new Criterion("D.1", "D", "Tiêu chí", new BigDecimal(max), method, RuleParser.parse(method, rule))));
    }

    private static String points(Framework framework, FactsBuilder facts) {
        return UnitScorer.score(framework, facts.build()).leaves().get(0).points().toPlainString();
    }

    private static LeafScore leaf(UnitScore score, String code) {
        return score.leaves().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }
}

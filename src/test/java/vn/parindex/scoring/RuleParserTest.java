package vn.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleParserTest {

    @Test
    void parsesALinearRatioRule() {
        Rule rule = RuleParser.parse(Method.RATIO, "metric=plan.completed; linear");

        assertThat(rule).isEqualTo(new RatioRule("plan.completed", true, List.of(), null));
    }

    @Test
    void parsesStepsInTheOrderWrittenWithTheFinalElse() {
        Rule rule = RuleParser.parse(Method.RATIO, "metric=dossiers.ontime; >=0.98:1; >=0.95:0.75; <=0.1:0.25; else:0");

        assertThat(rule).isEqualTo(new RatioRule("dossiers.ontime", false, List.of(
                new RatioRule.Step(RatioRule.Comparison.AT_LEAST, new BigDecimal("0.98"), new BigDecimal("1")),
                new RatioRule.Step(RatioRule.Comparison.AT_LEAST, new BigDecimal("0.95"), new BigDecimal("0.75")),
                new RatioRule.Step(RatioRule.Comparison.AT_MOST, new BigDecimal("0.1"), new BigDecimal("0.25"))),
                new BigDecimal("0")));
    }

    @Test
    void toleratesWhitespaceAndKeywordCase() {
        Rule rule = RuleParser.parse(Method.RATIO, "  Metric = late.reports ;  <= 0 : 1 ;ELSE : 0.5  ");

        assertThat(rule).isEqualTo(new RatioRule("late.reports", false, List.of(
                new RatioRule.Step(RatioRule.Comparison.AT_MOST, new BigDecimal("0"), new BigDecimal("1"))),
                new BigDecimal("0.5")));
    }

    @Test
    void acceptsARuleOfOnlyElse() {
        RatioRule rule = RuleParser.parseRatio("metric=x; else:1");

        assertThat(rule.steps()).isEmpty();
        assertThat(rule.elseFactor()).isEqualByComparingTo("1");
    }

    @Test
    void parsesASurveyRuleWithPartsInAnyOrder() {
        Rule rule = RuleParser.parse(Method.SURVEY, " mode = mean ; min_responses=30; questions = S1, S2 ,S3");

        assertThat(rule).isEqualTo(new SurveyRule(List.of("S1", "S2", "S3"), SurveyRule.Mode.MEAN, 30));
    }

    @Test
    void minResponsesDefaultsToOne() {
        Rule rule = RuleParser.parse(Method.SURVEY, "questions=S1,S2; mode=share");

        assertThat(rule).isEqualTo(new SurveyRule(List.of("S1", "S2"), SurveyRule.Mode.SHARE, 1));
    }

    @Test
    void groupAndAppraisedTakeNoRule() {
        assertThatThrownBy(() -> RuleParser.parse(Method.GROUP, "metric=x; linear"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleParser.parse(Method.APPRAISED, "metric=x; linear"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingElseSaysToAddIt() {
        assertThatThrownBy(() -> RuleParser.parse(Method.RATIO, "metric=x; >=0.9:1"))
                .isInstanceOf(RuleSyntaxException.class)
                .hasMessage("Thiếu bước cuối 'else:F' trong quy tắc 'metric=x; >=0.9:1'. Thêm 'else:0' vào cuối.");
    }

    @ParameterizedTest(name = "ratio ''{0}'' → mentions ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "metric=x; else:0; >=0.9:1        | >=0.9:1",
            "metric=x; >=0.9:1.5; else:0      | 1.5",
            "metric=x; >=0.9:-0.5; else:0     | -0.5",
            "metric=x; >=0,9:1; else:0        | 0,9",
            "metric=x; >=abc:1; else:0        | abc",
            "metric=x; >0.9:1; else:0         | >0.9:1",
            "metric=x; =0.9:1; else:0         | =0.9:1",
            "metric=x; >=0.9; else:0          | >=0.9",
            "metric=x; linear; else:0         | else:0",
            "metric=x; >=0.9:1; linear        | >=0.9:1",
            "metric=x; else:0; else:1         | else:1",
            "metric=x; else                   | else",
            "metric=x; foo=1; else:0          | foo=1",
            "metric=x; metric=y; linear       | metric=y",
            "metric=x                         | x",
            "metric=; linear                  | metric=; linear",
            "metric=bad code; linear          | bad code",
            "metric=đúng.hạn; linear          | đúng.hạn",
            ">=0.9:1; else:0                  | >=0.9:1",
            "linear                           | linear",
            "metric=x; linear;                | metric=x; linear;",
            "metric=x;; linear                | metric=x;; linear",
    })
    void invalidRatioRulesNameTheBadPart(String text, String mentioned) {
        assertThatThrownBy(() -> RuleParser.parse(Method.RATIO, text))
                .isInstanceOf(RuleSyntaxException.class)
                .hasMessageContaining("'" + mentioned + "'");
    }

    @ParameterizedTest(name = "survey ''{0}'' → mentions ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "questions=S1; mode=median                    | median",
            "questions=S1; mode=share; min_responses=0    | 0",
            "questions=S1; mode=share; min_responses=2.5  | 2.5",
            "questions=S1; mode=share; min_responses=-1   | -1",
            "questions=S1; mode=share; min_responses=99999999999 | 99999999999",
            "questions=S1; mode=share; min_responses=     | min_responses=",
            "questions=S1; mode=share; mode=mean          | mode",
            "questions=S1; questions=S2; mode=share       | questions",
            "questions=S1; mode=share; weight=2           | weight",
            "questions=S1; mode=share; extra              | extra",
            "questions=S1,,S2; mode=share                 | ''",  // an empty code, quoted as ''
            "questions=S1,S1; mode=share                  | S1",
            "questions=; mode=share                       | questions=",
            "questions=S 1; mode=share                    | S 1",
            "mode=share                                   | mode=share",
            "questions=S1                                 | questions=S1",
    })
    void invalidSurveyRulesNameTheBadPart(String text, String mentioned) {
        assertThatThrownBy(() -> RuleParser.parse(Method.SURVEY, text))
                .isInstanceOf(RuleSyntaxException.class)
                .hasMessageContaining("'" + mentioned + "'");
    }

    @Test
    void emptyRulesAreRejectedWithAnExample() {
        assertThatThrownBy(() -> RuleParser.parse(Method.RATIO, "  "))
                .isInstanceOf(RuleSyntaxException.class)
                .hasMessageContaining("trống").hasMessageContaining("metric=");
        assertThatThrownBy(() -> RuleParser.parse(Method.SURVEY, null))
                .isInstanceOf(RuleSyntaxException.class)
                .hasMessageContaining("trống").hasMessageContaining("questions=");
    }

    @Test
    void commaDecimalsAreExplained() {
        assertThatThrownBy(() -> RuleParser.parse(Method.RATIO, "metric=x; >=0,95:1; else:0"))
                .hasMessageContaining("dấu chấm").hasMessageContaining("'0.95'");
    }
}

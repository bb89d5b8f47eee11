package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link UnitFacts} for tests, one figure at a time. */
public final class FactsBuilder {

    public static final Source SELF_FILE = new Source(1, "self.csv", "a".repeat(64), null);
    public static final Source APPRAISAL_FILE = new Source(2, "appraisal.csv", "b".repeat(64), null);
    public static final Source METRICS_FILE = new Source(3, "metrics.csv", "c".repeat(64), null);
    public static final Source DOSSIERS_FILE = new Source(4, "dossiers.csv", "d".repeat(64), null);
    public static final Source SURVEY_FILE = new Source(5, "survey.csv", "e".repeat(64), null);

    private final String unitCode;
    private final Map<String, ScoreValue> self = new HashMap<>();
    private final Map<String, ScoreValue> appraised = new HashMap<>();
    private final Map<String, MetricValue> metrics = new HashMap<>();
    private final List<SurveyAnswer> answers = new ArrayList<>();
    private final List<BigDecimal> adjustments = new ArrayList<>();

    private FactsBuilder(String unitCode) {
        this.unitCode = unitCode;
    }

    public static FactsBuilder unit(String unitCode) {
        return new FactsBuilder(unitCode);
    }

    public FactsBuilder self(String criterion, String score) {
        self.put(criterion, new ScoreValue(new BigDecimal(score), SELF_FILE));
        return this;
    }

    public FactsBuilder appraised(String criterion, String score) {
        appraised.put(criterion, new ScoreValue(new BigDecimal(score), APPRAISAL_FILE));
        return this;
    }

    public FactsBuilder metric(String code, String numerator, String denominator) {
        Source source = code.startsWith("dossiers.") ? DOSSIERS_FILE : METRICS_FILE;
        metrics.put(code, new MetricValue(new BigDecimal(numerator), new BigDecimal(denominator), source));
        return this;
    }

    public FactsBuilder answer(String respondent, String question, int answer) {
        answers.add(new SurveyAnswer(respondent, question, answer));
        return this;
    }

    public FactsBuilder adjustment(String points) {
        adjustments.add(new BigDecimal(points));
        return this;
    }

    public UnitFacts build() {
        SurveyResponses survey = answers.isEmpty() ? SurveyResponses.none()
                : new InMemorySurveyResponses(answers, SURVEY_FILE);
        boolean submitted = !(self.isEmpty() && appraised.isEmpty() && metrics.isEmpty() && answers.isEmpty()
                && adjustments.isEmpty());
        return new UnitFacts(unitCode, Map.copyOf(self), Map.copyOf(appraised), Map.copyOf(metrics), survey,
                List.copyOf(adjustments), submitted);
    }
}

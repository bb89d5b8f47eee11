package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything of one unit and one year that scoring reads: current self and appraised scores by criterion code,
 * metrics by metric code (including the derived {@code dossiers.ontime} / {@code dossiers.online}), survey
 * answers and adjustment points. {@code submitted} is false when the unit has no row of any data kind.
 */
public record UnitFacts(
        String unitCode,
        Map<String, ScoreValue> selfScores,
        Map<String, ScoreValue> appraisedScores,
        Map<String, MetricValue> metrics,
        SurveyResponses survey,
        List<BigDecimal> adjustments,
        boolean submitted) {
}

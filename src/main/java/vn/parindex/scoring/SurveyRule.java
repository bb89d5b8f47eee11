package vn.parindex.scoring;

import java.util.List;

/** {@code questions=<code>,<code>,…; mode=share|mean; min_responses=<n>}. */
public record SurveyRule(List<String> questions, Mode mode, int minResponses) implements Rule {

    public enum Mode { SHARE, MEAN }

    public SurveyRule {
        questions = List.copyOf(questions);
    }
}

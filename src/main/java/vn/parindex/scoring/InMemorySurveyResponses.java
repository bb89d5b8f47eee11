package vn.parindex.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A unit's survey answers held in memory, all from one file ({@code source}, null when there are none). */
public record InMemorySurveyResponses(List<SurveyAnswer> answers, Source source) implements SurveyResponses {

    public InMemorySurveyResponses {
        answers = List.copyOf(answers);
    }

    @Override
    public SurveyTally tally(List<String> questionCodes) {
        Set<String> questions = Set.copyOf(questionCodes);
        Set<String> respondents = new HashSet<>();
        long count = 0;
        long positive = 0;
        long sum = 0;
        for (SurveyAnswer a : answers) {
            if (questions.contains(a.questionCode())) {
                count++;
                sum += a.answer();
                if (a.answer() >= 4) {
                    positive++;
                }
                respondents.add(a.respondentId());
            }
        }
        return new SurveyTally(count, positive, sum, respondents.size());
    }
}

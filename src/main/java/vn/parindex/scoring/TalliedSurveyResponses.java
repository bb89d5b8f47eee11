package vn.parindex.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit's survey answers already tallied per question set (by the database, so a million answers never sit in
 * memory); a question set that was not tallied has no answers. Sets are compared as sets of codes.
 */
public record TalliedSurveyResponses(Map<Set<String>, SurveyTally> tallies, Source source) implements SurveyResponses {

    @Override
    public SurveyTally tally(List<String> questionCodes) {
        return tallies.getOrDefault(Set.copyOf(questionCodes), SurveyTally.NONE);
    }
}

package vn.parindex.scoring;

import java.util.List;

/** A unit's current survey answers for one year, as far as scoring needs them. */
public interface SurveyResponses {

    /** The tally over every answer to any of {@code questionCodes}. */
    SurveyTally tally(List<String> questionCodes);

    /** The survey file these answers came from, or null when the unit has none. */
    Source source();

    /** A unit without survey answers. */
    static SurveyResponses none() {
        return new InMemorySurveyResponses(List.of(), null);
    }
}

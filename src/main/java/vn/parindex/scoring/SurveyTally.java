package vn.parindex.scoring;

/**
 * What a survey leaf needs of a unit's answers to its questions: how many answers, how many of them are 4 or
 * 5, their sum, and how many distinct respondents gave them.
 */
public record SurveyTally(long answers, long positive, long sum, long respondents) {

    public static final SurveyTally NONE = new SurveyTally(0, 0, 0, 0);
}

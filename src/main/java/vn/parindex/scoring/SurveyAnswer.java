package vn.parindex.scoring;

/** One answer (1–5) of one respondent to one question. */
public record SurveyAnswer(String respondentId, String questionCode, int answer) {
}

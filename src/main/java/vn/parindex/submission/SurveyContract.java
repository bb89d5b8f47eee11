package vn.parindex.submission;

import java.util.List;
import vn.parindex.submission.Records.SurveyRecord;

final class SurveyContract implements SubmissionContract<SurveyRecord> {

    @Override
    public Kind kind() {
        return Kind.SURVEY;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("year", "unit_code", "respondent_id", "question_code", "answer");
    }

    @Override
    public SurveyRecord read(Row row, ReferenceData reference) {
        Integer year = row.year("year");
        String unitCode = row.code("unit_code");
        String respondent = row.identifier("respondent_id");
        String question = row.code("question_code");
        String answerText = row.requiredText("answer");
        Integer answer = null;
        if (answerText != null) {
            if (answerText.matches("[1-5]")) {
                answer = Integer.parseInt(answerText);
            } else {
                row.error("answer", "ANSWER", "Câu trả lời '" + Row.quoted(answerText) + "' không hợp lệ: phải là số nguyên từ 1 đến 5.");
            }
        }
        UnitChecks.activeUnit(row, reference, year, unitCode);
        return row.valid() ? new SurveyRecord(year, unitCode, respondent, question, answer, row.line()) : null;
    }

    @Override
    public Object duplicateKey(SurveyRecord record) {
        return List.of(record.year(), record.unitCode(), record.respondentId(), record.questionCode());
    }

    @Override
    public String duplicateKeyColumns() {
        return "year, unit_code, respondent_id, question_code";
    }
}

package vn.parindex.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.parindex.scoring.Criterion;
import vn.parindex.scoring.Method;

/** self_assessment and appraisal: a score of an appraised leaf, between 0 and its maximum points. */
final class ScoreContract<R extends UnitFact> implements SubmissionContract<R> {

    interface Factory<R> {
        R create(int year, String unitCode, String criterionCode, BigDecimal score, Row row);
    }

    private final Kind kind;
    private final String scoreColumn;
    private final Factory<R> factory;

    ScoreContract(Kind kind, String scoreColumn, Factory<R> factory) {
        this.kind = kind;
        this.scoreColumn = scoreColumn;
        this.factory = factory;
    }

    static ScoreContract<Records.SelfScoreRecord> selfAssessment() {
        return new ScoreContract<>(Kind.SELF_ASSESSMENT, "self_score", (y, u, c, s, row) ->
                new Records.SelfScoreRecord(y, u, c, s, row.optionalText("evidence"), row.optionalText("note"), row.line()));
    }

    static ScoreContract<Records.AppraisalRecord> appraisal() {
        return new ScoreContract<>(Kind.APPRAISAL, "appraised_score", (y, u, c, s, row) ->
                new Records.AppraisalRecord(y, u, c, s, row.optionalText("comment"), row.line()));
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("year", "unit_code", "criterion_code", scoreColumn);
    }

    @Override
    public R read(Row row, ReferenceData reference) {
        Integer year = row.year("year");
        String unitCode = row.code("unit_code");
        String criterionCode = row.code("criterion_code");
        BigDecimal score = row.number(scoreColumn);
        UnitInfo unit = UnitChecks.activeUnit(row, reference, year, unitCode);
        Map<String, Criterion> framework = unit == null ? null : UnitChecks.framework(row, reference, year, unit);
        if (framework != null && criterionCode != null) {
            checkCriterion(row, framework.get(criterionCode), criterionCode, year, unit, score);
        }
        return row.valid() ? factory.create(year, unitCode, criterionCode, score, row) : null;
    }

    private void checkCriterion(Row row, Criterion criterion, String code, int year, UnitInfo unit, BigDecimal score) {
        if (criterion == null) {
            row.error("criterion_code", "UNKNOWN_CRITERION", "Tiêu chí '" + code + "' không có trong bộ tiêu chí năm " + year
                    + " của nhóm '" + unit.groupCode() + "'. Hãy kiểm tra mã tiêu chí.");
        } else if (criterion.method() != Method.APPRAISED) {
            row.error("criterion_code", "NOT_APPRAISED", "Tiêu chí '" + code + "' được chấm theo phương pháp '"
                    + criterion.method().code() + "', không nhận điểm tự chấm hay thẩm định. Hãy xoá dòng này.");
        } else if (score != null && (score.signum() < 0 || score.compareTo(criterion.maxPoints()) > 0)) {
            row.error(scoreColumn, "OUT_OF_RANGE", "Điểm " + score.toPlainString() + " của tiêu chí '" + code
                    + "' nằm ngoài khoảng 0–" + criterion.maxPoints().stripTrailingZeros().toPlainString() + ".");
        }
    }

    @Override
    public Object duplicateKey(R record) {
        String criterion = record instanceof Records.SelfScoreRecord s ? s.criterionCode()
                : ((Records.AppraisalRecord) record).criterionCode();
        return List.of(record.year(), record.unitCode(), criterion);
    }

    @Override
    public String duplicateKeyColumns() {
        return "year, unit_code, criterion_code";
    }
}

package vn.parindex.submission;

import java.math.BigDecimal;
import java.util.List;
import vn.parindex.submission.Records.AdjustmentRecord;

final class AdjustmentsContract implements SubmissionContract<AdjustmentRecord> {

    @Override
    public Kind kind() {
        return Kind.ADJUSTMENTS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("year", "unit_code", "points", "reason");
    }

    @Override
    public AdjustmentRecord read(Row row, ReferenceData reference) {
        Integer year = row.year("year");
        String unitCode = row.code("unit_code");
        BigDecimal points = row.number("points");
        String reason = row.requiredText("reason");
        UnitChecks.activeUnit(row, reference, year, unitCode);
        return row.valid() ? new AdjustmentRecord(year, unitCode, points, reason, row.line()) : null;
    }

    @Override
    public Object duplicateKey(AdjustmentRecord record) {
        return null;
    }

    @Override
    public String duplicateKeyColumns() {
        return "";
    }
}

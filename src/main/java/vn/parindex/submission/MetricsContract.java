package vn.parindex.submission;

import java.math.BigDecimal;
import java.util.List;
import vn.parindex.submission.Records.MetricRecord;

final class MetricsContract implements SubmissionContract<MetricRecord> {

    /** DECIMAL(24,4): metrics may count money in đồng, far past the 10 digits of a score. */
    private static final int METRIC_INTEGER_DIGITS = 20;

    @Override
    public Kind kind() {
        return Kind.METRICS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("year", "unit_code", "metric_code", "numerator", "denominator");
    }

    @Override
    public MetricRecord read(Row row, ReferenceData reference) {
        Integer year = row.year("year");
        String unitCode = row.code("unit_code");
        String metric = row.code("metric_code");
        BigDecimal numerator = row.number("numerator", METRIC_INTEGER_DIGITS);
        BigDecimal denominator = row.number("denominator", METRIC_INTEGER_DIGITS);
        UnitChecks.activeUnit(row, reference, year, unitCode);
        if (metric != null && metric.startsWith("dossiers.")) {
            row.error("metric_code", "RESERVED_METRIC", "Chỉ số '" + metric + "' được tính tự động từ sổ theo dõi hồ sơ, "
                    + "không nộp qua tệp chỉ số. Hãy nộp tệp hồ sơ (dossiers) thay cho dòng này.");
        }
        if (denominator != null && denominator.signum() <= 0) {
            row.error("denominator", "OUT_OF_RANGE", "Mẫu số " + denominator.toPlainString() + " phải lớn hơn 0.");
        } else if (numerator != null && denominator != null
                && (numerator.signum() < 0 || numerator.compareTo(denominator) > 0)) {
            row.error("numerator", "OUT_OF_RANGE", "Tử số " + numerator.toPlainString() + " phải nằm trong khoảng 0–"
                    + denominator.toPlainString() + " (mẫu số).");
        }
        return row.valid() ? new MetricRecord(year, unitCode, metric, numerator, denominator, row.line()) : null;
    }

    @Override
    public Object duplicateKey(MetricRecord record) {
        return List.of(record.year(), record.unitCode(), record.metricCode());
    }

    @Override
    public String duplicateKeyColumns() {
        return "year, unit_code, metric_code";
    }
}

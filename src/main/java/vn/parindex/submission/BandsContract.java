package vn.parindex.submission;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.submission.Records.BandRecord;

final class BandsContract implements SubmissionContract<BandRecord> {

    private record YearGroup(int year, String groupCode) {
    }

    private final Map<YearGroup, Long> firstLine = new LinkedHashMap<>();
    private final Map<YearGroup, Boolean> hasZero = new LinkedHashMap<>();

    @Override
    public Kind kind() {
        return Kind.BANDS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("year", "group_code", "band", "min_index");
    }

    @Override
    public BandRecord read(Row row, ReferenceData reference) {
        Integer year = row.year("year");
        String group = row.code("group_code");
        String band = row.requiredText("band", 200);
        BigDecimal min = row.number("min_index");
        if (min != null && (min.signum() < 0 || min.compareTo(BigDecimal.valueOf(100)) > 0)) {
            row.error("min_index", "OUT_OF_RANGE", "min_index " + min.toPlainString() + " nằm ngoài khoảng 0–100.");
        }
        if (!row.valid()) {
            return null;
        }
        YearGroup key = new YearGroup(year, group);
        firstLine.putIfAbsent(key, row.line());
        hasZero.merge(key, min.signum() == 0, Boolean::logicalOr);
        return new BandRecord(year, group, band, min, row.line());
    }

    @Override
    public Object duplicateKey(BandRecord record) {
        return List.of(record.year(), record.groupCode(), record.band());
    }

    @Override
    public String duplicateKeyColumns() {
        return "year, group_code, band";
    }

    @Override
    public void finish(FileErrors errors) {
        hasZero.forEach((key, zero) -> {
            if (!zero) {
                errors.add(firstLine.get(key), "min_index", "BANDS_INCOMPLETE", "Thang xếp loại năm " + key.year()
                        + " nhóm '" + key.groupCode() + "' không có mức nào với min_index = 0. Hãy thêm mức thấp nhất (ví dụ 'Yếu', 0).");
            }
        });
    }
}

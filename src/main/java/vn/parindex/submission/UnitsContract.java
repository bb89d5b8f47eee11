package vn.parindex.submission;

import java.util.List;
import vn.parindex.submission.Records.UnitRecord;

final class UnitsContract implements SubmissionContract<UnitRecord> {

    @Override
    public Kind kind() {
        return Kind.UNITS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("unit_code", "unit_name", "group_code");
    }

    @Override
    public UnitRecord read(Row row, ReferenceData reference) {
        String code = row.code("unit_code");
        if (code != null && reference.unit(code).isEmpty()) {
            reference.sameNumberUnitCode(code).ifPresent(known -> row.error("unit_code", "CODE", "Mã đơn vị mới '" + code
                    + "' trùng với mã đã có '" + known + "' nếu bỏ các số 0 ở đầu: có thể bảng tính đã coi mã là số và xoá"
                    + " số 0 ở đầu. Hãy định dạng cột unit_code là Văn bản (Text) rồi gõ lại mã '" + known
                    + "'; nếu đây thật là một đơn vị mới, hãy dùng một mã khác."));
        }
        String name = row.requiredText("unit_name");
        if (name != null && name.length() > 200 && Row.characters(name) > 200) {
            row.error("unit_name", "TOO_LONG", "Tên đơn vị dài " + Row.characters(name) + " ký tự, tối đa 200. Hãy rút gọn tên '"
                    + Row.prefix(name, 40) + "…'.");
        }
        String group = row.code("group_code");
        String type = row.optionalText("unit_type", 200);
        Integer from = row.optionalValidityYear("valid_from");
        Integer to = row.optionalValidityYear("valid_to");
        if (from != null && to != null && from > to) {
            row.error("valid_to", "YEAR", "Năm kết thúc " + to + " nhỏ hơn năm bắt đầu " + from
                    + ". Hãy sửa để valid_from ≤ valid_to.");
        }
        return row.valid() ? new UnitRecord(new UnitInfo(code, name, group, type, from, to), row.line()) : null;
    }

    @Override
    public Object duplicateKey(UnitRecord record) {
        return record.unit().code();
    }

    @Override
    public String duplicateKeyColumns() {
        return "unit_code";
    }
}

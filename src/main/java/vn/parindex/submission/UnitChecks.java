package vn.parindex.submission;

import java.util.Map;
import vn.parindex.scoring.Criterion;

/** The checks every data kind makes of its (year, unit_code): the unit exists, is active, has a framework. */
final class UnitChecks {

    private UnitChecks() {
    }

    /** The unit if it exists and is active in {@code year}; records UNKNOWN_UNIT / INACTIVE_UNIT otherwise. */
    static UnitInfo activeUnit(Row row, ReferenceData reference, Integer year, String unitCode) {
        if (year == null || unitCode == null) {
            return null;
        }
        UnitInfo unit = reference.unit(unitCode).orElse(null);
        if (unit == null) {
            String hint = reference.closestUnitCode(unitCode)
                    .map(c -> " Có phải ý bạn là '" + c + "' (" + reference.units().get(c).name() + ")?")
                    .orElse(" Danh mục đơn vị đang trống: hãy nộp tệp danh mục đơn vị trước.");
            row.error("unit_code", "UNKNOWN_UNIT", "Mã đơn vị '" + unitCode + "' không có trong danh mục." + hint);
            return null;
        }
        if (!unit.activeIn(year)) {
            row.error("unit_code", "INACTIVE_UNIT", "Đơn vị '" + unitCode + "' (" + unit.name() + ") không hoạt động trong năm "
                    + year + " (hiệu lực " + (unit.validFrom() == null ? "…" : unit.validFrom()) + "–"
                    + (unit.validTo() == null ? "nay" : unit.validTo()) + "). Hãy kiểm tra năm hoặc mã đơn vị.");
            return null;
        }
        return unit;
    }

    /** The framework criteria of the unit's group for {@code year}; records NO_FRAMEWORK when there is none. */
    static Map<String, Criterion> framework(Row row, ReferenceData reference, int year, UnitInfo unit) {
        Map<String, Criterion> framework = reference.framework(year, unit.groupCode()).orElse(null);
        if (framework == null) {
            row.error("year", "NO_FRAMEWORK", "Chưa có bộ tiêu chí năm " + year + " cho nhóm '" + unit.groupCode()
                    + "' của đơn vị '" + unit.code() + "'. Hãy nộp tệp bộ tiêu chí trước hoặc kiểm tra năm.");
        }
        return framework;
    }
}

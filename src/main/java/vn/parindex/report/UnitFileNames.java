package vn.parindex.report;

import vn.parindex.template.SafeFileName;

/** File names that carry a unit's name (issue 24: a unit's own scorecard), made safe as the templates' are. */
public final class UnitFileNames {

    private UnitFileNames() {
    }

    /** {@code <year>-<code>-<name>.pdf}, the name without its marks: {@code 2026-017-Huyen-Dong-Anh.pdf}. */
    public static String scorecard(int year, String unitCode, String unitName) {
        String name = SafeFileName.of(unitName);
        return year + "-" + unitCode + (name.isEmpty() ? "" : "-" + name) + ".pdf";
    }
}

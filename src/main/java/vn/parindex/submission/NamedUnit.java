package vn.parindex.submission;

import java.text.Normalizer;

/**
 * The year and unit a file's rows name, as written (valid or not): kept so that a rejected file can be attributed
 * to its unit (SPEC §16). Each is null once two rows disagree, or while no row gave one.
 */
public final class NamedUnit {

    private String year;
    private String unit;
    private boolean severalYears;
    private boolean severalUnits;

    void note(String yearText, String unitText) {
        if (yearText != null && !yearText.isBlank() && !severalYears) {
            String y = yearText.strip();
            if (year == null) {
                year = y;
            } else if (!year.equals(y)) {
                severalYears = true;
                year = null;
            }
        }
        if (unitText != null && !unitText.isBlank() && !severalUnits) {
            String u = Normalizer.normalize(unitText.strip(), Normalizer.Form.NFC);
            if (unit == null) {
                unit = u;
            } else if (!unit.equals(u)) {
                severalUnits = true;
                unit = null;
            }
        }
    }

    /** The one year all rows gave, when it is a year 2000–2100; else null. */
    public Integer year() {
        if (year != null && year.matches("\\d{4}")) {
            int y = Integer.parseInt(year);
            return y >= 2000 && y <= 2100 ? y : null;
        }
        return null;
    }

    /** The one unit code all rows gave, when it could be a code (at most 32 characters); else null. */
    public String unit() {
        return unit != null && unit.length() <= 32 ? unit : null;
    }
}

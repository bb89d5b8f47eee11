package vn.parindex.ranking;

/**
 * What a unit's change is measured against (SPEC §7, §13): its own place in the same group last year, or the
 * unweighted mean of the previous indices of the units it was formed from.
 */
public enum DeltaBasis {
    SAME_UNIT("same_unit"),
    PREDECESSORS("predecessors");

    private final String code;

    DeltaBasis(String code) {
        this.code = code;
    }

    /** As stored and written in {@code ranking-<year>.csv}'s {@code delta_basis}. */
    public String code() {
        return code;
    }

    /** The basis of a stored code; null for null or an unknown code. */
    public static DeltaBasis fromCode(String code) {
        for (DeltaBasis b : values()) {
            if (b.code.equals(code)) {
                return b;
            }
        }
        return null;
    }
}

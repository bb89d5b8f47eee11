package vn.parindex.scoring;

import java.util.Locale;

/** Why a leaf's points are not a final figure (SPEC §6). A leaf with no flag carries null. */
public enum LeafFlag {
    PROVISIONAL, MISSING, INSUFFICIENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

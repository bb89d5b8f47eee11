package vn.parindex.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The nine CSV kinds of SPEC §3, each recognised by its signature column. Reference kinds load first. */
public enum Kind {
    UNITS("unit_name", true),
    FRAMEWORK("max_points", true),
    BANDS("min_index", true),
    SELF_ASSESSMENT("self_score", false),
    APPRAISAL("appraised_score", false),
    METRICS("numerator", false),
    SURVEY("respondent_id", false),
    ADJUSTMENTS("reason", false),
    DOSSIERS("dossier_id", false);

    private final String signature;
    private final boolean reference;

    Kind(String signature, boolean reference) {
        this.signature = signature;
        this.reference = reference;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String signature() {
        return signature;
    }

    public boolean isReference() {
        return reference;
    }

    /** The kinds whose signature column is among {@code normalisedNames} (lower-case, trimmed). */
    public static List<Kind> recognise(List<String> normalisedNames) {
        List<Kind> found = new ArrayList<>();
        for (Kind kind : values()) {
            if (normalisedNames.contains(kind.signature)) {
                found.add(kind);
            }
        }
        return found;
    }

    public static Kind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

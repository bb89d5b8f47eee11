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

    /**
     * The kinds whose signature column is among {@code normalisedNames} (lower-case, trimmed). A template's reference
     * columns (SPEC §11) are not signatures: beside {@code self_score} or {@code appraised_score}, the columns
     * {@code unit_name} and {@code max_points} are what the self-assessment and appraisal templates show for
     * reference, so such a header is of that one kind.
     */
    public static List<Kind> recognise(List<String> normalisedNames) {
        List<Kind> found = new ArrayList<>();
        for (Kind kind : values()) {
            if (normalisedNames.contains(kind.signature)) {
                found.add(kind);
            }
        }
        List<Kind> scores = found.stream().filter(k -> k == SELF_ASSESSMENT || k == APPRAISAL).toList();
        if (scores.size() == 1 && found.stream().allMatch(k -> k == scores.get(0) || k == UNITS || k == FRAMEWORK)) {
            return scores;
        }
        return found;
    }

    public static Kind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

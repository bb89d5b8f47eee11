package vn.parindex.sample;

/** The data kinds a unit submits (SPEC §3), with the file name prefix and the header the generator writes. */
public enum DataKind {
    SELF_ASSESSMENT("self", "year", "unit_code", "criterion_code", "self_score", "evidence", "note"),
    APPRAISAL("appraisal", "year", "unit_code", "criterion_code", "appraised_score", "comment"),
    METRICS("metrics", "year", "unit_code", "metric_code", "numerator", "denominator"),
    SURVEY("survey", "year", "unit_code", "respondent_id", "question_code", "answer"),
    ADJUSTMENTS("adjustments", "year", "unit_code", "points", "reason"),
    DOSSIERS("dossiers", "year", "unit_code", "dossier_id", "procedure_code", "received_at", "due_at", "resolved_at", "channel");

    private final String prefix;
    private final String[] header;

    DataKind(String prefix, String... header) {
        this.prefix = prefix;
        this.header = header;
    }

    public String prefix() {
        return prefix;
    }

    public String[] header() {
        return header.clone();
    }
}

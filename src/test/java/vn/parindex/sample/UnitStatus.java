package vn.parindex.sample;

/** What a unit sends for one year: everything, everything but the appraisal council's scores, or nothing. */
public enum UnitStatus {
    FULL, PROVISIONAL, NOT_SUBMITTED
}

package vn.parindex.submission;

/** A fresh contract for one file of a kind. */
public final class Contracts {

    private Contracts() {
    }

    public static SubmissionContract<?> forKind(Kind kind) {
        return switch (kind) {
            case UNITS -> new UnitsContract();
            case FRAMEWORK -> new FrameworkContract();
            case BANDS -> new BandsContract();
            case SELF_ASSESSMENT -> ScoreContract.selfAssessment();
            case APPRAISAL -> ScoreContract.appraisal();
            case METRICS -> new MetricsContract();
            case SURVEY -> new SurveyContract();
            case ADJUSTMENTS -> new AdjustmentsContract();
            case DOSSIERS -> new DossiersContract();
        };
    }
}

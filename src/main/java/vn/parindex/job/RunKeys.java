package vn.parindex.job;

/**
 * The names under which a run keeps its state in Spring Batch: job parameters and ExecutionContext keys. The run's
 * files and reports are rows of its tables ({@link RunFiles}, {@link RunReports}); the contexts hold a few years.
 */
public final class RunKeys {

    /** Job parameter: the run's id (identifying: one job instance per run). */
    public static final String RUN_ID = "run.id";
    /** Job parameter: seconds a file must have been left alone before it is taken. */
    public static final String SETTLE_SECONDS = "settle.seconds";
    /** Job parameter: years named on the command line, comma-separated (may be empty). */
    public static final String YEARS_ASKED = "years";

    /** Job context (from the score plan step): the years this run recomputes. */
    public static final String YEARS = "years.recomputed";
    /** Job context (from the score plan step): the stage (SPEC §15) of every year the run touched, year → stage. */
    public static final String YEAR_STAGES = "years.stages";
    /** Job context (from the score plan step): final years the run touched and did not recompute (SPEC §5, §15). */
    public static final String YEARS_CLOSED = "years.closed";
    /** Job context, set by the summary listener when reports/runs/<id>.json could not be written. */
    public static final String SUMMARY_FAILED = "summary.failed";

    private RunKeys() {
    }
}

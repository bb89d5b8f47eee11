package vn.parindex.job;

/** The names under which a run keeps its state in Spring Batch: job parameters and ExecutionContext keys. */
public final class RunKeys {

    /** Job parameter: the run's id (identifying: one job instance per run). */
    public static final String RUN_ID = "run.id";
    /** Job parameter: seconds a file must have been left alone before it is taken. */
    public static final String SETTLE_SECONDS = "settle.seconds";
    /** Job parameter: years named on the command line, comma-separated (may be empty). */
    public static final String YEARS_ASKED = "years";

    /** Job context (from the intake step): the files to load, in processing order (PlannedFile). */
    public static final String PLAN = "plan";
    /**
     * Job context (from the intake step): files left for the next run — still being written, or that could not be
     * looked at or moved out of the inbox (with the reason).
     */
    public static final String INTAKE_OUTCOMES = "intake.outcomes";
    /** Job context (from the score step): the years this run recomputes. */
    public static final String YEARS = "years.recomputed";
    /** Job context (from the score plan step): the stage (SPEC §15) of every year the run touched, year → stage. */
    public static final String YEAR_STAGES = "years.stages";
    /** Job context (from the score plan step): final years the run touched and did not recompute (SPEC §5, §15). */
    public static final String YEARS_CLOSED = "years.closed";
    /** Load step context: what became of each file (FileOutcome without its error rows). */
    public static final String OUTCOMES = "outcomes";
    /** In an outcome of {@link #OUTCOMES}: the file's place in the plan. */
    public static final String PLAN_POSITION = "plan.position";
    /** Render step context: the report files written. */
    public static final String REPORTS = "reports";
    /** Job context, set by the summary listener when reports/runs/<id>.json could not be written. */
    public static final String SUMMARY_FAILED = "summary.failed";

    private RunKeys() {
    }
}

package vn.parindex.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.installation.Folders;
import vn.parindex.report.table.SubmissionsWorkbooks;
import vn.parindex.report.YearReports;
import vn.parindex.warehouse.PendingYears;

/**
 * Render: each recomputed year's reports; the year leaves the warehouse's queue only once they are written, so
 * a run killed before then leaves it for the next. Then, recomputed or not, the submissions workbook of every year
 * still collecting (SPEC §16), as of the run's day. The reports written are recorded in the run's table with the step.
 */
class RenderTasklet implements Tasklet {

    private final YearReports reports;
    private final PendingYears pending;
    private final Folders folders;
    private final List<Integer> years;
    private final SubmissionsWorkbooks submissions;
    private final java.time.Clock clock;
    private final RunReports runReports;
    private final String runId;

    RenderTasklet(YearReports reports, PendingYears pending, Folders folders, List<Integer> years, SubmissionsWorkbooks submissions,
            java.time.Clock clock, RunReports runReports, String runId) {
        this.runReports = runReports;
        this.runId = runId;
        this.submissions = submissions;
        this.clock = clock;
        this.reports = reports;
        this.pending = pending;
        this.folders = folders;
        this.years = years == null ? List.of() : years;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        List<Path> written = new ArrayList<>();
        for (int year : years) {
            written.addAll(reports.render(year, folders.reportsFor(year)));
            pending.done(year);
        }
        if (submissions != null) {
            long started = System.nanoTime();
            List<Path> workbooks = submissions.write(java.time.LocalDate.now(clock), folders);
            written.addAll(workbooks);
            org.slf4j.LoggerFactory.getLogger(RenderTasklet.class).info("submissions workbooks ({}) written in {} ms",
                    workbooks.size(), (System.nanoTime() - started) / 1_000_000);
        }
        contribution.incrementWriteCount(written.size());
        runReports.written(runId, written);
        return RepeatStatus.FINISHED;
    }
}

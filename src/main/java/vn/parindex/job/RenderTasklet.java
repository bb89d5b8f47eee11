package vn.parindex.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import vn.parindex.intake.Folders;
import vn.parindex.report.YearReports;
import vn.parindex.warehouse.PendingYears;

/**
 * Render: each recomputed year's reports; the year leaves the warehouse's queue only once they are written, so
 * a run killed before then leaves it for the next.
 */
class RenderTasklet implements Tasklet {

    private final YearReports reports;
    private final PendingYears pending;
    private final Folders folders;
    private final List<Integer> years;

    RenderTasklet(YearReports reports, PendingYears pending, Folders folders, List<Integer> years) {
        this.reports = reports;
        this.pending = pending;
        this.folders = folders;
        this.years = years == null ? List.of() : years;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        ArrayList<String> written = new ArrayList<>();
        for (int year : years) {
            for (Path report : reports.render(year, folders.reportsFor(year))) {
                written.add(report.toString());
            }
            pending.done(year);
        }
        contribution.incrementWriteCount(written.size());
        chunk.getStepContext().getStepExecution().getExecutionContext().put(RunKeys.REPORTS, written);
        return RepeatStatus.FINISHED;
    }
}

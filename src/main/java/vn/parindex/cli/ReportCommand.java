package vn.parindex.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.intake.Folders;
import vn.parindex.report.SubmissionsWorkbooks;
import vn.parindex.report.YearReports;
import vn.parindex.uncertainty.GroupUncertainty;
import vn.parindex.warehouse.ResultsRepository;

/**
 * {@code parindex report --year Y}: re-renders one year's outputs from the stored results, with its submissions
 * workbook while the year is collecting. Nothing under {@code published/} is touched.
 */
@Component
class ReportCommand {

    private final YearReports reports;
    private final ResultsRepository results;

    private final GroupUncertainty uncertainty;
    private final SubmissionsWorkbooks submissions;
    private final java.time.Clock clock;

    ReportCommand(YearReports reports, ResultsRepository results, GroupUncertainty uncertainty, SubmissionsWorkbooks submissions,
            java.time.Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.results = results;
        this.uncertainty = uncertainty;
        this.submissions = submissions;
    }

    int report(int year, Folders folders, PrintStream out, PrintStream err) {
        if (!results.yearsWithResults().contains(year)) {
            err.println("parindex: no results for " + year + " in the warehouse (run 'parindex run --year " + year + "' first)");
            return ExitCode.BAD_USAGE.code();
        }
        uncertainty.analyseYear(year);
        List<Path> written = new java.util.ArrayList<>(reports.render(year, folders.reportsFor(year)));
        // the year's outputs include its submissions workbook while it is collecting (SPEC §16), as a run writes it
        submissions.write(year, java.time.LocalDate.now(clock), folders).ifPresent(written::add);
        written.forEach(p -> out.println("wrote " + p));
        return ExitCode.DONE.code();
    }
}

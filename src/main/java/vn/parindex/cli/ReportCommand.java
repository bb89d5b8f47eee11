package vn.parindex.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.intake.Folders;
import vn.parindex.report.YearReports;
import vn.parindex.uncertainty.GroupUncertainty;
import vn.parindex.warehouse.ResultsRepository;

/** {@code parindex report --year Y}: re-renders one year's outputs from the stored results. */
@Component
class ReportCommand {

    private final YearReports reports;
    private final ResultsRepository results;

    private final GroupUncertainty uncertainty;

    ReportCommand(YearReports reports, ResultsRepository results, GroupUncertainty uncertainty) {
        this.reports = reports;
        this.results = results;
        this.uncertainty = uncertainty;
    }

    int report(int year, Folders folders, PrintStream out, PrintStream err) {
        if (!results.yearsWithResults().contains(year)) {
            err.println("parindex: no results for " + year + " in the warehouse (run 'parindex run --year " + year + "' first)");
            return ExitCode.BAD_USAGE.code();
        }
        uncertainty.analyseYear(year);
        List<Path> written = reports.render(year, folders.reportsFor(year));
        written.forEach(p -> out.println("wrote " + p));
        return ExitCode.DONE.code();
    }
}

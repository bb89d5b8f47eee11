package vn.parindex.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.installation.Folders;
import vn.parindex.report.table.SubmissionsWorkbooks;
import vn.parindex.report.YearReports;
import vn.parindex.job.UncertaintyAnalysis;
import vn.parindex.warehouse.ResultsRepository;

/**
 * {@code parindex report --year Y}: re-renders one year's outputs from the stored results, with its submissions
 * workbook while the year is collecting. Nothing under {@code published/} is touched. With {@code --unit CODE} (repeatable):
 * only those units' scorecards, each a PDF of its own in {@code reports/<Y>/scorecards/}.
 */
@Component
class ReportCommand {

    private final YearReports reports;
    private final ResultsRepository results;

    private final UncertaintyAnalysis uncertainty;
    private final SubmissionsWorkbooks submissions;
    private final java.time.Clock clock;

    ReportCommand(YearReports reports, ResultsRepository results, UncertaintyAnalysis uncertainty, SubmissionsWorkbooks submissions,
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
        uncertainty.refreshYear(year);
        List<Path> written = new java.util.ArrayList<>(reports.render(year, folders.reportsFor(year)));
        // the year's outputs include its submissions workbook while it is collecting (SPEC §16), as a run writes it
        submissions.write(year, java.time.LocalDate.now(clock), folders).ifPresent(written::add);
        written.forEach(p -> out.println("wrote " + p));
        return ExitCode.DONE.code();
    }

    /**
     * Each named unit's scorecard as its own PDF (issue 24), from the stored results and intervals as the last run left
     * them (the very page of {@code scorecards-<Y>.pdf}); exit 2 and nothing written when a code has no scorecard in Y.
     */
    int unitScorecards(int year, List<String> units, Folders folders, PrintStream out, PrintStream err) {
        if (!results.yearsWithResults().contains(year)) {
            err.println("parindex: no results for " + year + " in the warehouse (run 'parindex run --year " + year + "' first)");
            return ExitCode.BAD_USAGE.code();
        }
        YearReports.UnitScorecards cards = reports.renderUnitScorecards(year, units, folders.reportsFor(year).resolve("scorecards"));
        if (!cards.problems().isEmpty()) {
            cards.problems().forEach(p -> err.println("parindex: " + vn.parindex.installation.Printable.of(p)));
            err.println("parindex: no scorecard written");
            return ExitCode.BAD_USAGE.code();
        }
        cards.written().forEach(p -> out.println("wrote " + p));
        return ExitCode.DONE.code();
    }
}

package vn.parindex.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.parindex.warehouse.ReportDataRepository;
import vn.parindex.warehouse.ReportDataRepository.CriterionRow;
import vn.parindex.warehouse.ReportDataRepository.LeafRow;
import vn.parindex.uncertainty.UnitInterval;
import vn.parindex.warehouse.UnitResult;
import vn.parindex.warehouse.YearReadModel;
import vn.parindex.warehouse.YearReadModelRepository;
import vn.parindex.installation.AtomicFiles;
import vn.parindex.report.table.ChangesReport;
import vn.parindex.report.table.CsvReportWriter;
import vn.parindex.report.model.History;
import vn.parindex.report.model.OfficialHeading;
import vn.parindex.report.model.PublishedMarks;
import vn.parindex.report.pdf.RankingPdfWriter;
import vn.parindex.report.model.RankingReportAssembler;
import vn.parindex.report.table.RankingWorkbookWriter;
import vn.parindex.report.table.ReportTable;
import vn.parindex.report.model.ScorecardAssembler;
import vn.parindex.report.pdf.ScorecardPdfWriter;
import vn.parindex.report.model.ScorecardReport;
import vn.parindex.report.table.ScoresWorkbookWriter;
import vn.parindex.report.model.SurveyLeaves;
import vn.parindex.report.table.UncertaintyCsv;

/** Renders one year's outputs (SPEC §8, §11) from the stored results into {@code reports/<year>/}. */
@Service
public class YearReports {

    private final YearReadModelRepository years;
    private final ReportDataRepository data;
    private final RankingPdfWriter rankingPdf;
    private final ScorecardPdfWriter scorecardsPdf;

    private final int threads;
    private final Optional<OfficialHeading> heading;
    private final vn.parindex.warehouse.ChangesRepository changes;
    private final vn.parindex.warehouse.YearStages stages;

    /** {@code heading}: the official heading of the PDFs (SPEC §13), a bean only when configured. */
    public YearReports(YearReadModelRepository years, ReportDataRepository data,
            @Value("${parindex.threads:1}") int threads, Optional<OfficialHeading> heading,
            vn.parindex.warehouse.ChangesRepository changes, vn.parindex.warehouse.YearStages stages) {
        this.changes = changes;
        this.stages = stages;
        this.years = years;
        this.data = data;
        this.threads = threads;
        this.heading = heading;
        this.rankingPdf = new RankingPdfWriter(heading);
        this.scorecardsPdf = new ScorecardPdfWriter(heading);
    }

    /**
     * Writes the year's reports into {@code folder}; returns the files written (none when the year has no
     * framework). With more than one thread, the CSV files, the workbooks and the ranking PDF are written while the scorecards'
     * group parts are filled, all on {@code parindex.threads} threads.
     */
    public List<Path> render(int year, Path folder) {
        if (!data.hasFramework(year)) {
            return List.of();
        }
        Optional<Integer> version = changes.comparedVersion(year);
        RankingPdfWriter.ChangesSection section = version.map(v -> new RankingPdfWriter.ChangesSection(v, changeRows(year, v))).orElse(null);
        List<Path> written = new ArrayList<>(render(year, folder, rankingPdf, scorecardsPdf, section));
        written.addAll(writeChanges(year, folder, section));
        return written;
    }

    /**
     * The explanation round (SPEC §15): while the year is provisional, its changes against the last published
     * version; an open year has none (an earlier round's are removed), a final year keeps its last round's.
     */
    private List<Path> writeChanges(int year, Path folder, RankingPdfWriter.ChangesSection section) {
        if (section == null) {
            if (vn.parindex.warehouse.YearStages.OPEN.equals(stages.stage(year))) {
                ChangesReport.remove(folder, year);
            }
            return List.of();
        }
        return ChangesReport.write(folder, year, section.rows());
    }

    private List<List<Object>> changeRows(int year, int version) {
        return ChangesReport.rows(year, changes.publishedUnits(year, version), changes.currentUnits(year), changes.leafChanges(year, version));
    }

    /**
     * What {@code report --year Y --unit CODE} wrote ({@code written}), or why it wrote nothing ({@code problems}, one
     * sentence per unit code that has no scorecard in the year).
     */
    public record UnitScorecards(List<Path> written, List<String> problems) {
    }

    /**
     * Each named unit's scorecard as a PDF of its own (issue 24), in {@code folder}: {@code <Y>-<CODE>-<name>.pdf}, the
     * name without its Vietnamese marks ({@link UnitFileNames}); the very page the unit has in {@code scorecards-<Y>.pdf},
     * rendered from the stored results. Nothing is written when a code has no scorecard in the year (unknown, or not
     * ranked then).
     */
    public UnitScorecards renderUnitScorecards(int year, List<String> unitCodes, Path folder) {
        ScorecardReport all = data.hasFramework(year) ? scorecards(year) : new ScorecardReport(year, null, List.of());
        Map<String, ScorecardReport.Scorecard> cards = new java.util.HashMap<>();
        all.scorecards().forEach(c -> cards.put(c.unitCode(), c));
        List<String> problems = new ArrayList<>();
        for (String code : unitCodes) {
            if (!cards.containsKey(code)) {
                problems.add(data.unitName(code)
                        .map(name -> "unit '" + code + "' (" + name + ") is not ranked in " + year + ", so it has no scorecard")
                        .orElse("unknown unit '" + code + "': no unit has this code in the units file"));
            }
        }
        if (!problems.isEmpty()) {
            return new UnitScorecards(List.of(), problems);
        }
        List<Path> written = new ArrayList<>();
        for (String code : unitCodes) {
            ScorecardReport.Scorecard card = cards.get(code);
            Path target = folder.resolve(UnitFileNames.scorecard(year, code, card.unitName()));
            scorecardsPdf.writeUnit(new ScorecardReport(year, all.dataDate(), List.of(card), all.groupNames(), all.history()), target);
            written.add(target);
        }
        return new UnitScorecards(written, List.of());
    }

    /** The year's scorecards, as {@code scorecards-<year>.pdf} shows them. */
    private ScorecardReport scorecards(int year) {
        YearReadModel model = years.load(year);
        return scorecards(model, intervals(model), History.of(year, model.rankedUpTo()));
    }

    /** A year without survey leaves: every interval is a point, so the PDFs show none (SPEC §13); the CSV keeps them. */
    private static Map<String, UnitInterval> intervals(YearReadModel model) {
        return SurveyLeaves.any(model.criteria()) ? model.intervals() : Map.of();
    }

    private static ScorecardReport scorecards(YearReadModel model, Map<String, UnitInterval> intervals, History history) {
        var baseline = model.baseline();
        Map<String, Long> respondents = new java.util.HashMap<>();
        model.respondents().forEach(r -> respondents.put(ScorecardAssembler.leafKey(r.unitCode(), r.criterionCode()), r.count()));
        return ScorecardAssembler.assemble(new ScorecardAssembler.Inputs(model.year(), model.dataDate(), model.units(), model.criteria(),
                model.leaves(), model.totals(), baseline.totals(), baseline.domains(), intervals,
                intervals.isEmpty() ? 0 : model.replicates(), model.groupNames(), history, model.rankedPredecessors(), respondents));
    }

    /** The official heading the PDFs open with, when configured (SPEC §13). */
    public Optional<OfficialHeading> heading() {
        return heading;
    }

    /** The year's reports as a published version (SPEC §15): the PDFs carry {@code marks}. */
    public List<Path> renderPublished(int year, Path folder, PublishedMarks marks) {
        return render(year, folder, new RankingPdfWriter(heading, marks), new ScorecardPdfWriter(heading, marks), null);
    }

    private List<Path> render(int year, Path folder, RankingPdfWriter rankingPdf, ScorecardPdfWriter scorecardsPdf,
            RankingPdfWriter.ChangesSection section) {
        if (!data.hasFramework(year)) {
            return List.of();
        }
        if (threads <= 1) {
            return render(year, folder, Runnable::run, rankingPdf, scorecardsPdf, section);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "parindex-render-" + year);
            thread.setDaemon(true);
            return thread;
        });
        try {
            return render(year, folder, pool, rankingPdf, scorecardsPdf, section);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Path> render(int year, Path folder, Executor workers, RankingPdfWriter rankingPdf, ScorecardPdfWriter scorecardsPdf,
            RankingPdfWriter.ChangesSection section) {
        YearReadModel model = years.load(year);
        List<UnitResult> units = model.units();
        List<CriterionRow> criteria = model.criteria();
        Path rankingCsv = folder.resolve("ranking-" + year + ".csv");
        Path scoresCsv = folder.resolve("scores-" + year + ".csv");
        Path rankingXlsx = folder.resolve("ranking-" + year + ".xlsx");
        Path scoresXlsx = folder.resolve("scores-" + year + ".xlsx");
        Path rankingPdfFile = folder.resolve("ranking-" + year + ".pdf");
        Path scorecardsPdfFile = folder.resolve("scorecards-" + year + ".pdf");
        List<LeafRow> leaves = model.leaves();
        LocalDate dataDate = model.dataDate();
        var bands = model.bands();
        Path uncertaintyCsv = folder.resolve("uncertainty-" + year + ".csv");
        Map<String, String> groupNames = model.groupNames();
        Map<String, UnitInterval> computed = model.intervals();
        Map<String, UnitInterval> intervals = intervals(model);
        int replicates = intervals.isEmpty() ? 0 : model.replicates();
        History history = History.of(year, model.rankedUpTo());
        ScorecardReport scorecards = scorecards(model, intervals, history);
        CompletableFuture<Void> tables = CompletableFuture.runAsync(() -> {
            ReportTable ranking = ReportTable.ranking(year, units, criteria);
            CsvReportWriter.write(rankingCsv, ranking);
            Map<String, Map<String, String>> domainNames = new java.util.HashMap<>();
            criteria.stream().filter(c -> c.parentCode() == null).forEach(c ->
                    domainNames.computeIfAbsent(c.groupCode(), g -> new java.util.HashMap<>()).put(c.code(), c.name()));
            RankingWorkbookWriter.write(rankingXlsx, ranking, groupNames, domainNames, intervals);
            ReportTable scores = ReportTable.scores(year, units, leaves);
            CsvReportWriter.write(scoresCsv, scores);
            Map<String, String> unitNames = new java.util.HashMap<>();
            units.forEach(u -> unitNames.put(u.unitCode(), u.unitName()));
            ScoresWorkbookWriter.write(scoresXlsx, scores, groupNames, criteria, unitNames);
            if (computed.isEmpty()) {
                AtomicFiles.deleteIfExists(uncertaintyCsv);   // a run with the analysis off leaves no stale intervals behind
            } else {
                UncertaintyCsv.write(uncertaintyCsv, year, units, computed);
            }
            rankingPdf.write(RankingReportAssembler.assemble(year, dataDate, units, criteria, bands, intervals, replicates, groupNames, history),
                    rankingPdfFile, section);
        }, workers);
        scorecardsPdf.write(scorecards, scorecardsPdfFile, workers);
        try {
            tables.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        List<Path> written = new ArrayList<>(List.of(rankingCsv, scoresCsv, rankingXlsx, scoresXlsx, rankingPdfFile, scorecardsPdfFile));
        if (!computed.isEmpty()) {
            written.add(uncertaintyCsv);
        }
        return written;
    }
}

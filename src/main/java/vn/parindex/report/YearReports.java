package vn.parindex.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import vn.parindex.warehouse.ResultsRepository;
import vn.parindex.warehouse.UnitResult;

/** Renders one year's outputs (SPEC §8) from the stored results into {@code reports/<year>/}. */
@Service
public class YearReports {

    private final ResultsRepository results;
    private final ReportDataRepository data;
    private final RankingPdfWriter rankingPdf = new RankingPdfWriter();
    private final ScorecardPdfWriter scorecardsPdf = new ScorecardPdfWriter();

    private final int threads;

    public YearReports(ResultsRepository results, ReportDataRepository data, @Value("${parindex.threads:1}") int threads) {
        this.results = results;
        this.data = data;
        this.threads = threads;
    }

    /**
     * Writes the year's reports into {@code folder}; returns the files written (none when the year has no
     * framework). With more than one thread, the CSV files and the ranking PDF are written while the scorecards'
     * group parts are filled, all on {@code parindex.threads} threads.
     */
    public List<Path> render(int year, Path folder) {
        if (!data.hasFramework(year)) {
            return List.of();
        }
        if (threads <= 1) {
            return render(year, folder, Runnable::run);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "parindex-render-" + year);
            thread.setDaemon(true);
            return thread;
        });
        try {
            return render(year, folder, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Path> render(int year, Path folder, Executor workers) {
        List<UnitResult> units = results.results(year);
        List<CriterionRow> criteria = data.criteria(year);
        Path rankingCsv = folder.resolve("ranking-" + year + ".csv");
        Path scoresCsv = folder.resolve("scores-" + year + ".csv");
        Path rankingPdfFile = folder.resolve("ranking-" + year + ".pdf");
        Path scorecardsPdfFile = folder.resolve("scorecards-" + year + ".pdf");
        List<LeafRow> leaves = data.leaves(year);
        LocalDate dataDate = data.dataDate(year);
        var bands = data.bands(year);
        ScorecardReport scorecards = ScorecardAssembler.assemble(new ScorecardAssembler.Inputs(year, dataDate, units, criteria, leaves,
                data.unitTotals(year), data.unitTotals(year - 1), data.domainPoints(year - 1)));
        CompletableFuture<Void> tables = CompletableFuture.runAsync(() -> {
            writeRankingCsv(rankingCsv, year, units, criteria);
            writeScoresCsv(scoresCsv, year, units, leaves);
            rankingPdf.write(RankingReportAssembler.assemble(year, dataDate, units, criteria, bands), rankingPdfFile);
        }, workers);
        scorecardsPdf.write(scorecards, scorecardsPdfFile, workers);
        try {
            tables.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return List.of(rankingCsv, scoresCsv, rankingPdfFile, scorecardsPdfFile);
    }

    private static void writeRankingCsv(Path target, int year, List<UnitResult> units, List<CriterionRow> criteria) {
        Set<String> domainCodes = criteria.stream().filter(c -> c.parentCode() == null).map(CriterionRow::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> header = new ArrayList<>(List.of("year", "group", "unit_code", "unit_name", "status", "rank", "index",
                "band", "delta_rank", "delta_index"));
        domainCodes.forEach(d -> header.add("domain_" + d));
        List<List<String>> rows = new ArrayList<>();
        for (UnitResult u : units) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(year), CsvCells.text(u.groupCode()),
                    CsvCells.text(u.unitCode()), CsvCells.text(u.unitName()), u.status(), CsvCells.integer(u.rank()),
                    CsvCells.twoDecimals(u.index()), CsvCells.text(u.band()), CsvCells.integer(u.deltaRank()),
                    CsvCells.twoDecimals(u.deltaIndex())));
            Map<String, UnitResult.DomainResult> byCode = new LinkedHashMap<>();
            u.domains().forEach(d -> byCode.put(d.code(), d));
            domainCodes.forEach(code -> row.add(byCode.containsKey(code) ? CsvCells.twoDecimals(byCode.get(code).subIndex()) : ""));
            rows.add(row);
        }
        CsvReportWriter.write(target, header, rows);
    }

    private static void writeScoresCsv(Path target, int year, List<UnitResult> units, List<LeafRow> unitLeaves) {
        Map<String, List<LeafRow>> leaves = new LinkedHashMap<>();
        unitLeaves.forEach(l -> leaves.computeIfAbsent(l.unitCode(), k -> new ArrayList<>()).add(l));
        List<List<String>> rows = new ArrayList<>();
        for (UnitResult u : units) {
            for (LeafRow l : leaves.getOrDefault(u.unitCode(), List.of())) {
                rows.add(List.of(Integer.toString(year), CsvCells.text(u.groupCode()), CsvCells.text(u.unitCode()),
                        CsvCells.text(l.criterionCode()), l.method(), CsvCells.plain(l.maxPoints()), CsvCells.plain(l.selfScore()),
                        CsvCells.plain(l.appraisedScore()), CsvCells.twoDecimals(l.points()), l.flag() == null ? "" : l.flag(),
                        CsvCells.text(l.sourceFile()), l.sourceSha256() == null ? "" : l.sourceSha256(), CsvCells.integer(l.sourceLine())));
            }
        }
        CsvReportWriter.write(target, List.of("year", "group", "unit_code", "criterion_code", "method", "max_points",
                "self_score", "appraised_score", "points", "flag", "source_file", "source_sha256", "source_line"), rows);
    }
}

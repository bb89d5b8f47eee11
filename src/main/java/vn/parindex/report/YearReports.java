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

    public YearReports(ResultsRepository results, ReportDataRepository data) {
        this.results = results;
        this.data = data;
    }

    /** Writes the year's reports into {@code folder}; returns the files written (none when the year has no framework). */
    public List<Path> render(int year, Path folder) {
        if (!data.hasFramework(year)) {
            return List.of();
        }
        List<UnitResult> units = results.results(year);
        List<CriterionRow> criteria = data.criteria(year);
        Path rankingCsv = folder.resolve("ranking-" + year + ".csv");
        Path scoresCsv = folder.resolve("scores-" + year + ".csv");
        Path rankingPdfFile = folder.resolve("ranking-" + year + ".pdf");
        Path scorecardsPdfFile = folder.resolve("scorecards-" + year + ".pdf");
        List<LeafRow> leaves = data.leaves(year);
        LocalDate dataDate = data.dataDate(year);
        writeRankingCsv(rankingCsv, year, units, criteria);
        writeScoresCsv(scoresCsv, year, units, leaves);
        rankingPdf.write(RankingReportAssembler.assemble(year, dataDate, units, criteria, data.bands(year)), rankingPdfFile);
        scorecardsPdf.write(ScorecardAssembler.assemble(new ScorecardAssembler.Inputs(year, dataDate, units, criteria, leaves,
                data.unitTotals(year), data.unitTotals(year - 1), data.domainPoints(year - 1))), scorecardsPdfFile);
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

package vn.parindex.warehouse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.parindex.ranking.DomainPoints;
import vn.parindex.ranking.UnitTotal;
import vn.parindex.ranking.YearBaseline;
import vn.parindex.uncertainty.UnitInterval;
import vn.parindex.warehouse.ReportDataRepository.BandRow;
import vn.parindex.warehouse.ReportDataRepository.CriterionRow;
import vn.parindex.warehouse.ReportDataRepository.LeafRow;
import vn.parindex.warehouse.ReportDataRepository.PredecessorRow;
import vn.parindex.warehouse.ReportDataRepository.RankedRow;

/**
 * One year as its reports read it, read once ({@link YearReadModelRepository}) and held by the step that renders it:
 * the stored results (units, leaves, totals), the framework and bands, last year's figures each unit is compared with
 * and what decides them (change bases, predecessors), the history, the group names, the intervals. Per-unit results
 * and aggregates only, never the ledger's rows; plain values, no access to the warehouse.
 *
 * @param previousTotals {@code year − 1}'s totals of every ranked unit
 * @param previousDomains {@code year − 1}'s domains of every ranked unit, in framework order
 * @param changeBases each unit of the year with a change basis: unit code → (group this year, basis)
 * @param predecessors the units each unit was formed from, in the units file's order
 * @param replicates how many replicates the stored intervals come from (0 when none are stored)
 * @param respondents for each survey leaf scored {@code insufficient}, how many people answered its questions
 */
public record YearReadModel(int year, LocalDate dataDate, List<UnitResult> units, List<CriterionRow> criteria, List<BandRow> bands,
        List<LeafRow> leaves, List<UnitTotal> totals, List<UnitTotal> previousTotals, List<DomainPoints> previousDomains,
        Map<String, YearBaseline.Basis> changeBases, Map<String, List<String>> predecessors, List<PredecessorRow> rankedPredecessors,
        List<RankedRow> rankedUpTo, Map<String, String> groupNames, Map<String, UnitInterval> intervals, int replicates,
        List<Respondents> respondents) {

    public YearReadModel {
        units = List.copyOf(units);
        criteria = List.copyOf(criteria);
        bands = List.copyOf(bands);
        leaves = List.copyOf(leaves);
        totals = List.copyOf(totals);
        previousTotals = List.copyOf(previousTotals);
        previousDomains = List.copyOf(previousDomains);
        changeBases = Map.copyOf(changeBases);
        predecessors = Map.copyOf(predecessors);
        rankedPredecessors = List.copyOf(rankedPredecessors);
        rankedUpTo = List.copyOf(rankedUpTo);
        groupNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groupNames));
        intervals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(intervals));
        respondents = List.copyOf(respondents);
    }

    /** How many people answered the questions of survey leaf {@code criterionCode} of unit {@code unitCode}. */
    public record Respondents(String unitCode, String criterionCode, long count) {
    }

    /** What each ranked unit is compared with (SPEC §7, §13): {@link YearBaseline} over the rows held. */
    public YearBaseline baseline() {
        return YearBaseline.of(changeBases, predecessors, previousTotals, previousDomains);
    }
}

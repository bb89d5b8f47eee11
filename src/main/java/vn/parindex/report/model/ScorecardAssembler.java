package vn.parindex.report.model;

import vn.parindex.report.model.ScorecardReport.Certainty;
import vn.parindex.uncertainty.UnitInterval;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.report.model.ScorecardReport.Change;
import vn.parindex.report.model.ScorecardReport.ChangeLine;
import vn.parindex.report.model.ScorecardReport.DomainLine;
import vn.parindex.report.model.ScorecardReport.LeafLine;
import vn.parindex.report.model.ScorecardReport.Predecessor;
import vn.parindex.report.model.ScorecardReport.Scorecard;
import vn.parindex.report.model.ScorecardReport.Totals;
import vn.parindex.warehouse.ReportDataRepository.CriterionRow;
import vn.parindex.ranking.DomainPoints;
import vn.parindex.warehouse.ReportDataRepository.LeafRow;
import vn.parindex.warehouse.ReportDataRepository.PredecessorRow;
import vn.parindex.ranking.DeltaBasis;
import vn.parindex.ranking.HalfUpMean;
import vn.parindex.ranking.UnitTotal;
import vn.parindex.warehouse.UnitResult;

/** Turns stored results into one scorecard per ranked unit (SPEC §8). */
public final class ScorecardAssembler {

    static final int MOST_LOST = 5;

    /**
     * The stored figures of one year; {@code previous*} are those of the year before each unit is compared with
     * (its own, or for a merged unit the mean of its predecessors': {@code YearBaseline}).
     */
    public record Inputs(int year, LocalDate dataDate, List<UnitResult> units, List<CriterionRow> criteria, List<LeafRow> leaves,
            List<UnitTotal> totals, List<UnitTotal> previousTotals, List<DomainPoints> previousDomains,
            Map<String, UnitInterval> intervals, int replicates, Map<String, String> groupNames, History history,
            List<PredecessorRow> predecessors, Map<String, Long> respondents) {

        /** {@code respondents}: for each insufficient survey leaf, keyed {@link #leafKey}, how many people answered it. */
        public Inputs(int year, LocalDate dataDate, List<UnitResult> units, List<CriterionRow> criteria, List<LeafRow> leaves,
                List<UnitTotal> totals, List<UnitTotal> previousTotals, List<DomainPoints> previousDomains,
                Map<String, UnitInterval> intervals, int replicates, Map<String, String> groupNames, History history,
                List<PredecessorRow> predecessors) {
            this(year, dataDate, units, criteria, leaves, totals, previousTotals, previousDomains, intervals, replicates, groupNames,
                    history, predecessors, Map.of());
        }

        public Inputs(int year, LocalDate dataDate, List<UnitResult> units, List<CriterionRow> criteria, List<LeafRow> leaves,
                List<UnitTotal> totals, List<UnitTotal> previousTotals, List<DomainPoints> previousDomains,
                Map<String, UnitInterval> intervals, int replicates, Map<String, String> groupNames, History history) {
            this(year, dataDate, units, criteria, leaves, totals, previousTotals, previousDomains, intervals, replicates, groupNames,
                    history, List.of());
        }

        public Inputs(int year, LocalDate dataDate, List<UnitResult> units, List<CriterionRow> criteria, List<LeafRow> leaves,
                List<UnitTotal> totals, List<UnitTotal> previousTotals, List<DomainPoints> previousDomains,
                Map<String, UnitInterval> intervals, int replicates, Map<String, String> groupNames) {
            this(year, dataDate, units, criteria, leaves, totals, previousTotals, previousDomains, intervals, replicates, groupNames,
                    History.NONE);
        }

        public Inputs(int year, LocalDate dataDate, List<UnitResult> units, List<CriterionRow> criteria, List<LeafRow> leaves,
                List<UnitTotal> totals, List<UnitTotal> previousTotals, List<DomainPoints> previousDomains) {
            this(year, dataDate, units, criteria, leaves, totals, previousTotals, previousDomains, Map.of(), 0, Map.of());
        }
    }

    private ScorecardAssembler() {
    }

    /** The key of a unit's leaf in {@link Inputs#respondents}. */
    public static String leafKey(String unitCode, String criterionCode) {
        return key(unitCode, criterionCode);
    }

    public static ScorecardReport assemble(Inputs in) {
        Map<String, String> names = new HashMap<>();
        in.criteria().forEach(c -> names.put(key(c.groupCode(), c.code()), c.name()));
        Map<String, CriterionRow> criteria = new HashMap<>();
        in.criteria().forEach(c -> criteria.put(key(c.groupCode(), c.code()), c));
        Map<String, List<LeafRow>> leaves = byUnit(in.leaves(), LeafRow::unitCode);
        Map<String, UnitTotal> totals = index(in.totals(), UnitTotal::unitCode);
        Map<String, UnitTotal> previousTotals = index(in.previousTotals(), UnitTotal::unitCode);
        Map<String, List<DomainPoints>> previousDomains = byUnit(in.previousDomains(), DomainPoints::unitCode);
        Map<String, List<Predecessor>> predecessors = new HashMap<>();
        in.predecessors().forEach(p -> predecessors.computeIfAbsent(p.unitCode(), k -> new ArrayList<>())
                .add(new Predecessor(p.predecessorCode(), p.predecessorName(), p.provisional())));
        Map<String, List<UnitResult>> groups = new LinkedHashMap<>();
        in.units().stream().filter(UnitResult::ranked)
                .forEach(u -> groups.computeIfAbsent(u.groupCode(), g -> new ArrayList<>()).add(u));

        List<Scorecard> cards = new ArrayList<>();
        for (List<UnitResult> group : groups.values()) {
            Map<String, BigDecimal> averages = averageSubIndices(group);
            for (UnitResult u : group) {
                List<LeafRow> rows = leaves.getOrDefault(u.unitCode(), List.of());
                List<LeafLine> unitLeaves = rows.stream().map(l -> leaf(l, criteria.get(key(u.groupCode(), l.criterionCode())),
                        in.respondents().get(leafKey(u.unitCode(), l.criterionCode())))).toList();
                Map<String, Integer> byMethod = new HashMap<>();
                rows.forEach(l -> byMethod.merge(String.valueOf(l.method()), 1, Integer::sum));
                UnitTotal total = totals.get(u.unitCode());
                List<DomainLine> domains = u.domains().stream().map(d -> new DomainLine(d.code(),
                        names.get(key(u.groupCode(), d.code())), d.points(), d.maxPoints(), d.subIndex(), d.rank(),
                        averages.get(d.code()))).toList();
                cards.add(new Scorecard(u.groupCode(), u.unitCode(), u.unitName(), "provisional".equals(u.status()),
                        u.index(), u.rank() == null ? 0 : u.rank(), group.size(), u.band(), u.deltaRank(),
                        u.deltaIndex(), u.nextBand(), u.pointsToNextBand(),
                        total == null ? new Totals(null, null, null) : new Totals(total.total(), total.totalMax(), total.adjustment()),
                        domains, mostLost(unitLeaves), unitLeaves.stream().filter(l -> l.flag() != null).toList(),
                        change(in.year() - 1, u, domains, total, previousTotals.get(u.unitCode()),
                                previousDomains.getOrDefault(u.unitCode(), List.of()), predecessors.getOrDefault(u.unitCode(), List.of())),
                        certainty(u, in.intervals().get(u.unitCode()), in.replicates()), byMethod));
            }
        }
        return new ScorecardReport(in.year(), in.dataDate(), cards, in.groupNames(), in.history());
    }

    /** Null without an interval for the unit. The shares of replicates at or above its band and the next band up. */
    static Certainty certainty(UnitResult u, UnitInterval interval, int replicates) {
        if (interval == null) {
            return null;
        }
        String top = interval.bandShares().isEmpty() ? null : interval.bandShares().keySet().iterator().next();
        return new Certainty(replicates, interval.sampled(), interval.indexP05(), interval.indexP95(), interval.rankP05(), interval.rankP95(),
                atOrAbove(interval.bandShares(), u.band()), u.nextBand() == null ? null : atOrAbove(interval.bandShares(), u.nextBand()),
                u.nextBand() != null && u.nextBand().equals(top));
    }

    /** The shares of the bands from the highest down to {@code band} (shares are listed highest band first). */
    private static BigDecimal atOrAbove(Map<String, BigDecimal> shares, String band) {
        if (band == null || !shares.containsKey(band)) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> share : shares.entrySet()) {
            sum = sum.add(share.getValue());
            if (share.getKey().equals(band)) {
                break;
            }
        }
        return sum.min(BigDecimal.ONE.setScale(3));
    }

    private static LeafLine leaf(LeafRow l, CriterionRow criterion, Long respondents) {
        BigDecimal lost = l.maxPoints() == null || l.points() == null ? null : l.maxPoints().subtract(l.points());
        Integer minimum = null;
        if ("insufficient".equals(l.flag()) && criterion != null && criterion.ruleText() != null) {
            try {
                minimum = vn.parindex.scoring.RuleParser.parseSurvey(criterion.ruleText()).minResponses();
            } catch (RuntimeException e) {
                minimum = null;   // a rule the scorer accepted parses; should it not, the card gives no minimum
            }
        }
        return new LeafLine(l.criterionCode(), criterion == null ? null : criterion.name(), l.points(), l.maxPoints(), lost, l.flag(),
                l.method(), "insufficient".equals(l.flag()) ? respondents : null, minimum);
    }

    /** The leaves that lost most points, most first (framework order among equals); none that lost nothing. */
    static List<LeafLine> mostLost(List<LeafLine> leaves) {
        return leaves.stream().filter(l -> l.lost() != null && l.lost().signum() > 0)
                .sorted(Comparator.comparing(LeafLine::lost).reversed()).limit(MOST_LOST).toList();
    }

    private static Map<String, BigDecimal> averageSubIndices(List<UnitResult> group) {
        Map<String, List<BigDecimal>> values = new LinkedHashMap<>();
        group.forEach(u -> u.domains().forEach(d -> values.computeIfAbsent(d.code(), k -> new ArrayList<>()).add(d.subIndex())));
        Map<String, BigDecimal> averages = new HashMap<>();
        values.forEach((code, list) -> averages.put(code, HalfUpMean.of(list)));
        return averages;
    }

    /**
     * Only when the unit has a Δindex: it was ranked in the same group last year, or it is a merged unit whose
     * previous figures are the mean of its ranked predecessors' ({@code previousTotal} and {@code previousDomains}
     * are then that baseline, under the unit's code and group: {@code YearBaseline}). A line's
     * contribution is what it adds to this year's index minus what it added to last year's (points × 100 / total
     * maximum of that year), so the lines account for a change of framework maximum too; the clamp line takes
     * what clamping the total to [0, maximum] removed. Rounded so that they add up to the Δindex shown.
     */
    private static Change change(int previousYear, UnitResult u, List<DomainLine> domains, UnitTotal total,
            UnitTotal previousTotal, List<DomainPoints> previousDomains, List<Predecessor> predecessors) {
        if (u.deltaIndex() == null || previousTotal == null || !u.groupCode().equals(previousTotal.groupCode())) {
            return null;
        }
        BigDecimal max = total == null ? null : total.totalMax();
        BigDecimal previousMax = previousTotal.totalMax();
        Map<String, DomainPoints> before = index(previousDomains, DomainPoints::domainCode);
        List<ChangeLine> lines = new ArrayList<>();
        List<BigDecimal> exact = new ArrayList<>();
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal previousEarned = BigDecimal.ZERO;
        for (DomainLine d : domains) {
            DomainPoints p = before.get(d.code());
            BigDecimal previousPoints = p == null ? null : p.points();
            lines.add(new ChangeLine("domain", d.code(), d.name(), previousPoints, d.points(),
                    minus(d.points(), previousPoints), p == null ? null : p.subIndex(), d.subIndex(),
                    minus(d.subIndex(), p == null ? null : p.subIndex()), null));
            exact.add(contribution(d.points(), max, previousPoints, previousMax));
            earned = earned.add(zeroIfNull(d.points()));
            previousEarned = previousEarned.add(zeroIfNull(previousPoints));
        }
        // a domain of last year's framework that this year's no longer has
        for (DomainPoints p : previousDomains) {
            if (domains.stream().noneMatch(d -> d.code().equals(p.domainCode()))) {
                lines.add(new ChangeLine("domain", p.domainCode(), null, p.points(), null, null, p.subIndex(), null, null, null));
                exact.add(contribution(null, max, p.points(), previousMax));
                previousEarned = previousEarned.add(zeroIfNull(p.points()));
            }
        }
        BigDecimal adjustment = total == null ? null : zeroIfNull(total.adjustment());
        BigDecimal previousAdjustment = zeroIfNull(previousTotal.adjustment());
        if (adjustment != null && (adjustment.signum() != 0 || previousAdjustment.signum() != 0)) {
            lines.add(new ChangeLine("adjustment", null, null, previousAdjustment, adjustment,
                    adjustment.subtract(previousAdjustment), null, null, null, null));
            exact.add(contribution(adjustment, max, previousAdjustment, previousMax));
        }
        BigDecimal points = total == null ? null : total.total();
        if (points != null && previousTotal.total() != null) {
            BigDecimal clamped = points.subtract(earned).subtract(adjustment);
            BigDecimal previousClamped = previousTotal.total().subtract(previousEarned).subtract(previousAdjustment);
            if (clamped.signum() != 0 || previousClamped.signum() != 0) {
                lines.add(new ChangeLine("clamp", null, null, previousClamped, clamped, clamped.subtract(previousClamped),
                        null, null, null, null));
                exact.add(contribution(clamped, max, previousClamped, previousMax));
            }
        }
        boolean known = max != null && max.signum() != 0 && previousMax != null && previousMax.signum() != 0;
        if (known) {
            List<BigDecimal> shares = Contributions.allocate(exact, u.deltaIndex());
            for (int i = 0; i < shares.size(); i++) {
                lines.set(i, withContribution(lines.get(i), shares.get(i)));
            }
        }
        lines.add(new ChangeLine("total", null, null, previousTotal.total(), points, minus(points, previousTotal.total()),
                u.index().subtract(u.deltaIndex()), u.index(), u.deltaIndex(), known ? u.deltaIndex() : null));
        return new Change(previousYear, lines, u.deltaBasis(), DeltaBasis.PREDECESSORS.code().equals(u.deltaBasis()) ? predecessors : List.of());
    }

    private static BigDecimal contribution(BigDecimal points, BigDecimal max, BigDecimal previousPoints, BigDecimal previousMax) {
        return Contributions.share(points, max).subtract(Contributions.share(previousPoints, previousMax));
    }

    private static ChangeLine withContribution(ChangeLine l, BigDecimal contribution) {
        return new ChangeLine(l.kind(), l.code(), l.name(), l.previousPoints(), l.points(), l.deltaPoints(), l.previousRate(),
                l.rate(), l.deltaRate(), contribution);
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String key(String group, String code) {
        return group + '\u0000' + code;
    }

    private static <T> Map<String, List<T>> byUnit(List<T> rows, java.util.function.Function<T, String> unit) {
        Map<String, List<T>> map = new LinkedHashMap<>();
        rows.forEach(r -> map.computeIfAbsent(unit.apply(r), k -> new ArrayList<>()).add(r));
        return map;
    }

    private static <T> Map<String, T> index(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        rows.forEach(r -> map.put(key.apply(r), r));
        return map;
    }
}

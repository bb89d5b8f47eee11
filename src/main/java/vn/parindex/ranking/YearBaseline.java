package vn.parindex.ranking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each unit of a year is compared with, as the year before's figures (SPEC §7, §13): the unit's own totals
 * and domains of last year, except for a unit measured against its predecessors, whose baseline is the mean of
 * those predecessors that were ranked last year (adjustments, maxima, and per domain the points, maximum and
 * sub-index), carried under the unit's own code and group. Sub-indices and maxima are half-up means (two and four
 * decimals). The total is the half-up mean of the predecessors' totals (on a 100-point framework: the mean of their
 * indices, the figure Δindex is measured against); its parts (each domain's points, the adjustment and what clamping
 * removed) are the exact means rounded together by largest remainder ({@link LargestRemainder}) so that they add
 * up to that total exactly, and the scorecard's change table adds up as printed (SPEC §13).
 */
public record YearBaseline(List<UnitTotal> totals, List<DomainPoints> domains) {

    /**
     * @param basisByUnit each unit of the year with a change basis: unit code → (group code this year, basis)
     * @param predecessors the units each unit was formed from
     * @param previousTotals last year's totals of every ranked unit
     * @param previousDomains last year's domains of every ranked unit, in framework order
     */
    public static YearBaseline of(Map<String, Basis> basisByUnit, Map<String, List<String>> predecessors,
            List<UnitTotal> previousTotals, List<DomainPoints> previousDomains) {
        Set<String> merged = new HashSet<>();
        basisByUnit.forEach((unit, b) -> {
            if (b.basis() == DeltaBasis.PREDECESSORS) {
                merged.add(unit);
            }
        });
        Map<String, UnitTotal> totalByUnit = new HashMap<>();
        previousTotals.forEach(t -> totalByUnit.put(t.unitCode(), t));
        Map<String, List<DomainPoints>> domainsByUnit = new HashMap<>();
        previousDomains.forEach(d -> domainsByUnit.computeIfAbsent(d.unitCode(), k -> new ArrayList<>()).add(d));

        List<UnitTotal> totals = new ArrayList<>(previousTotals.stream().filter(t -> !merged.contains(t.unitCode())).toList());
        List<DomainPoints> domains = new ArrayList<>(previousDomains.stream().filter(d -> !merged.contains(d.unitCode())).toList());
        for (String unit : merged.stream().sorted().toList()) {
            String group = basisByUnit.get(unit).groupCode();
            List<UnitTotal> ranked = predecessors.getOrDefault(unit, List.of()).stream()
                    .map(totalByUnit::get).filter(java.util.Objects::nonNull).toList();
            if (ranked.isEmpty()) {
                continue;
            }
            Map<String, List<DomainPoints>> byDomain = new LinkedHashMap<>();
            List<BigDecimal> clamps = new ArrayList<>();
            for (UnitTotal p : ranked) {
                List<DomainPoints> own = domainsByUnit.getOrDefault(p.unitCode(), List.of());
                own.forEach(d -> byDomain.computeIfAbsent(d.domainCode(), k -> new ArrayList<>()).add(d));
                if (p.total() != null) {
                    clamps.add(p.total().subtract(zeroIfNull(p.adjustment()))
                            .subtract(own.stream().map(d -> zeroIfNull(d.points())).reduce(BigDecimal.ZERO, BigDecimal::add)));
                }
            }
            // the parts' exact means, rounded together (largest remainder) so that they add up to the mean total
            BigDecimal count = BigDecimal.valueOf(ranked.size());
            List<BigDecimal> exact = new ArrayList<>();
            for (List<DomainPoints> rows : byDomain.values()) {
                exact.add(exactSum(rows.stream().map(DomainPoints::points).toList()).divide(count, MathContext.DECIMAL64));
            }
            exact.add(exactSum(ranked.stream().map(UnitTotal::adjustment).toList()).divide(count, MathContext.DECIMAL64));
            boolean totalsKnown = clamps.size() == ranked.size();
            exact.add(totalsKnown ? exactSum(clamps).divide(count, MathContext.DECIMAL64) : BigDecimal.ZERO);
            BigDecimal total = totalsKnown ? HalfUpMean.of(ranked.stream().map(UnitTotal::total).toList()) : null;
            List<BigDecimal> parts = total == null ? exact.stream().map(v -> v.setScale(2, RoundingMode.HALF_UP)).toList()
                    : LargestRemainder.allocate(exact, total);
            int i = 0;
            for (Map.Entry<String, List<DomainPoints>> e : byDomain.entrySet()) {
                List<DomainPoints> rows = e.getValue();
                BigDecimal points = rows.stream().allMatch(r -> r.points() == null) ? null : parts.get(i);
                i++;
                domains.add(new DomainPoints(group, unit, e.getKey(), points,
                        HalfUpMean.of(rows.stream().map(DomainPoints::maxPoints).toList(), 4),
                        HalfUpMean.of(rows.stream().map(DomainPoints::subIndex).toList())));
            }
            totals.add(new UnitTotal(group, unit, parts.get(i), total,
                    HalfUpMean.of(ranked.stream().map(UnitTotal::totalMax).toList(), 4)));
        }
        return new YearBaseline(List.copyOf(totals), List.copyOf(domains));
    }

    private static BigDecimal exactSum(List<BigDecimal> values) {
        return values.stream().map(YearBaseline::zeroIfNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** A unit's group this year and what its change is measured against. */
    public record Basis(String groupCode, DeltaBasis basis) {
    }
}

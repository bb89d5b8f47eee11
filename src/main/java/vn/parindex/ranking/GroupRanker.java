package vn.parindex.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Ranks the scored units of one (year, group) (SPEC §7): competition ranks on the 2-decimal index, the same on
 * each domain's sub-index, bands, points to the next band and change against the previous year.
 */
public final class GroupRanker {

    private GroupRanker() {
    }

    /**
     * @param previousByUnitCode last year's rank and index of units ranked in the same group then
     * @return one entry per unit, best first; equal indices in Vietnamese name order, then by unit code
     */
    public static List<RankedUnit> rank(List<RankInput> units, List<Band> bands,
                                        Map<String, PreviousRank> previousByUnitCode) {
        return rank(units, bands, previousByUnitCode, Map.of(), Map.of());
    }

    /**
     * As {@link #rank(List, List, Map)}, with merged units (SPEC §13): a unit not ranked in the same group last
     * year whose predecessors include at least one ranked last year (in any group) gets Δindex = index − the
     * mean of those predecessors' indices (half-up to two decimals), no Δrank, and basis {@code predecessors}.
     *
     * @param predecessorsByUnitCode the units each unit was formed from (units without any may be absent)
     * @param previousIndexByUnitCode last year's index of every unit ranked then, in whatever group
     */
    public static List<RankedUnit> rank(List<RankInput> units, List<Band> bands,
                                        Map<String, PreviousRank> previousByUnitCode,
                                        Map<String, List<String>> predecessorsByUnitCode,
                                        Map<String, BigDecimal> previousIndexByUnitCode) {
        requireDistinctCodes(units);
        Map<String, PreviousRank> previous = previousByUnitCode == null ? Map.of() : previousByUnitCode;
        Map<String, List<String>> predecessors = predecessorsByUnitCode == null ? Map.of() : predecessorsByUnitCode;
        BandScale scale = new BandScale(bands == null ? List.of() : bands);
        List<RankInput> ordered = units.stream().sorted(listOrder()).toList();
        NavigableMap<BigDecimal, Integer> rankByIndex = competitionRanks(ordered.stream().map(GroupRanker::index2).toList());
        Map<String, NavigableMap<BigDecimal, Integer>> rankBySubIndex = domainRanks(units);
        ContinuingRanks continuing = ContinuingRanks.of(ordered.stream()
                .collect(Collectors.toMap(RankInput::unitCode, GroupRanker::index2)), previous);

        return ordered.stream().map(unit -> {
            BigDecimal index = index2(unit);
            Optional<Band> band = scale.bandOf(index);
            Optional<Band> next = scale.nextAbove(index);
            PreviousRank before = previous.get(unit.unitCode());
            int rank = rankByIndex.get(index);
            Integer deltaRank = null;
            BigDecimal deltaIndex = null;
            DeltaBasis basis = null;
            if (before != null) {
                deltaRank = continuing.deltaRank(unit.unitCode());
                deltaIndex = round2(index.subtract(before.index()));
                basis = DeltaBasis.SAME_UNIT;
            } else {
                BigDecimal baseline = HalfUpMean.of(MergedBaseline.rankedIndices(predecessors.get(unit.unitCode()),
                        previousIndexByUnitCode));
                if (baseline != null) {
                    deltaIndex = round2(index.subtract(baseline));
                    basis = DeltaBasis.PREDECESSORS;
                }
            }
            return new RankedUnit(
                    unit.unitCode(),
                    unit.unitName(),
                    rank,
                    index,
                    band.map(Band::name).orElse(null),
                    deltaRank,
                    deltaIndex,
                    domainRanksOf(unit, rankBySubIndex),
                    next.map(Band::name).orElse(null),
                    next.map(b -> pointsTo(b, index)).orElse(null),
                    basis);
        }).toList();
    }

    /** Index descending, then unit name in Vietnamese collation, then unit code. */
    public static Comparator<RankInput> listOrder() {
        return Comparator.comparing(GroupRanker::index2, Comparator.reverseOrder())
                .thenComparing(u -> nullToEmpty(u.unitName()), VietnameseCollation.instance())
                .thenComparing(RankInput::unitCode);
    }

    /** Rank of each distinct value: 1 + how many values are strictly greater (1, 2, 2, 4). */
    public static NavigableMap<BigDecimal, Integer> competitionRanks(Collection<BigDecimal> values) {
        List<BigDecimal> descending = values.stream().sorted(Comparator.reverseOrder()).toList();
        NavigableMap<BigDecimal, Integer> ranks = new TreeMap<>();
        for (int i = 0; i < descending.size(); i++) {
            ranks.putIfAbsent(descending.get(i), i + 1);
        }
        return ranks;
    }

    private static Map<String, NavigableMap<BigDecimal, Integer>> domainRanks(List<RankInput> units) {
        Map<String, List<BigDecimal>> valuesByDomain = new LinkedHashMap<>();
        for (RankInput unit : units) {
            subIndices(unit).forEach((domain, value) ->
                    valuesByDomain.computeIfAbsent(domain, d -> new ArrayList<>()).add(round2(value)));
        }
        Map<String, NavigableMap<BigDecimal, Integer>> ranks = new LinkedHashMap<>();
        valuesByDomain.forEach((domain, values) -> ranks.put(domain, competitionRanks(values)));
        return ranks;
    }

    private static Map<String, Integer> domainRanksOf(RankInput unit, Map<String, NavigableMap<BigDecimal, Integer>> ranks) {
        Map<String, Integer> result = new LinkedHashMap<>();
        subIndices(unit).forEach((domain, value) -> result.put(domain, ranks.get(domain).get(round2(value))));
        return Collections.unmodifiableMap(result);
    }

    private static Map<String, BigDecimal> subIndices(RankInput unit) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        if (unit.domainSubIndices() != null) {
            unit.domainSubIndices().forEach((domain, value) -> {
                if (value != null) {
                    result.put(domain, value);
                }
            });
        }
        return result;
    }

    private static void requireDistinctCodes(List<RankInput> units) {
        Set<String> seen = new HashSet<>();
        for (RankInput unit : units) {
            if (!seen.add(unit.unitCode())) {
                throw new IllegalArgumentException("Unit '" + unit.unitCode() + "' appears twice in one ranking");
            }
        }
    }

    private static BigDecimal index2(RankInput unit) {
        return round2(unit.index());
    }

    /**
     * min_index − index. A 4-decimal min_index is rounded up, not half-up: indices move in steps of 0.01, so
     * that is what it takes to reach the band.
     */
    private static BigDecimal pointsTo(Band band, BigDecimal index) {
        return band.minIndex().subtract(index).setScale(2, RoundingMode.CEILING);
    }

    private static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

package vn.parindex.report.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.parindex.ranking.HalfUpMean;
import vn.parindex.warehouse.ReportDataRepository.RankedRow;

/**
 * Index and rank over the years (SPEC §13), oldest year first: each unit ranked in the report's year gets the last
 * {@value #YEARS} years up to it in which it was ranked, each group of that year the average index of its ranked
 * units in the last {@value #YEARS} years up to it in which the group had any (the mean, half-up to two decimals,
 * that the ranking's statistics give for the year itself). A unit's years are its own (a merged
 * unit's history starts the year it was formed), each in the group the unit was in that year.
 */
public record History(Map<String, List<UnitYear>> units, Map<String, List<GroupYear>> groups, Map<String, Continuity> continuity) {

    public static final int YEARS = 5;

    /** Sorted by code, so that what a report shows and the identity hashed from it do not depend on map order. */
    public History {
        units = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(units));
        groups = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(groups));
        continuity = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(continuity));
    }

    /** Without what Δrank was measured among (SPEC §7). */
    public History(Map<String, List<UnitYear>> units, Map<String, List<GroupYear>> groups) {
        this(units, groups, Map.of());
    }

    /** No history: reports without it (one year's data only, or tests of other parts). */
    public static final History NONE = new History(Map.of(), Map.of());

    /**
     * Among which units a group's Δrank was measured (SPEC §7): the units ranked in the group in the year before
     * ({@code rankedBefore}), this year ({@code rankedNow}) and in both ({@code continuing}).
     */
    public record Continuity(int previousYear, int rankedBefore, int rankedNow, int continuing) {

        /** True when the ranked units differ between the two years, so Δrank is not the plain difference of ranks. */
        public boolean changed() {
            return continuing != rankedBefore || continuing != rankedNow;
        }
    }

    /** Null when the group had no ranked unit the year before (no Δrank at all). */
    public Continuity continuityOf(String groupCode) {
        return continuity.get(groupCode);
    }

    /** A year the unit was ranked: its index, its rank of {@code rankedInGroup}, and its group's average index that year. */
    public record UnitYear(int year, BigDecimal index, int rank, int rankedInGroup, BigDecimal groupAverage) {
    }

    /** A year the group had ranked units: how many, and their average index (half-up to 2 decimals). */
    public record GroupYear(int year, int ranked, BigDecimal averageIndex) {
    }

    public List<UnitYear> of(String unitCode) {
        return units.getOrDefault(unitCode, List.of());
    }

    public List<GroupYear> ofGroup(String groupCode) {
        return groups.getOrDefault(groupCode, List.of());
    }

    /** From the ranked units of {@code year} and the years before it; rows of later years are ignored. */
    public static History of(int year, List<RankedRow> rows) {
        List<RankedRow> upTo = rows.stream().filter(r -> r.year() <= year).toList();
        Map<GroupKey, GroupYear> groupYears = groupYears(upTo);
        Map<String, List<UnitYear>> units = new HashMap<>();
        Map<String, List<RankedRow>> byUnit = upTo.stream().collect(Collectors.groupingBy(RankedRow::unitCode));
        upTo.stream().filter(r -> r.year() == year).forEach(now -> units.put(now.unitCode(),
                lastYears(byUnit.get(now.unitCode()), RankedRow::year).stream().map(r -> {
                    GroupYear group = groupYears.get(new GroupKey(r.year(), r.groupCode()));
                    return new UnitYear(r.year(), r.index(), r.rank(), group.ranked(), group.averageIndex());
                }).toList()));
        Map<String, List<GroupYear>> groups = new HashMap<>();
        Map<String, List<GroupKey>> keysByGroup = groupYears.keySet().stream().collect(Collectors.groupingBy(GroupKey::groupCode));
        upTo.stream().filter(r -> r.year() == year).map(RankedRow::groupCode).distinct().forEach(code -> groups.put(code,
                lastYears(keysByGroup.get(code), GroupKey::year).stream().map(groupYears::get).toList()));
        return new History(units, groups, continuity(year, upTo));
    }

    private static Map<String, Continuity> continuity(int year, List<RankedRow> rows) {
        Map<String, java.util.Set<String>> now = new HashMap<>();
        Map<String, java.util.Set<String>> before = new HashMap<>();
        for (RankedRow r : rows) {
            if (r.year() == year) {
                now.computeIfAbsent(r.groupCode(), g -> new java.util.HashSet<>()).add(r.unitCode());
            } else if (r.year() == year - 1) {
                before.computeIfAbsent(r.groupCode(), g -> new java.util.HashSet<>()).add(r.unitCode());
            }
        }
        Map<String, Continuity> continuity = new HashMap<>();
        now.forEach((group, units) -> {
            java.util.Set<String> last = before.get(group);
            if (last != null) {
                int both = (int) units.stream().filter(last::contains).count();
                continuity.put(group, new Continuity(year - 1, last.size(), units.size(), both));
            }
        });
        return continuity;
    }

    private record GroupKey(int year, String groupCode) {
    }

    private static Map<GroupKey, GroupYear> groupYears(List<RankedRow> rows) {
        Map<GroupKey, List<BigDecimal>> indices = new LinkedHashMap<>();
        rows.forEach(r -> indices.computeIfAbsent(new GroupKey(r.year(), r.groupCode()), k -> new ArrayList<>()).add(r.index()));
        Map<GroupKey, GroupYear> years = new HashMap<>();
        indices.forEach((key, values) -> years.put(key, new GroupYear(key.year(), values.size(), HalfUpMean.of(values))));
        return years;
    }

    /** The {@value #YEARS} latest of {@code items} by year, oldest first. */
    private static <T> List<T> lastYears(List<T> items, java.util.function.ToIntFunction<T> year) {
        List<T> sorted = items.stream().sorted(Comparator.comparingInt(year)).toList();
        return sorted.subList(Math.max(0, sorted.size() - YEARS), sorted.size());
    }
}

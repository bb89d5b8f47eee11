package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What ranking one year needs, read once for all its groups: the scored units by group, each group's bands, last
 * year's places by group, last year's index of every unit ranked then, and the units each unit was formed from.
 *
 * @param scored the scored units by group code, in the order their results were stored
 * @param previousRanks last year's rank and index by group code, then unit code
 */
public record YearRankingInputs(int year, Map<String, List<RankInput>> scored, Map<String, List<Band>> bands,
        Map<String, Map<String, PreviousRank>> previousRanks, Map<String, BigDecimal> previousIndices,
        Map<String, List<String>> predecessors) {

    public YearRankingInputs {
        scored = java.util.Collections.unmodifiableMap(new TreeMap<>(scored));
        bands = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(bands));
        previousRanks = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(previousRanks));
        previousIndices = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(previousIndices));   // an index may be null
        predecessors = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(predecessors));
    }

    /** The groups with a scored unit, in code order. */
    public List<String> groups() {
        return List.copyOf(scored.keySet());
    }

    /** The scored units of {@code group} ranked ({@link GroupRanker}), best first. */
    public List<RankedUnit> rank(String group) {
        return GroupRanker.rank(scored.getOrDefault(group, List.of()), bands.getOrDefault(group, List.of()),
                previousRanks.getOrDefault(group, Map.of()), predecessors, previousIndices);
    }
}

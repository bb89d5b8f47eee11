package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A unit's place in its group: competition rank, band (null when the group has no bands), change against last
 * year (null when it was not ranked in the same group then; for a merged unit, Δindex against its
 * predecessors and no Δrank), domain ranks by domain code, the points still needed for the next higher band
 * (null at the top band or without bands) and what the change is measured against (null without a change).
 */
public record RankedUnit(
        String unitCode,
        String unitName,
        int rank,
        BigDecimal index,
        String band,
        Integer deltaRank,
        BigDecimal deltaIndex,
        Map<String, Integer> domainRanks,
        String nextBand,
        BigDecimal pointsToNextBand,
        DeltaBasis deltaBasis) {
}

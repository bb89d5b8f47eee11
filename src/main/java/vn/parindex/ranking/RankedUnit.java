package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A unit's place in its group: competition rank, band (null when the group has no bands), change against last
 * year (null when it was not ranked in the same group then), domain ranks by domain code, and the points
 * still needed for the next higher band (null at the top band or without bands).
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
        BigDecimal pointsToNextBand) {
}

package vn.parindex.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;

/**
 * SPEC §7's Δrank: the units ranked in the group in both years ("continuing") are ranked among themselves, by the
 * same competition rule, once on last year's indices and once on this year's; Δrank = that rank last year − that
 * rank this year. Units that joined, left, were merged or did not submit therefore move no one, and a unit that
 * stayed last among the continuing units shows no change.
 */
public final class ContinuingRanks {

    private final Map<String, Integer> before;
    private final Map<String, Integer> now;

    private ContinuingRanks(Map<String, Integer> before, Map<String, Integer> now) {
        this.before = before;
        this.now = now;
    }

    /**
     * @param indexByUnitCode this year's index of every unit ranked in the group
     * @param previousByUnitCode last year's rank and index of the units ranked in the group then
     */
    public static ContinuingRanks of(Map<String, BigDecimal> indexByUnitCode, Map<String, PreviousRank> previousByUnitCode) {
        Map<String, BigDecimal> thisYear = new HashMap<>();
        Map<String, BigDecimal> lastYear = new HashMap<>();
        indexByUnitCode.forEach((code, index) -> {
            PreviousRank previous = previousByUnitCode.get(code);
            if (previous != null) {
                thisYear.put(code, round2(index));
                lastYear.put(code, round2(previous.index()));
            }
        });
        return new ContinuingRanks(ranks(lastYear), ranks(thisYear));
    }

    /** Δrank of a continuing unit (positive = moved up); null for a unit that is not one. */
    public Integer deltaRank(String unitCode) {
        Integer b = before.get(unitCode);
        Integer n = now.get(unitCode);
        return b == null || n == null ? null : b - n;
    }

    /** How many units were ranked in the group in both years. */
    public int count() {
        return now.size();
    }

    private static Map<String, Integer> ranks(Map<String, BigDecimal> indices) {
        NavigableMap<BigDecimal, Integer> byValue = GroupRanker.competitionRanks(indices.values());
        Map<String, Integer> ranks = new HashMap<>();
        indices.forEach((code, index) -> ranks.put(code, byValue.get(index)));
        return ranks;
    }

    private static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}

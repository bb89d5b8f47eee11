package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The baseline of a unit formed from others (SPEC §13): the unweighted mean ({@link HalfUpMean}) of the figures of
 * those of its predecessors that were ranked last year. Predecessors not ranked then do not count (neither in the sum
 * nor in the number divided by).
 */
public final class MergedBaseline {

    private MergedBaseline() {
    }

    /** The previous indices of those of {@code predecessors} found in {@code previousIndexByUnit}, in their order. */
    public static List<BigDecimal> rankedIndices(List<String> predecessors, Map<String, BigDecimal> previousIndexByUnit) {
        List<BigDecimal> found = new ArrayList<>();
        if (predecessors != null && previousIndexByUnit != null) {
            for (String p : predecessors) {
                BigDecimal index = previousIndexByUnit.get(p);
                if (index != null) {
                    found.add(index);
                }
            }
        }
        return found;
    }
}

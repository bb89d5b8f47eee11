package vn.parindex.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The baseline of a unit formed from others (SPEC §13): the unweighted mean of the figures of those of its
 * predecessors that were ranked last year, rounded half-up to two decimals. Predecessors not ranked then do not
 * count (neither in the sum nor in the number divided by).
 */
public final class MergedBaseline {

    private MergedBaseline() {
    }

    /** Mean of the non-null values, half-up to two decimals; null when there is none. */
    public static BigDecimal mean(Collection<BigDecimal> values) {
        return mean(values, 2);
    }

    /** Mean of the non-null values, half-up to {@code scale} decimals; null when there is none. */
    public static BigDecimal mean(Collection<BigDecimal> values, int scale) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(present.size()), scale, RoundingMode.HALF_UP);
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

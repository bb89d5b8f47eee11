package vn.parindex.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The plain mean the reports and the merged units' baselines use (SPEC §13): of the non-null values, rounded half-up,
 * to two decimals unless told otherwise.
 */
public final class HalfUpMean {

    private HalfUpMean() {
    }

    /** Mean of the non-null values, half-up to two decimals; null when there is none. */
    public static BigDecimal of(Collection<BigDecimal> values) {
        return of(values, 2);
    }

    /** Mean of the non-null values, half-up to {@code scale} decimals; null when there is none. */
    public static BigDecimal of(Collection<BigDecimal> values, int scale) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(present.size()), scale, RoundingMode.HALF_UP);
    }
}

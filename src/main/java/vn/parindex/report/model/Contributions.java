package vn.parindex.report.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import vn.parindex.ranking.LargestRemainder;

/**
 * Splits a change of the index into parts shown with two decimals that add up exactly to the change shown
 * ({@link LargestRemainder}).
 */
final class Contributions {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Contributions() {
    }

    /** The part of the index (0–100 scale) that points bring: {@code points × 100 / max}; 0 when either is null or max is 0. */
    static BigDecimal share(BigDecimal points, BigDecimal max) {
        if (points == null || max == null || max.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return points.multiply(HUNDRED).divide(max, PRECISION);
    }

    /**
     * @param exact the exact parts (any scale, negative allowed)
     * @param target the figure the parts must add up to once rounded to two decimals
     * @return one value of scale 2 per part, summing exactly to {@code target} (rounded half up to scale 2)
     */
    static List<BigDecimal> allocate(List<BigDecimal> exact, BigDecimal target) {
        return LargestRemainder.allocate(exact, target);
    }
}

package vn.parindex.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a change of the index into parts shown with two decimals that add up exactly to the change shown
 * (largest-remainder rounding): each exact part is rounded down to a hundredth, then the hundredths still
 * missing go to the parts that lost most in rounding down (or, when there are too many, are taken back from
 * those that lost least). Ties go to the earlier part, so the result is deterministic.
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
        long goal = target.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
        if (exact.isEmpty()) {
            if (goal != 0) {
                throw new IllegalArgumentException("nothing to split " + target + " into");
            }
            return List.of();
        }
        int n = exact.size();
        long[] units = new long[n];
        BigDecimal[] remainders = new BigDecimal[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal hundredths = exact.get(i).movePointRight(2);
            BigDecimal floor = hundredths.setScale(0, RoundingMode.FLOOR);
            units[i] = floor.longValueExact();
            remainders[i] = hundredths.subtract(floor);
            sum += units[i];
        }
        long missing = goal - sum;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Comparator<Integer> byRemainder = Comparator.comparing(i -> remainders[i]);
        order.sort(missing >= 0 ? byRemainder.reversed().thenComparing(i -> i) : byRemainder.thenComparing(i -> i));
        long step = missing >= 0 ? 1 : -1;
        for (long k = 0; k < Math.abs(missing); k++) {
            units[order.get((int) (k % n))] += step;
        }
        List<BigDecimal> parts = new ArrayList<>(n);
        for (long u : units) {
            parts.add(BigDecimal.valueOf(u, 2));
        }
        return parts;
    }
}

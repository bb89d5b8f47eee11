package vn.parindex.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rounds parts to hundredths so that they add up exactly to a total rounded half-up to hundredths (largest
 * remainder): each exact part is rounded down to a hundredth, then the hundredths still missing go to the parts
 * that lost most in rounding down (or, when there are too many, are taken back from those that lost least). A part
 * that is exactly zero stays zero while another part can take the hundredth; ties go to the earlier part, so the
 * result is deterministic. The rule of the scorecard's change table and of a merged unit's baseline (SPEC §13).
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * @param exact the exact parts (any scale, negative allowed)
     * @param target the figure the parts must add up to once rounded to two decimals
     * @return one value of scale 2 per part, summing exactly to {@code target} (rounded half up to scale 2)
     */
    public static List<BigDecimal> allocate(List<BigDecimal> exact, BigDecimal target) {
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
            if (exact.get(i).signum() != 0) {
                order.add(i);
            }
        }
        if (order.isEmpty()) {
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
        }
        Comparator<Integer> byRemainder = Comparator.comparing(i -> remainders[i]);
        order.sort(missing >= 0 ? byRemainder.reversed().thenComparing(i -> i) : byRemainder.thenComparing(i -> i));
        long step = missing >= 0 ? 1 : -1;
        for (long k = 0; k < Math.abs(missing); k++) {
            units[order.get((int) (k % order.size()))] += step;
        }
        List<BigDecimal> parts = new ArrayList<>(n);
        for (long u : units) {
            parts.add(BigDecimal.valueOf(u, 2));
        }
        return parts;
    }
}

package vn.parindex.uncertainty;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Exact decimal arithmetic on whole numbers of a fixed scale (hundredths for points and indices, ten-thousandths for
 * the warehouse's inputs): the bootstrap computes an index a million times, and longs give the very results
 * {@code BigDecimal} gives (checked against the scorer for every unit, see {@link UnitSample}).
 */
final class Fixed {

    private Fixed() {
    }

    /** round_half_up(a × b / divisor) for a, b ≥ 0 and divisor > 0; exact even when a × b overflows a long. */
    static long divideHalfUp(long a, long b, long divisor) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        if (high == 0 && product >= 0 && product <= (Long.MAX_VALUE - divisor) / 2) {
            return (2 * product + divisor) / (2 * divisor);
        }
        return new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
                .divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A decimal as a whole number of 10^-scale (exact: the warehouse holds at most 4 decimals). */
    static long scaled(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    static BigDecimal hundredths(long value) {
        return BigDecimal.valueOf(value, 2);
    }
}

package vn.parindex.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The rounding the spec prescribes for published figures: half-up to 2 decimals. */
public final class Decimals {

    public static final BigDecimal HUNDRED = new BigDecimal(100);
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Decimals() {
    }

    public static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** round_half_up(part × 100 / whole, 2), computed exactly; 0.00 when whole is 0. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return ZERO;
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** An input figure (max points, a score) shown with 2 decimals when that loses nothing, else as it is. */
    public static BigDecimal display(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : stripped;
    }

    /** A number as a person typed it: no exponent, no trailing zeros ("14.5", "40"). */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

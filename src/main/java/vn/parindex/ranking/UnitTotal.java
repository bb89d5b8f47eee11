package vn.parindex.ranking;

import java.math.BigDecimal;

/** A ranked unit's total points (adjustments included, clamped) against the framework's total maximum, in one year. */
public record UnitTotal(String groupCode, String unitCode, BigDecimal adjustment, BigDecimal total, BigDecimal totalMax) {
}

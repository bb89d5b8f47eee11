package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's score for one year: leaves and domains in framework order, the adjustment sum, the clamped total,
 * the total maximum and the 2-decimal index. {@code provisional} when any appraised leaf used a self score.
 */
public record UnitScore(
        String unitCode,
        boolean provisional,
        List<DomainScore> domains,
        List<LeafScore> leaves,
        BigDecimal adjustment,
        BigDecimal total,
        BigDecimal totalMax,
        BigDecimal index) {
}

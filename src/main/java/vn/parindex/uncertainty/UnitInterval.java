package vn.parindex.uncertainty;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How sure one unit's rank and index are (SPEC §12): the point figures, the 5th, 50th and 95th percentiles of the
 * replicates, and the share of replicates in each band of its group (three decimals, in the group's band order,
 * highest threshold first). {@code sampled} is false when no survey leaf of the unit rests on a sample.
 */
public record UnitInterval(String unitCode, int rank, int rankP05, int rankP50, int rankP95, BigDecimal index, BigDecimal indexP05,
        BigDecimal indexP50, BigDecimal indexP95, Map<String, BigDecimal> bandShares, boolean sampled) {
}

package vn.parindex.ranking;

import java.math.BigDecimal;
import java.util.Map;

/** A scored unit of one group and year, as ranking needs it; domain sub-indices keyed by domain code. */
public record RankInput(String unitCode, String unitName, BigDecimal index, Map<String, BigDecimal> domainSubIndices) {
}

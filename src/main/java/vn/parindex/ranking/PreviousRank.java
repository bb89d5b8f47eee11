package vn.parindex.ranking;

import java.math.BigDecimal;

/** Where a unit stood in the same group the year before. */
public record PreviousRank(int rank, BigDecimal index) {
}

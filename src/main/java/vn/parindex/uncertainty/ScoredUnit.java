package vn.parindex.uncertainty;

import java.math.BigDecimal;
import java.util.List;

/**
 * A ranked unit as the score step left it, what the bootstrap starts from: its leaves' points (whether a leaf was
 * flagged: missing, insufficient, provisional), the sum of its adjustment points unrounded, and its index.
 */
public record ScoredUnit(String unitCode, List<Leaf> leaves, BigDecimal adjustments, BigDecimal index) {

    public ScoredUnit {
        leaves = List.copyOf(leaves);
    }

    public record Leaf(String code, BigDecimal points, boolean flagged) {
    }
}

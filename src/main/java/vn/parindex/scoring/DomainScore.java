package vn.parindex.scoring;

import java.math.BigDecimal;

/** A domain's points (sum of its leaves' rounded points), its maximum and its 2-decimal sub-index. */
public record DomainScore(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal subIndex) {
}

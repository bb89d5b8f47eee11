package vn.parindex.scoring;

import java.math.BigDecimal;

/** Points of one leaf for one unit, rounded half-up to 2 decimals; flag null when final. */
public record LeafScore(
        String code,
        Method method,
        BigDecimal maxPoints,
        BigDecimal selfScore,
        BigDecimal appraisedScore,
        BigDecimal points,
        LeafFlag flag,
        Source source) {
}

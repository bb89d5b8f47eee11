package vn.parindex.ranking;

import java.math.BigDecimal;

/** One domain of a ranked unit in one year, with the group the unit was in that year. */
public record DomainPoints(String groupCode, String unitCode, String domainCode, BigDecimal points, BigDecimal maxPoints,
        BigDecimal subIndex) {
}

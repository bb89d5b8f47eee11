package vn.parindex.warehouse;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's stored result for one year. Status is final, provisional or not_submitted (whose figures are null).
 * Domains are in framework order.
 */
public record UnitResult(int year, String groupCode, String unitCode, String unitName, String status, BigDecimal index,
        Integer rank, String band, Integer deltaRank, BigDecimal deltaIndex, String nextBand, BigDecimal pointsToNextBand,
        List<DomainResult> domains) {

    public record DomainResult(String code, BigDecimal points, BigDecimal maxPoints, BigDecimal subIndex, Integer rank) {
    }

    public boolean ranked() {
        return !"not_submitted".equals(status);
    }
}

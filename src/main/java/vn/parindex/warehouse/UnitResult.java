package vn.parindex.warehouse;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's stored result for one year. Status is final, provisional or not_submitted (whose figures are null).
 * Domains are in framework order. {@code deltaBasis} is what Δindex is measured against ({@code same_unit},
 * {@code predecessors} for a merged unit, SPEC §13) or null when there is no Δ.
 */
public record UnitResult(int year, String groupCode, String unitCode, String unitName, String status, BigDecimal index,
        Integer rank, String band, Integer deltaRank, BigDecimal deltaIndex, String nextBand, BigDecimal pointsToNextBand,
        List<DomainResult> domains, String deltaBasis) {

    /** Without a change basis (a unit with no Δ, or one read where the basis does not matter). */
    public UnitResult(int year, String groupCode, String unitCode, String unitName, String status, BigDecimal index,
            Integer rank, String band, Integer deltaRank, BigDecimal deltaIndex, String nextBand, BigDecimal pointsToNextBand,
            List<DomainResult> domains) {
        this(year, groupCode, unitCode, unitName, status, index, rank, band, deltaRank, deltaIndex, nextBand, pointsToNextBand,
                domains, null);
    }

    public record DomainResult(String code, BigDecimal points, BigDecimal maxPoints, BigDecimal subIndex, Integer rank) {
    }

    public boolean ranked() {
        return !"not_submitted".equals(status);
    }
}

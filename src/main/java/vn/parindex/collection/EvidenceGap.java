package vn.parindex.collection;

import java.math.BigDecimal;

/**
 * A self-assessment row that claims points (score above 0) with an empty {@code evidence} column: a warning only,
 * never a rejection (SPEC §16). {@code criterionName} is null until the framework has named it.
 */
public record EvidenceGap(String unitCode, String criterionCode, String criterionName, BigDecimal selfScore, String fileName,
        long line) {

    EvidenceGap named(String name) {
        return new EvidenceGap(unitCode, criterionCode, name, selfScore, fileName, line);
    }
}

package vn.parindex.sample;

import java.math.BigDecimal;

/** One row of the generated framework; {@code parentCode} null for a domain, {@code rule} null unless ratio/survey. */
public record SampleCriterion(String code, String parentCode, String name, BigDecimal maxPoints, String method, String rule) {

    public boolean appraised() {
        return method.equals("appraised");
    }
}

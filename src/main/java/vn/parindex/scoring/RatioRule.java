package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code metric=<code>; linear} (steps empty, linear true) or {@code metric=<code>; >=T:F; <=T:F; else:F}
 * (steps in the order written, elseFactor the final {@code else}).
 */
public record RatioRule(String metric, boolean linear, List<Step> steps, BigDecimal elseFactor) implements Rule {

    public enum Comparison { AT_LEAST, AT_MOST }

    public record Step(Comparison comparison, BigDecimal threshold, BigDecimal factor) {
    }

    public RatioRule {
        steps = List.copyOf(steps);
    }
}

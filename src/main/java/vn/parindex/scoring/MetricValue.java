package vn.parindex.scoring;

import java.math.BigDecimal;

/** numerator / denominator of one metric of one unit (denominator &gt; 0), with the file it came from. */
public record MetricValue(BigDecimal numerator, BigDecimal denominator, Source source) {
}

package vn.parindex.scoring;

import java.math.BigDecimal;

/** A self or appraised score of one criterion, with where it came from. */
public record ScoreValue(BigDecimal value, Source source) {
}

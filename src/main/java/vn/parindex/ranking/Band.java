package vn.parindex.ranking;

import java.math.BigDecimal;

/** A band (xếp loại) of one (year, group): reached by an index of at least {@code minIndex}. */
public record Band(String name, BigDecimal minIndex) {
}

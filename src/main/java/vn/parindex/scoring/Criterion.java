package vn.parindex.scoring;

import java.math.BigDecimal;

/**
 * One node of a framework tree. {@code parentCode} is null for a domain; {@code rule} is null unless the
 * method is {@link Method#RATIO} or {@link Method#SURVEY}.
 */
public record Criterion(String code, String parentCode, String name, BigDecimal maxPoints, Method method, Rule rule) {

    public boolean isDomain() {
        return parentCode == null;
    }
}

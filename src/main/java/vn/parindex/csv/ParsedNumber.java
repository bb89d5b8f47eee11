package vn.parindex.csv;

import java.math.BigDecimal;

/**
 * Result of {@link NumberParser#parse(String)}.
 *
 * @param value     the number as written (scale kept), or {@code null} when there is an error
 * @param errorCode {@code null} when valid, otherwise {@link #NUMBER} or {@link #PRECISION}
 */
public record ParsedNumber(BigDecimal value, String errorCode) {
    public static final String NUMBER = "NUMBER";
    public static final String PRECISION = "PRECISION";

    static ParsedNumber valid(BigDecimal value) {
        return new ParsedNumber(value, null);
    }

    static ParsedNumber error(String errorCode) {
        return new ParsedNumber(null, errorCode);
    }

    public boolean ok() {
        return errorCode == null;
    }
}

package vn.parindex.csv;

/** How numbers are written in a file; follows from its delimiter (SPEC §3). */
public enum NumberStyle {
    /** Comma-delimited files: {@code 96.7}, {@code 1359}; no thousands grouping. */
    POINT_DECIMAL,
    /** Semicolon- or tab-delimited files (Excel under Vietnamese settings): {@code 96,7}, {@code 1.359}. */
    COMMA_DECIMAL;

    public static NumberStyle forDelimiter(char delimiter) {
        return delimiter == ',' ? POINT_DECIMAL : COMMA_DECIMAL;
    }
}

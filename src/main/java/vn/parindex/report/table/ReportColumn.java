package vn.parindex.report.table;

/**
 * One column of the ranking or scores table (SPEC §8, §11): its CSV name, its Vietnamese workbook title, the kind of
 * its values and its width in the workbook, in characters.
 */
record ReportColumn(String name, String title, Kind kind, int width) {

    /** How a value is written: the CSV text, and in a workbook a text cell or a number with its display format. */
    enum Kind {
        /** A code, name, status, flag, file name or checksum: text as it is (a code {@code 019} stays {@code 019}). */
        TEXT(null),
        /** A year, rank, change of rank or line number. */
        INTEGER("0"),
        /** An index, change of index, domain sub-index or points, to two decimals ({@code 60.90}). */
        TWO_DECIMALS("0.00"),
        /** A maximum or a score as the submitter wrote it ({@code 14.5}, {@code 15}). */
        AS_STORED("General"),
        /** A share of bootstrap replicates, to three decimals ({@code 0.875}). */
        SHARE("0.000");

        private final String format;

        Kind(String format) {
            this.format = format;
        }

        /** The workbook's number format of the kind; null for text. */
        String format() {
            return format;
        }

        boolean numeric() {
            return format != null;
        }

        /** The value as the CSV writes it; empty for null. */
        String csv(Object value) {
            return switch (this) {
                case TEXT -> CsvCells.text((String) value);
                case INTEGER -> CsvCells.integer((Number) value);
                case TWO_DECIMALS -> CsvCells.twoDecimals((java.math.BigDecimal) value);
                case AS_STORED -> CsvCells.plain((java.math.BigDecimal) value);
                case SHARE -> value == null ? "" : ((java.math.BigDecimal) value).setScale(3, java.math.RoundingMode.HALF_UP).toPlainString();
            };
        }

        /** The number a workbook cell holds: the very decimal the CSV shows ({@code 60.90} → 60.9); null for none. */
        Double number(Object value) {
            String text = csv(value);
            return text.isEmpty() ? null : Double.valueOf(text);
        }
    }
}

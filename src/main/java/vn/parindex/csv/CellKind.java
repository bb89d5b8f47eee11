package vn.parindex.csv;

/** What a value was in its file: every CSV value is TEXT; a workbook cell may be any of these (SPEC §11). */
public enum CellKind {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN,
    /** A cell holding an error value such as {@code #DIV/0!}; the value is that text. */
    ERROR
}

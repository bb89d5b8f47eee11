package vn.parindex.submission;

/** One row of a {@code .errors.csv}: physical line (0 for the whole file), column, code, Vietnamese message. */
public record FileError(long line, String column, String code, String message) {
}

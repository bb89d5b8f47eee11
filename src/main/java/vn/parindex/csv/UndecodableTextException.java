package vn.parindex.csv;

import java.io.IOException;

/**
 * Thrown by {@link StrictDecodingReader} as an {@link IOException} so that it travels through Commons CSV;
 * {@link CsvFileReader} unwraps it into the {@link CsvFormatException} it carries.
 */
final class UndecodableTextException extends IOException {
    private static final long serialVersionUID = 1L;

    private final CsvFormatException problem;

    UndecodableTextException(CsvFormatException problem) {
        super(problem.getMessage());
        this.problem = problem;
    }

    CsvFormatException problem() {
        return problem;
    }
}

package vn.parindex.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Finds the header (the first non-blank line) and picks the delimiter that occurs most often in it outside
 * quotes; ties and none fall back to comma.
 *
 * <p>This runs before the delimiter is known, so a line counts as blank when it holds nothing but
 * whitespace and the candidate delimiters {@code , ; TAB} (Excel writes {@code ,,,,} or {@code ;;;;} for
 * cleared rows). A line with a quote is never blank here.
 */
final class HeaderSniffer {
    record HeaderLocation(long line, char delimiter) {
    }

    private long line = 1;
    private boolean previousWasCarriageReturn;
    private boolean inHeader;
    private boolean inQuotes;
    private int commas;
    private int semicolons;
    private int tabs;

    private HeaderSniffer() {
    }

    /** Reads {@code text} up to the end of the header line; empty when the text has no non-blank line. */
    static Optional<HeaderLocation> find(Reader text) throws IOException {
        return new HeaderSniffer().scan(text);
    }

    private Optional<HeaderLocation> scan(Reader text) throws IOException {
        char[] buffer = new char[8192];
        int count;
        while ((count = text.read(buffer)) != -1) {
            for (int i = 0; i < count; i++) {
                if (accept(buffer[i])) {
                    return Optional.of(headerLocation());
                }
            }
        }
        return inHeader ? Optional.of(headerLocation()) : Optional.empty();
    }

    /** @return true when {@code c} ends the header */
    private boolean accept(char c) {
        boolean secondHalfOfCrLf = c == '\n' && previousWasCarriageReturn;
        previousWasCarriageReturn = c == '\r';
        if (secondHalfOfCrLf) {
            return false;
        }
        if (c == '\r' || c == '\n') {
            return endOfLine();
        }
        if (c == '"') {
            inHeader = true;
            inQuotes = !inQuotes;
            return false;
        }
        if (!inQuotes) {
            countDelimiter(c);
        }
        if (!isBlank(c)) {
            inHeader = true;
        }
        return false;
    }

    private boolean endOfLine() {
        if (inQuotes) {
            return false;
        }
        if (inHeader) {
            return true;
        }
        line++;
        commas = 0;
        semicolons = 0;
        tabs = 0;
        return false;
    }

    private void countDelimiter(char c) {
        switch (c) {
            case ',' -> commas++;
            case ';' -> semicolons++;
            case '\t' -> tabs++;
            default -> {
            }
        }
    }

    private static boolean isBlank(char c) {
        return c == ',' || c == ';' || c == '\t' || CellText.isPadding(c);
    }

    private HeaderLocation headerLocation() {
        char delimiter = ',';
        if (semicolons > commas && semicolons > tabs) {
            delimiter = ';';
        } else if (tabs > commas && tabs > semicolons) {
            delimiter = '\t';
        }
        return new HeaderLocation(line, delimiter);
    }
}

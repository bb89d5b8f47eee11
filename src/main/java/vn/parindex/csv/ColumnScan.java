package vn.parindex.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The distinct values of one column of a UTF-8 CSV file, read fast (bytes, no decoding or parsing beyond the
 * column) and on the safe side: values are coarsened (whitespace dropped, ASCII letters lower-cased), so two
 * values the full reader takes as equal always come out equal here; whatever this scan is not sure of (another
 * encoding, a non-ASCII value, a quoted field running over a line, a header it cannot place) gives no answer.
 * Used to tell files that cannot touch the same unit apart before they are loaded; {@link #survey} reads the
 * header and the values in one read of the file.
 */
public final class ColumnScan {

    private static final int BUFFER = 1 << 20;
    /**
     * A coarsened value longer than this gives no answer (a code has at most 32 characters): what the scan holds stays
     * small however long a hostile file's field is.
     */
    static final int MOST_VALUE_CHARS = 256;

    private ColumnScan() {
    }

    /**
     * What one read of a CSV file gives: its header (null when it cannot be read), and the coarsened distinct values
     * of a column (empty when not sure). {@code headerRunsOn}: the header did not end within the bytes a single
     * read keeps ({@link CsvFileReader#MOST_BYTES_BEFORE_HEADER_END}), so nothing is known from this read.
     */
    public record Survey(CsvHeader header, Optional<Set<String>> values, boolean headerRunsOn) {
    }

    /**
     * The coarsened distinct values of {@code column}, or empty when not sure or when there are more than
     * {@code most} of them: {@link #survey} without the header, on a file (the scan's own tests).
     */
    static Optional<Set<String>> distinct(Path file, String column, int most) {
        try (InputStream in = Files.newInputStream(file)) {
            return survey(in, column, most).values();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();   // the loader says why
        }
    }

    /**
     * Reads the header of the CSV file {@code in} holds (from its first byte), then the coarsened distinct values of
     * {@code column} as {@link #distinct} does, reading the bytes once. May stop before the end of {@code in}.
     */
    public static Survey survey(InputStream in, String column, int most) {
        ReplayableInput replay = new ReplayableInput(new BufferedInputStream(in, BUFFER), CsvFileReader.MOST_BYTES_BEFORE_HEADER_END);
        CsvFileReader csv;
        try {
            csv = CsvFileReader.open(replay, null, true);
        } catch (ReplayableInput.TooMuchToKeep headerRunsOn) {
            return new Survey(null, Optional.empty(), true);
        } catch (IOException | RuntimeException unreadable) {
            boolean runsOn = unreadable instanceof java.io.UncheckedIOException u && u.getCause() instanceof ReplayableInput.TooMuchToKeep;
            return new Survey(null, Optional.empty(), runsOn);
        }
        replay.rewind();
        replay.stopKeeping();
        try {
            return new Survey(csv.header(), distinct(replay, csv.dialect(), csv.header(), column, most), false);
        } catch (IOException e) {
            return new Survey(csv.header(), Optional.empty(), false);
        }
    }

    /**
     * A value as this scan coarsens it (whitespace dropped, ASCII letters lower-cased), or null when it holds a
     * character that is not ASCII or is too long: for values read otherwise (a workbook's cells), to compare with the
     * scan's.
     */
    public static String coarsened(String value) {
        StringBuilder coarse = new StringBuilder(Math.min(value.length(), MOST_VALUE_CHARS));
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0x7F || coarse.length() > MOST_VALUE_CHARS) {
                return null;
            }
            if (c > ' ') {
                coarse.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return coarse.length() > MOST_VALUE_CHARS ? null : coarse.toString();
    }

    private static Optional<Set<String>> distinct(InputStream fromStart, CsvDialect dialect, CsvHeader header, String column,
            int most) throws IOException {
        int index = -1;
        int named = 0;
        for (int i = 0; i < header.names().size(); i++) {
            if (header.names().get(i).strip().toLowerCase(Locale.ROOT).equals(column)) {
                index = i;
                named++;
            }
        }
        if (named != 1) {
            return Optional.empty();   // absent, or named twice: not sure which one the reader takes
        }
        boolean utf8 = dialect.charset().equals(StandardCharsets.UTF_8) || dialect.charset().equals(StandardCharsets.US_ASCII);
        if (index < 0 || !utf8 || dialect.delimiter() > 0x7F) {
            return Optional.empty();
        }
        return new Scan(index, (byte) dialect.delimiter(), header.line(), most).run(fromStart);
    }

    /** One pass over the lines after the header. */
    private static final class Scan {
        private final int column;
        private final byte delimiter;
        private final long headerLine;
        private final int most;
        private final Set<String> values = new HashSet<>();
        private final StringBuilder value = new StringBuilder();
        private long line = 1;
        private int field;
        private boolean quoted;
        private boolean afterQuote;
        private boolean unsure;
        private boolean anyContent;

        Scan(int column, byte delimiter, long headerLine, int most) {
            this.column = column;
            this.delimiter = delimiter;
            this.headerLine = headerLine;
            this.most = most;
        }

        Optional<Set<String>> run(InputStream in) throws IOException {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    take(buffer[i]);
                }
                if (unsure) {
                    return Optional.empty();
                }
            }
            endLine();
            return unsure ? Optional.empty() : Optional.of(values);
        }

        private void take(byte b) {
            if (line <= headerLine) {
                if (b == '\n') {
                    line++;
                } else if (b == '"') {
                    unsure = true;   // a quoted header may run over lines: the line count would be off
                }
                return;
            }
            if (b == '\n') {
                if (quoted) {
                    unsure = true;   // a field running over lines
                }
                endLine();
                return;
            }
            if (b == '"') {
                if (quoted) {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (afterQuote && field == column) {
                        value.append('"');   // "" inside a quoted field
                        unsure |= value.length() > MOST_VALUE_CHARS;
                    }
                    quoted = true;
                    afterQuote = false;
                }
                return;
            }
            afterQuote = false;
            if (b == delimiter && !quoted) {
                field++;
                return;
            }
            if (b != '\r' && b != ' ' && b != '\t') {
                anyContent = true;
            }
            if (field == column) {
                if (b < 0) {
                    unsure = true;   // not ASCII: the reader's normalisation (NFC) is not repeated here
                } else if (b > ' ') {
                    value.append((char) (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b));
                    unsure |= value.length() > MOST_VALUE_CHARS;
                }
            }
        }

        private void endLine() {
            if (anyContent && !unsure) {
                values.add(value.toString());
                if (values.size() > most) {
                    unsure = true;
                }
            }
            line++;
            field = 0;
            quoted = false;
            afterQuote = false;
            anyContent = false;
            value.setLength(0);
        }
    }
}

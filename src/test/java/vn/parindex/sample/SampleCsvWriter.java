package vn.parindex.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * Streams one CSV file in a {@link Dialect}: a row at a time, nothing kept. Strings are written as given
 * (quoted when they hold the delimiter or a quote); {@link BigDecimal}s in the dialect's decimal style; null is
 * an empty field. Deletes the file on {@link #close()} when no data row was written, since a header-only file is
 * not a valid submission.
 */
final class SampleCsvWriter implements AutoCloseable {

    private final Path file;
    private final Dialect dialect;
    private final Writer out;
    private long rows;

    SampleCsvWriter(Path file, Dialect dialect, String... header) {
        this.file = file;
        this.dialect = dialect;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
            if (dialect.bom()) {
                out.write('\uFEFF');
            }
            line((Object[]) header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(Object... cells) {
        line(cells);
        rows++;
    }

    long rows() {
        return rows;
    }

    private void line(Object... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(dialect.delimiter());
                }
                out.write(cell(cells[i]));
            }
            out.write(dialect.lineEnd());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number(number);
        }
        String text = Normalizer.normalize(value.toString(), Normalizer.Form.NFC);
        if (text.indexOf(dialect.delimiter()) >= 0 || text.indexOf('"') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** "1359.5" with a comma delimiter; "1.359,5" with a semicolon or tab one. */
    private String number(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        if (!dialect.decimalComma()) {
            return plain;
        }
        String sign = plain.startsWith("-") ? "-" : "";
        String digits = sign.isEmpty() ? plain : plain.substring(1);
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : "," + digits.substring(point + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return sign + grouped + fraction;
    }

    @Override
    public void close() {
        try {
            out.close();
            if (rows == 0) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

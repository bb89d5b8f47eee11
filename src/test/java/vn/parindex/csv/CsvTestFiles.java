package vn.parindex.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Writes test files and reads them back whole (test files are small). */
final class CsvTestFiles {
    private CsvTestFiles() {
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String text, Charset charset) {
        return writeBytes(dir, name, text.getBytes(charset));
    }

    static Path writeBytes(Path dir, String name, byte[]... parts) {
        try {
            Path file = dir.resolve(name);
            Files.deleteIfExists(file);
            for (byte[] part : parts) {
                Files.write(file, part, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static List<CsvRow> rowsOf(Path file) {
        try (CsvFileReader reader = CsvFileReader.open(file)) {
            List<CsvRow> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            return rows;
        }
    }

    static CsvRow row(long line, String... values) {
        return new CsvRow(line, List.of(values));
    }
}

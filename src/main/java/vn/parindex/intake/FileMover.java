package vn.parindex.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Moves a processed file out of the inbox, keeping its name and making it unique when taken. */
public final class FileMover {

    /** The longest file name most file systems take, in bytes. */
    static final int MAX_NAME_BYTES = 255;
    private static final String ERROR_REPORT = ".errors.csv";
    private static final String ERROR_WORKBOOK = ".errors.xlsx";

    private FileMover() {
    }

    /** Moves {@code file} into {@code folder}; returns where it went. */
    public static Path moveInto(Path file, Path folder) {
        return moveInto(file, folder, target -> { });
    }

    /** Like {@link #moveInto(Path, Path)}, first handing the chosen target to {@code beforeMove}. */
    public static Path moveInto(Path file, Path folder, java.util.function.Consumer<Path> beforeMove) {
        try {
            Files.createDirectories(folder);
            Path target = uniqueTarget(folder, file.getFileName().toString());
            beforeMove.accept(target);
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + folder, e);
        }
    }

    /**
     * {@code name}, or {@code stem (2).csv}, {@code stem (3).csv}, … the first that is free in {@code folder}
     * together with its {@code .errors.csv}. The stem is shortened (whole characters, from its end) so that the
     * name and its error report both fit in {@value #MAX_NAME_BYTES} bytes; the full name stays in the warehouse
     * and the run summary.
     */
    static Path uniqueTarget(Path folder, String name) {
        return folder.resolve(freeName(name, candidate -> {
            Path target = folder.resolve(candidate);
            return Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.exists(errorReportOf(target), LinkOption.NOFOLLOW_LINKS)
                    || Files.exists(errorWorkbookOf(target), LinkOption.NOFOLLOW_LINKS);
        }));
    }

    /** The first of {@code name}, {@code stem (2).csv}, … (each fitted to a file name, see above) not {@code taken}. */
    static String freeName(String name, java.util.function.Predicate<String> taken) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String suffixRoom = extension.length() > ERROR_WORKBOOK.length() ? extension : ERROR_WORKBOOK;
        for (int n = 1; ; n++) {
            String counter = n == 1 ? "" : " (" + n + ")";
            String candidate = fit(stem, bytes(counter + suffixRoom)) + counter + extension;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** {@code stem} cut at a character boundary so that it and {@code reserved} more bytes fit in a name. */
    private static String fit(String stem, int reserved) {
        int room = MAX_NAME_BYTES - reserved;
        if (bytes(stem) <= room) {
            return stem;
        }
        int end = 0;
        int used = 0;
        while (end < stem.length()) {
            int cp = stem.codePointAt(end);
            int size = bytes(new String(Character.toChars(cp)));
            if (used + size > room) {
                break;
            }
            used += size;
            end += Character.charCount(cp);
        }
        return stem.substring(0, end);
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** {@code name.csv} → {@code name.errors.xlsx}, beside it; {@code name.errors.csv} → the same. */
    public static Path errorWorkbookOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(ERROR_REPORT)) {
            return file.resolveSibling(name.substring(0, name.length() - ERROR_REPORT.length()) + ERROR_WORKBOOK);
        }
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ERROR_WORKBOOK);
    }

    /** {@code name.csv} → {@code name.errors.csv}, beside it. */
    public static Path errorReportOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ERROR_REPORT);
    }
}

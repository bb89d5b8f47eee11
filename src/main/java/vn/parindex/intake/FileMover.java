package vn.parindex.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Moves a processed file out of the inbox, keeping its name and making it unique when taken. */
public final class FileMover {

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

    /** {@code name}, or {@code stem (2).csv}, {@code stem (3).csv}, … the first that is free in {@code folder}. */
    static Path uniqueTarget(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(target) || Files.exists(errorReportOf(target)); n++) {
            target = folder.resolve(stem + " (" + n + ")" + extension);
        }
        return target;
    }

    /** {@code name.csv} → {@code name.errors.csv}, beside it. */
    public static Path errorReportOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".errors.csv");
    }
}

package vn.parindex.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code reports/<Y>/published/}: a version's files are written into {@code .<N>-<stage>.partial/}, the version's
 * rows committed, then the folder renamed to {@code <N>-<stage>/}. The commit is the point of truth, so a publish
 * killed at any moment leaves either no version (its partial folder is removed by the next command of the year's
 * record) or a committed version whose folder the next command finishes renaming.
 */
public final class PublishedFolders {

    private static final Logger log = LoggerFactory.getLogger(PublishedFolders.class);
    private static final String PARTIAL = ".partial";

    private final Path published;

    public PublishedFolders(Path yearReports) {
        this.published = yearReports.resolve("published");
    }

    public Path root() {
        return published;
    }

    public static String name(int version, String stage) {
        return version + "-" + stage;
    }

    public Path folder(int version, String stage) {
        return published.resolve(name(version, stage));
    }

    public Path partial(int version, String stage) {
        return published.resolve("." + name(version, stage) + PARTIAL);
    }

    /**
     * Finishes or removes what a killed publish left: a partial folder of a committed version (in {@code committed},
     * by folder name) is renamed into place, any other partial folder is deleted.
     */
    public void recover(Set<String> committed) {
        if (!Files.isDirectory(published)) {
            return;
        }
        try (Stream<Path> entries = Files.list(published)) {
            for (Path entry : entries.toList()) {
                String file = entry.getFileName().toString();
                if (!file.startsWith(".") || !file.endsWith(PARTIAL)) {
                    continue;
                }
                String name = file.substring(1, file.length() - PARTIAL.length());
                Path target = published.resolve(name);
                if (committed.contains(name) && !Files.exists(target)) {
                    log.warn("finishing published version {}: its files were written and its record committed by a publish that died", name);
                    moveIntoPlace(entry, target);
                } else {
                    log.warn("removing {}: left by a publish that died before its version was recorded", file);
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + published, e);
        }
    }

    public void moveIntoPlace(Path partial, Path target) {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            vn.parindex.installation.AtomicFiles.sync(List.of(), published);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + partial + " to " + target, e);
        }
    }

    /** Creates an empty partial folder (removing one left behind). */
    public Path freshPartial(int version, String stage) {
        Path partial = partial(version, stage);
        try {
            deleteTree(partial);
            Files.createDirectories(partial);
            return partial;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + partial, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

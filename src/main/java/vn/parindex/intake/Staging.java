package vn.parindex.intake;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.parindex.warehouse.OwnerOnly;

/**
 * {@code data/staging/}: before a run reads an inbox file it renames it here, into a folder of its own under the
 * owner-only {@code data/}. From then on nothing done to the inbox (a new version moved over the name, the file
 * deleted, a link put in its place) reaches the bytes being hashed, loaded and archived. A file left here by a run
 * that died goes back to the inbox at the start of the next run, which then finishes it (a file whose load had
 * committed is recognised by its SHA-256 and archived as a duplicate).
 */
final class Staging {

    private static final Logger log = LoggerFactory.getLogger(Staging.class);

    private final Path root;
    private final Path inbox;

    Staging(Folders folders) {
        this.root = folders.data().resolve("staging");
        this.inbox = folders.inbox();
    }

    /** Moves {@code file} (named relative to the inbox) into {@code data/staging/<token>/}; null when it is gone. */
    Path take(InboxFile file, String token) throws IOException {
        Path target = OwnerOnly.folder(root).resolve(token).resolve(file.name());
        Files.createDirectories(target.getParent());
        try {
            Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException gone) {
            return null;
        } catch (AtomicMoveNotSupportedException otherFileSystem) {
            log.warn("input/ and data/ are on different file systems: {} is copied out of the inbox instead of renamed",
                    Printable.of(file.name()));
            Files.move(file.path(), target);
        }
        return target;
    }

    /** Puts a staged file back into the inbox under {@code name} (made unique when a newer file took it). */
    Path giveBack(Path staged, String name) throws IOException {
        Path wanted = inbox.resolve(name);
        Files.createDirectories(wanted.getParent());
        Path target = FileMover.uniqueTarget(wanted.getParent(), wanted.getFileName().toString());
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        removeEmptyFolders(staged.getParent());
        return target;
    }

    /** Removes the staging folders left empty once {@code from}'s file has moved on. */
    void removeEmptyFolders(Path from) {
        for (Path dir = from; dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
            try {
                Files.delete(dir);
            } catch (IOException notEmpty) {
                return;
            }
        }
    }

    /** Returns every file a dead run left in staging to the inbox; the names it gave back. */
    List<String> returnLeftovers() throws IOException {
        List<String> returned = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return returned;
        }
        List<Path> tokens;
        try (var listing = Files.list(root)) {
            tokens = listing.sorted().toList();
        }
        for (Path token : tokens) {
            List<Path> files = new ArrayList<>();
            Files.walkFileTree(token, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
            for (Path file : files) {
                returned.add(inbox.relativize(giveBack(file, token.relativize(file).toString())).toString());
            }
            removeEmptyFolders(token);
        }
        return returned;
    }
}

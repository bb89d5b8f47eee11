package vn.parindex.intake;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.LoggerFactory;
import vn.parindex.installation.OwnerOnly;
import vn.parindex.installation.Folders;
import vn.parindex.installation.Printable;

/**
 * {@code data/staging/}: before a run reads an inbox file it renames it here, into a folder of its own under the
 * owner-only {@code data/}. From then on nothing done to the inbox (a new version moved over the name, the file
 * deleted, a link or a pipe put in its place) reaches the bytes being hashed, loaded and archived. A file left
 * here by a run that died goes back to the inbox at the start of the next run, which then finishes it (a file
 * whose load had committed is recognised by its SHA-256 and archived as a duplicate).
 *
 * <p>Moves into and out of the inbox go folder by folder through open directory handles that refuse links
 * ({@link SecureDirectoryStream}, {@code renameat} underneath): a subfolder swapped for a link to elsewhere while
 * the run waits cannot make it move a file that is not in the inbox, nor put one outside it.
 */
final class Staging {

    private final Path root;
    private final Path inbox;

    Staging(Folders folders) {
        this.root = folders.data().resolve("staging");
        this.inbox = folders.inbox();
    }

    /**
     * Moves {@code file} (found by a scan, named relative to the inbox) into {@code data/staging/<token>/}; null
     * when it is gone. Fails when a folder on its way is no longer a real folder of the inbox.
     */
    Path take(InboxFile file, String token) throws IOException {
        Path realInbox = inbox.toRealPath();
        // the scanned path keeps a name's bytes as they are (even when they are not UTF-8); the staged copy is
        // named by its text, which is what the plan and the archive carry
        Path source = file.path().startsWith(realInbox) ? realInbox.relativize(file.path()) : Path.of(file.name());
        Path target = OwnerOnly.folder(root).resolve(token).resolve(file.name());
        try (Handles from = Handles.walk(realInbox, source.getParent(), false)) {
            if (from == null) {
                return null;
            }
            Files.createDirectories(target.getParent());
            try (DirectoryStream<Path> to = Files.newDirectoryStream(target.getParent())) {
                from.last().move(source.getFileName(), (SecureDirectoryStream<Path>) to, target.getFileName());
            }
        } catch (NoSuchFileException gone) {
            removeEmptyFolders(target.getParent());
            return null;
        } catch (IOException e) {
            removeEmptyFolders(target.getParent());
            throw e;
        }
        return target;
    }

    /**
     * Puts a staged file back into the inbox under {@code name} (made unique when a newer file took it); into the
     * inbox's top folder when its subfolder is gone or is no longer a real folder.
     */
    Path giveBack(Path staged, String name) throws IOException {
        Path relative = Path.of(name);
        Path realInbox = Files.createDirectories(inbox).toRealPath();
        try (Handles into = Handles.walk(realInbox, relative.getParent(), true);
             DirectoryStream<Path> from = Files.newDirectoryStream(staged.getParent())) {
            String fileName = freeName(into.last(), relative.getFileName().toString());
            ((SecureDirectoryStream<Path>) from).move(staged.getFileName(), into.last(), Path.of(fileName));
            removeEmptyFolders(staged.getParent());
            return realInbox.resolve(into.reached()).resolve(fileName);
        }
    }

    /** {@code name}, or {@code stem (2).csv}, … fitted to a file name, the first not taken in {@code dir}. */
    private static String freeName(SecureDirectoryStream<Path> dir, String name) {
        return FileMover.freeName(name, candidate -> exists(dir, candidate));
    }

    private static boolean exists(SecureDirectoryStream<Path> dir, String name) {
        try {
            dir.getFileAttributeView(Path.of(name), BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes();
            return true;
        } catch (NoSuchFileException free) {
            return false;
        } catch (IOException unknown) {
            return true;
        }
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

    /** Removes {@code top} and the folders below it that hold no file. */
    private static void removeEmptyTree(Path top) throws IOException {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                try {
                    Files.delete(dir);
                } catch (IOException notEmpty) {
                    // a file that could not go back is still in it
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Returns every file a dead run left in staging to the inbox; the names it gave back. A file that cannot go
     * back is left where it is (and logged): it does not keep the others, nor the night, from going on.
     */
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
                try {
                    returned.add(inbox.toRealPath().relativize(giveBack(file, token.relativize(file).toString())).toString());
                } catch (IOException e) {
                    LoggerFactory.getLogger(Staging.class).error("cannot return {} to the inbox; it stays in staging",
                            Printable.of(file.toString()), e);
                }
            }
            removeEmptyTree(token);
        }
        return returned;
    }

    /** Open handles on the inbox and on each subfolder down a path, each opened without following a link. */
    private static final class Handles implements AutoCloseable {
        private final Deque<SecureDirectoryStream<Path>> open = new ArrayDeque<>();
        private Path reached = Path.of("");

        /**
         * Opens {@code top}, then each folder of {@code path} below it. A missing folder: null, or (when
         * {@code stopAtMissing}) the deepest folder reached; a link or a non-folder on the way: an exception,
         * or (when {@code stopAtMissing}) the deepest real folder before it.
         */
        static Handles walk(Path top, Path path, boolean stopAtMissing) throws IOException {
            Handles handles = new Handles();
            DirectoryStream<Path> first = Files.newDirectoryStream(top);
            if (!(first instanceof SecureDirectoryStream<Path> secure)) {
                first.close();
                throw new IOException("this file system cannot move files without following links");
            }
            handles.open.push(secure);
            if (path != null) {
                for (Path part : path) {
                    try {
                        handles.open.push(handles.last().newDirectoryStream(part, LinkOption.NOFOLLOW_LINKS));
                        handles.reached = handles.reached.resolve(part);
                    } catch (IOException e) {
                        if (stopAtMissing) {
                            break;
                        }
                        handles.close();
                        if (e instanceof NoSuchFileException) {
                            return null;
                        }
                        throw e;
                    }
                }
            }
            return handles;
        }

        SecureDirectoryStream<Path> last() {
            return open.peek();
        }

        Path reached() {
            return reached;
        }

        @Override
        public void close() throws IOException {
            while (!open.isEmpty()) {
                open.pop().close();
            }
        }
    }
}

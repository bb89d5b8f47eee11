package vn.parindex.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import vn.parindex.submission.Kind;
import vn.parindex.submission.SubmissionReader;

/**
 * Lists the inbox (and its subfolders) as SPEC §2 says: ignored names are left alone, files modified less than
 * {@code settle} ago wait for the next run, the rest come back in processing order — reference kinds first,
 * then data kinds, each by modification time then name; files whose kind cannot be told come last.
 *
 * <p>Links are never followed, neither to folders nor to files: a link (or a pipe, socket or device) with a name
 * that would be processed comes back as such, unopened, to be rejected. A subfolder that cannot be listed is
 * logged and passed over, so it does not stop the night.
 */
public final class InboxScanner {

    /** Reference kinds first, then data kinds, each by modification time then name; unknown kinds last. */
    public static final Comparator<InboxFile> PROCESSING_ORDER = Comparator
            .comparingInt((InboxFile f) -> f.kind() == null ? Kind.values().length : f.kind().ordinal())
            .thenComparing(InboxFile::modified)
            .thenComparing(InboxFile::name);

    private InboxScanner() {
    }

    public static boolean ignored(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~$") || name.endsWith(".part") || name.endsWith(".tmp")
                || name.endsWith(".crdownload") || name.endsWith(".errors.csv") || !name.endsWith(".csv");
    }

    public static InboxScan scan(Path inbox, Duration settle, Instant now) {
        if (!Files.isDirectory(inbox)) {
            return new InboxScan(List.of(), List.of());
        }
        List<InboxFile> ready = new ArrayList<>();
        List<InboxFile> unsettled = new ArrayList<>();
        try {
            Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(inbox) && dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                    if (ignored(path.getFileName().toString())) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = inbox.relativize(path).toString();
                    Instant modified = attributes.lastModifiedTime().toInstant();
                    if (!attributes.isRegularFile()) {
                        InboxFile.Entry entry = attributes.isSymbolicLink() ? InboxFile.Entry.LINK : InboxFile.Entry.SPECIAL;
                        ready.add(new InboxFile(path, name, 0, modified, null, entry));
                    } else if (modified.plus(settle).isAfter(now)) {
                        unsettled.add(new InboxFile(path, name, attributes.size(), modified, null));
                    } else {
                        ready.add(new InboxFile(path, name, attributes.size(), modified, peekKind(path)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path path, IOException e) {
                    LoggerFactory.getLogger(InboxScanner.class).warn("cannot look at {} in the inbox: {}",
                            Printable.of(path.toString()), Printable.of(String.valueOf(e.getMessage())));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
        ready.sort(PROCESSING_ORDER);
        return new InboxScan(ready, unsettled);
    }

    /** The kind announced by the header, or null when it cannot be read or told; read errors surface at load. */
    private static Kind peekKind(Path path) {
        try {
            return SubmissionReader.peekKind(path);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}

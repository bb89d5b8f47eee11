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
import vn.parindex.installation.Printable;

/**
 * Lists the inbox (and its subfolders) as SPEC §2 says: ignored names are left alone, files modified less than
 * {@code settle} ago wait for the next run, the rest come back in processing order — reference kinds first,
 * then data kinds, each by modification time then name; files whose kind cannot be told come last.
 *
 * <p>The scan opens no file: what an entry holds is read only once it has been moved out of the inbox (see
 * {@link FileIntake#stage}), where nobody can put a pipe or a link in its place. Links below the inbox are never
 * followed, neither to folders nor to files: a link (or a pipe, socket or device) with a name that would be
 * processed comes back as such, to be rejected unopened. The inbox folder itself may be a link (an administrator's
 * choice, such as a shared folder): names are taken relative to where it really is. An entry that cannot be
 * looked at (a path too long, a folder that cannot be listed) is reported, and the night goes on.
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
                || name.endsWith(".crdownload") || name.endsWith(".errors.csv")
                || name.endsWith(".errors.xlsx")
                || !(name.endsWith(".csv") || name.endsWith(".xlsx") || SpreadsheetFormat.of(fileName) != null);
    }

    public static InboxScan scan(Path configuredInbox, Duration settle, Instant now) {
        if (!Files.isDirectory(configuredInbox)) {
            return new InboxScan(List.of(), List.of(), List.of());
        }
        List<InboxFile> ready = new ArrayList<>();
        List<InboxFile> unsettled = new ArrayList<>();
        List<FileOutcome> unreachable = new ArrayList<>();
        try {
            Path inbox = configuredInbox.toRealPath();
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
                    InboxFile.Entry entry = InboxFile.Entry.of(attributes);
                    if (entry != InboxFile.Entry.FILE) {
                        ready.add(new InboxFile(path, name, 0, modified, null, entry));
                    } else if (modified.plus(settle).isAfter(now)) {
                        unsettled.add(new InboxFile(path, name, attributes.size(), modified, null));
                    } else {
                        ready.add(new InboxFile(path, name, attributes.size(), modified, null));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path path, IOException e) {
                    String name = path.startsWith(inbox) ? inbox.relativize(path).toString() : path.toString();
                    LoggerFactory.getLogger(InboxScanner.class).warn("cannot look at {} in the inbox: {}",
                            Printable.of(name), Printable.of(String.valueOf(e.getMessage())));
                    unreachable.add(FileOutcome.skipped(name, "cannot be looked at in the inbox (" + e.getClass().getSimpleName()
                            + "); check its path and permissions"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + configuredInbox, e);
        }
        return new InboxScan(ready, unsettled, unreachable);
    }

    /**
     * The entries with the kinds their headers announce (regular files only), in processing order. Opens each
     * file: for files already moved out of the inbox, or named by an administrator.
     */
    public static List<InboxFile> inProcessingOrder(List<InboxFile> files) {
        List<InboxFile> known = new ArrayList<>();
        for (InboxFile f : files) {
            known.add(f.entry() == InboxFile.Entry.FILE ? f.withKind(peekKind(f.path())) : f);
        }
        known.sort(PROCESSING_ORDER);
        return known;
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

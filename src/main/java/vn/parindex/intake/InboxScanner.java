package vn.parindex.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.parindex.submission.Kind;
import vn.parindex.submission.SubmissionReader;

/**
 * Lists the inbox (and its subfolders) as SPEC §2 says: ignored names are left alone, files modified less than
 * {@code settle} ago wait for the next run, the rest come back in processing order — reference kinds first,
 * then data kinds, each by modification time then name; files whose kind cannot be told come last.
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
        try (Stream<Path> walk = Files.walk(inbox)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                if (ignored(path.getFileName().toString()) || hasIgnoredFolder(inbox, path)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                Instant modified = attributes.lastModifiedTime().toInstant();
                String name = inbox.relativize(path).toString();
                if (modified.plus(settle).isAfter(now)) {
                    unsettled.add(new InboxFile(path, name, attributes.size(), modified, null));
                } else {
                    ready.add(new InboxFile(path, name, attributes.size(), modified, SubmissionReader.peekKind(path)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
        ready.sort(PROCESSING_ORDER);
        return new InboxScan(ready, unsettled);
    }

    private static boolean hasIgnoredFolder(Path inbox, Path file) {
        for (Path part : inbox.relativize(file).getParent() == null ? List.<Path>of() : inbox.relativize(file).getParent()) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

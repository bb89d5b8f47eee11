package vn.parindex.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * The shared strings of workbooks read once and kept (on disk, as {@link SharedStrings} holds them) for the next
 * reading of the same workbook: the intake reads a staged workbook's sheet to learn its kind and units, and its load
 * then reads the sheet again without parsing its strings again. A workbook is taken by one reader at a time, and only
 * while it is unchanged (same file, size and modification time); a few at most are kept, of bounded size together.
 */
final class KeptStrings {

    static final int MOST_WORKBOOKS = 64;
    static final long MOST_BYTES = 1L << 30;

    private record Seen(Object fileKey, long size, long modifiedMillis) {
    }

    private static final class Kept {
        final Seen seen;
        final SharedStrings strings;
        boolean inUse;
        boolean forgotten;

        Kept(Seen seen, SharedStrings strings) {
            this.seen = seen;
            this.strings = strings;
        }
    }

    private static final Map<Path, Kept> KEPT = new HashMap<>();
    private static long keptBytes;

    private KeptStrings() {
    }

    /** The strings kept for {@code file} as it is now, taken until {@link #giveBack}; null when none are free. */
    static synchronized SharedStrings take(Path file) {
        Kept kept = KEPT.get(key(file));
        if (kept == null || kept.inUse) {
            return null;
        }
        if (!kept.seen.equals(seen(file))) {
            forget(file);
            return null;
        }
        kept.inUse = true;
        return kept.strings;
    }

    /** Keeps {@code strings}, just read from {@code file}, taken by their reader; false when there is no room. */
    static synchronized boolean keep(Path file, SharedStrings strings) {
        Seen seen = seen(file);
        long bytes = strings.bytes();
        if (seen == null || bytes == 0 || KEPT.containsKey(key(file)) || KEPT.size() >= MOST_WORKBOOKS || keptBytes + bytes > MOST_BYTES) {
            return false;
        }
        Kept kept = new Kept(seen, strings);
        kept.inUse = true;
        KEPT.put(key(file), kept);
        keptBytes += bytes;
        return true;
    }

    /** The reader of {@code file} is done with its kept strings. */
    static synchronized void giveBack(Path file) {
        Kept kept = KEPT.get(key(file));
        if (kept != null) {
            kept.inUse = false;
            if (kept.forgotten) {
                drop(file, kept);
            }
        }
    }

    /** Lets the strings kept for {@code file} go (once its reader, if any, is done). */
    static synchronized void forget(Path file) {
        Kept kept = KEPT.get(key(file));
        if (kept != null) {
            kept.forgotten = true;
            if (!kept.inUse) {
                drop(file, kept);
            }
        }
    }

    static synchronized void forgetAll() {
        for (Path file : java.util.List.copyOf(KEPT.keySet())) {
            forget(file);
        }
    }

    static synchronized int count() {
        return KEPT.size();
    }

    private static void drop(Path file, Kept kept) {
        KEPT.remove(key(file));
        keptBytes -= kept.strings.bytes();
        try {
            kept.strings.close();
        } catch (IOException e) {
            LoggerFactory.getLogger(KeptStrings.class).warn("cannot close the kept shared strings of a workbook", e);
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static Seen seen(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new Seen(Objects.requireNonNullElse(a.fileKey(), "none"), a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException gone) {
            return null;
        }
    }
}

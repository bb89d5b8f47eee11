package vn.parindex.intake;

import java.nio.file.Path;
import java.time.Instant;
import vn.parindex.submission.Kind;

/**
 * An inbox entry to process: a settled regular file with the kind its header announces (null when it cannot be
 * told), or an entry that is not a regular file ({@link Entry#LINK}, {@link Entry#SPECIAL}), which is never opened.
 */
public record InboxFile(Path path, String name, long size, Instant modified, Kind kind, Entry entry) {

    public enum Entry {
        FILE, LINK, SPECIAL;

        /** What is at {@code path} now, without following a link (SPECIAL when it cannot be looked at). */
        public static Entry of(Path path) {
            try {
                return of(java.nio.file.Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS));
            } catch (java.io.IOException e) {
                return SPECIAL;
            }
        }

        /** What attributes read without following a link say the entry is. */
        public static Entry of(java.nio.file.attribute.BasicFileAttributes a) {
            return a.isRegularFile() ? FILE : a.isSymbolicLink() ? LINK : SPECIAL;
        }
    }

    public InboxFile(Path path, String name, long size, Instant modified, Kind kind) {
        this(path, name, size, modified, kind, Entry.FILE);
    }

    /** The same file at another place (its private copy in staging). */
    public InboxFile at(Path moved) {
        return new InboxFile(moved, name, size, modified, kind, entry);
    }

    public InboxFile withKind(Kind known) {
        return new InboxFile(path, name, size, modified, known, entry);
    }

    public InboxFile withEntry(Entry seen) {
        return new InboxFile(path, name, size, modified, kind, seen);
    }

    public String kindCode() {
        return kind == null ? null : kind.code();
    }
}

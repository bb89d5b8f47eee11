package vn.parindex.intake;

import java.nio.file.Path;
import java.time.Instant;
import vn.parindex.submission.Kind;

/**
 * An inbox entry to process: a settled regular file with the kind its header announces (null when it cannot be
 * told), or an entry that is not a regular file ({@link Entry#LINK}, {@link Entry#SPECIAL}), which is never opened.
 */
public record InboxFile(Path path, String name, long size, Instant modified, Kind kind, Entry entry) {

    public enum Entry { FILE, LINK, SPECIAL }

    public InboxFile(Path path, String name, long size, Instant modified, Kind kind) {
        this(path, name, size, modified, kind, Entry.FILE);
    }

    /** The same file at another place (its private copy in staging). */
    public InboxFile at(Path moved) {
        return new InboxFile(moved, name, size, modified, kind, entry);
    }

    public String kindCode() {
        return kind == null ? null : kind.code();
    }
}

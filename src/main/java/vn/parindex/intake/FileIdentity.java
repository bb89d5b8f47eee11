package vn.parindex.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;

/**
 * What tells that a file's bytes may have changed: inode, size, modification and status-change times (the last
 * cannot be set back by a writer). Taken before a staged file is read and again before its load commits.
 */
record FileIdentity(Object key, long size, Object modified, Object changed) {

    /** True when size and modification time (to the millisecond) are still what a scan saw. */
    boolean sameSizeAndTime(long scannedSize, java.time.Instant scannedModified) {
        return size == scannedSize && ((java.nio.file.attribute.FileTime) modified).toMillis() == scannedModified.toEpochMilli();
    }

    static FileIdentity of(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Object changed = null;
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            changed = unix.get("ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
            // size, inode and modification time still tell most changes
        }
        return new FileIdentity(Objects.requireNonNullElse(a.fileKey(), "none"), a.size(), a.lastModifiedTime(), changed);
    }
}

package vn.parindex.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A backup and its checksum are written as reports are (report.AtomicFiles): under a temporary name beside the
 * target, renamed into place when complete, so a process killed midway leaves only a {@code .<name>.tmp}. Here the
 * temporary file is also readable by its owner only from its first byte (the backup holds the whole warehouse),
 * and it is created new: a file or symbolic link someone planted at that name is never followed nor written
 * through (the rename then replaces a link at the target, never what it points to).
 */
final class OwnerOnlyFile {

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OwnerOnlyFile() {
    }

    static Path temporaryFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    static void write(Path target, Content content) throws IOException {
        Path tmp = temporaryFor(target);
        if (Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(tmp);   // a link is removed, not followed
        }
        List<FileAttribute<?>> attributes = new ArrayList<>();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            attributes.add(PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try {
            try (OutputStream out = java.nio.channels.Channels.newOutputStream(Files.newByteChannel(tmp,
                    java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
                    attributes.toArray(FileAttribute[]::new)))) {
                content.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException planted) {
            throw new IOException("cannot write " + target + ": " + tmp + " appeared while it was being created", planted);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

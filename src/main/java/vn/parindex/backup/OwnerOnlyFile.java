package vn.parindex.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import vn.parindex.installation.AtomicFiles;

/**
 * A backup and its checksum are written as every output is ({@link AtomicFiles}: a temporary name beside the target,
 * created new, renamed into place when complete, a link planted at either name never followed), and readable by
 * their owner only from the first byte: the backup holds the whole warehouse. A process killed midway leaves only a
 * {@code .<name>.tmp}.
 */
final class OwnerOnlyFile {

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OwnerOnlyFile() {
    }

    static void write(Path target, Content content) throws IOException {
        try {
            AtomicFiles.writeOwnerOnly(target, content::writeTo);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

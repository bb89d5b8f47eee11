package vn.parindex.installation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * Writes an output file under a temporary name beside its target and renames it into place (SPEC §8), without
 * ever following a link planted at either name (SPEC §3): whatever sits at the temporary name is removed (a link
 * is removed itself, never what it points to), the temporary file is created new ({@code O_CREAT|O_EXCL}, which
 * refuses an existing name, link or not), and the rename replaces a link at the final name instead of writing
 * through it. The job often runs as root; a link in a report or template folder must not let anyone aim it at
 * another file.
 */
public final class AtomicFiles {

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) {
        write(target, content, false);
    }

    /** Like {@link #write}, the file readable by its owner only from its first byte (backups, credentials). */
    public static void writeOwnerOnly(Path target, Content content) {
        write(target, content, true);
    }

    private static void write(Path target, Content content, boolean ownerOnly) {
        try {
            Path folder = target.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path tmp = folder.resolve(temporaryName(target.getFileName().toString()));
            try {
                Files.deleteIfExists(tmp);
                try (OutputStream out = Files.newOutputStream(Files.createFile(tmp, attributes(ownerOnly)),
                        StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                    content.writeTo(out);
                }
                Files.move(tmp, folder.resolve(target.getFileName()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                // a full disk or a failed render leaves no partial file behind
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** The most bytes a file name may have (ext4, XFS, tmpfs and most others). */
    private static final int MOST_NAME_BYTES = 255;

    /**
     * {@code .<name>.tmp}; for a name too long for that (an archive name is fitted to 255 bytes with its error
     * reports), its start and a hash of the whole name, so that it still fits and still belongs to that name alone.
     */
    static String temporaryName(String name) {
        String plain = "." + name + ".tmp";
        if (plain.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MOST_NAME_BYTES) {
            return plain;
        }
        String tail = "~" + Integer.toHexString(name.hashCode()) + ".tmp";
        int room = MOST_NAME_BYTES - 1 - tail.length();
        StringBuilder start = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (used + size > room) {
                break;
            }
            start.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return "." + start + tail;
    }

    private static FileAttribute<?>[] attributes(boolean ownerOnly) {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return ownerOnly && posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }

    /**
     * Flushes the files and their folder to disk, so a power loss after what follows (a commit, a schema change)
     * cannot leave them half-written or missing.
     */
    public static void sync(List<Path> files, Path folder) {
        try {
            for (Path file : files) {
                force(file, false);
            }
            force(folder, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush " + folder + " to disk", e);
        }
    }

    private static void force(Path path, boolean directory) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!directory) {
                throw e;
            }
            // some file systems cannot open a folder for syncing; the files themselves are synced
        }
    }

    /** Removes a report an earlier run wrote and this one does not (a link there is removed itself). */
    public static void deleteIfExists(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + target, e);
        }
    }
}

package vn.parindex.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A backup's {@code <file>.sha256}, in the format of {@code sha256sum} (the hex digest, two spaces, the file's
 * name), so {@code sha256sum -c} checks a copy moved to another server too.
 */
final class Checksums {

    private Checksums() {
    }

    static Path fileFor(Path backup) {
        return backup.resolveSibling(backup.getFileName() + BackupFormat.CHECKSUM_SUFFIX);
    }

    static void write(Path backup, String hex) throws IOException {
        byte[] line = (hex + "  " + backup.getFileName() + "\n").getBytes(StandardCharsets.UTF_8);
        OwnerOnlyFile.write(fileFor(backup), out -> out.write(line));
    }

    /** Refuses {@code backup} unless its {@code .sha256} is there and names the SHA-256 of its bytes. */
    static void verify(Path backup) throws IOException {
        Path sidecar = fileFor(backup);
        if (!Files.isRegularFile(sidecar)) {
            throw new RefusedException(backup + " has no checksum beside it (" + sidecar.getFileName()
                    + " is missing): it may be incomplete; nothing was changed");
        }
        String text = Files.readString(sidecar, StandardCharsets.UTF_8).trim();
        String expected = text.isEmpty() ? "" : text.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (!expected.matches("[0-9a-f]{64}")) {
            throw new RefusedException(sidecar + " does not hold a SHA-256 (64 hexadecimal digits); nothing was changed");
        }
        String actual = of(backup);
        if (!actual.equals(expected)) {
            throw new RefusedException(backup + " does not match its checksum (SHA-256 " + actual + ", " + sidecar.getFileName()
                    + " says " + expected + "): the file is damaged or was changed; nothing was changed");
        }
    }

    static String of(Path file) throws IOException {
        MessageDigest sha = Backups.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}

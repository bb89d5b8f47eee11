package vn.parindex.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Where {@code template --out DIR} may write (SPEC §11, docs/decisions.md): the job often runs as root, and the
 * folder's files are handed to staff, so DIR may not lie inside a system location (after following every link in
 * its path) and may not belong to another user. A DIR that does not exist yet is judged by its nearest existing
 * folder, which it will be created in.
 */
public final class TemplateFolder {

    private static final List<String> SYSTEM = List.of("/etc", "/usr", "/bin", "/sbin", "/boot", "/dev", "/proc", "/sys", "/var/lib");

    private TemplateFolder() {
    }

    /** @throws TemplateRefusal naming the folder and the rule it breaks */
    public static void check(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        try {
            Path real = existing.toRealPath().resolve(existing.relativize(absolute));
            if (system(real)) {
                throw new TemplateRefusal(List.of("--out " + folder + " is inside a system location (" + real
                        + "): templates go into templates/<year>/ or a folder of your own"));
            }
            if (!Files.isDirectory(existing)) {
                throw new TemplateRefusal(List.of("--out " + folder + ": " + existing + " is not a folder"));
            }
            String owner = Files.getOwner(existing).getName();
            String user = System.getProperty("user.name");
            if (!owner.equals(user)) {
                throw new TemplateRefusal(List.of("--out " + folder + ": " + existing + " belongs to " + owner + ", not to " + user
                        + " who runs parindex; choose a folder of " + user + "'s"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean system(Path real) {
        String path = real.toString();
        if (real.getNameCount() == 0) {
            return true;   // the root folder itself
        }
        if (real.getNameCount() >= 1 && real.getName(0).toString().startsWith("lib")) {
            return true;   // /lib, /lib32, /lib64, /libx32
        }
        return SYSTEM.stream().anyMatch(s -> path.equals(s) || path.startsWith(s + "/"));
    }
}

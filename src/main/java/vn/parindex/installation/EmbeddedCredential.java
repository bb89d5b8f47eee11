package vn.parindex.installation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The account the embedded server admits (SPEC §14): generated at the installation's first start, kept in an
 * owner-only file under {@code data/}. A lost or unreadable file is replaced by a new credential, which the
 * next server start installs (the server's own grant tables are rewritten then, see {@link EmbeddedDatabase}).
 */
public record EmbeddedCredential(String user, String password) {

    public static final String USER = "parindex";

    public static EmbeddedCredential loadOrCreate(Path file) throws IOException {
        if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            OwnerOnly.tighten(file);
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            String password = p.getProperty("password", "");
            if (password.matches("[0-9a-f]{48}")) {
                return new EmbeddedCredential(USER, password);
            }
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        EmbeddedCredential created = new EmbeddedCredential(USER, HexFormat.of().formatHex(secret));
        OwnerOnly.writeFile(file, "# The embedded warehouse's account, generated for this installation. Keep it private.\n"
                + "user=" + USER + "\npassword=" + created.password + "\n");
        return created;
    }

    @Override
    public String toString() {
        return "EmbeddedCredential[user=" + user + "]";
    }
}

package vn.parindex;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * This build's version (the pom's) and git commit, from {@code vn/parindex/build.properties} which the build
 * writes (pom.xml, maven-antrun-plugin). A build from sources without git says {@code unknown} for the commit;
 * classes run straight from an IDE without that file say {@code unknown} for both.
 */
public record Version(String version, String commit) {

    private static final String UNKNOWN = "unknown";

    public static Version current() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/vn/parindex/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Version(value(p, "version"), value(p, "commit"));
    }

    private static String value(Properties p, String key) {
        String value = p.getProperty(key, "").trim();
        return value.isEmpty() || value.startsWith("${") ? UNKNOWN : value;
    }

    /** {@code parindex 0.1.0 (commit 3f2a9c1d0e4b)}. */
    @Override
    public String toString() {
        return "parindex " + version + " (commit " + commit + ")";
    }
}

package vn.parindex.installation;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the warehouse lives: {@code PARINDEX_DB_URL}, {@code PARINDEX_DB_USER}, {@code PARINDEX_DB_PASSWORD} from
 * the environment, else from {@code parindex.properties} in the installation root. No URL means the embedded
 * server.
 */
public record DatabaseSettings(String url, String user, String password) {

    /**
     * Where the driver may read files a server asks for: a path that can never exist (nothing can live under a
     * device), so every such request is refused. Naming it makes the driver still offer LOCAL INFILE to the server,
     * which LoadDataTransport needs for its own stream.
     */
    static final String NO_LOCAL_FILES = "/dev/null/parindex-reads-no-local-files";

    /** Driver options that would let a server read files of this machine (see LoadDataTransport). */
    private static final String[] FORBIDDEN_OPTIONS = {"allowLoadLocalInfile", "allowLoadLocalInfileInPath", "allowUrlInLocalInfile"};

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    public static DatabaseSettings resolve(Path home, Map<String, String> env) {
        Properties file = ConfigFile.read(home);
        String url = setting("PARINDEX_DB_URL", env, file);
        if (url != null && !url.startsWith("jdbc:mysql://")) {
            throw new ConfigurationException("PARINDEX_DB_URL must be a jdbc:mysql:// URL, got " + Redaction.url(url));
        }
        if (url != null) {
            try {
                com.mysql.cj.conf.ConnectionUrl.getConnectionUrlInstance(url, new Properties());
            } catch (RuntimeException unparsable) {
                // the driver's own message quotes the URL, password and all: it is never shown
                throw new ConfigurationException("PARINDEX_DB_URL is not a URL the MySQL driver can read: " + Redaction.url(url)
                        + " (a password with @, #, / or : in it must be written percent-encoded, or set as PARINDEX_DB_PASSWORD)");
            }
            for (String option : FORBIDDEN_OPTIONS) {
                if (url.toLowerCase(java.util.Locale.ROOT).contains(option.toLowerCase(java.util.Locale.ROOT) + "=")) {
                    throw new ConfigurationException("PARINDEX_DB_URL must not set " + option
                            + ": parindex sends the server only the rows it streams itself, never a file the server names");
                }
            }
        }
        return new DatabaseSettings(url, setting("PARINDEX_DB_USER", env, file), setting("PARINDEX_DB_PASSWORD", env, file));
    }

    private static String setting(String key, Map<String, String> env, Properties file) {
        String value = env.get(key);
        if (value == null || value.isBlank()) {
            value = file.getProperty(key);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * The URL with the driver options the loaders rely on, unless the administrator set them. LOCAL INFILE stays
     * off ({@code allowLoadLocalInfile} is the driver's default, false, and the one path files may come from cannot
     * exist): only LoadDataTransport turns it on, for its own statement and its own stream. TLS options ({@code sslMode=VERIFY_IDENTITY}, …) pass through as given.
     */
    public String jdbcUrl() {
        StringBuilder u = new StringBuilder(url);
        char sep = url.contains("?") ? '&' : '?';
        for (String option : new String[] {"rewriteBatchedStatements=true", "characterEncoding=UTF-8",
                "connectTimeout=10000", "allowLoadLocalInfileInPath=" + NO_LOCAL_FILES}) {
            String name = option.substring(0, option.indexOf('='));
            if (!url.contains(name + "=")) {
                u.append(sep).append(option);
                sep = '&';
            }
        }
        return u.toString();
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + Redaction.url(url) + ", user=" + user + "]";
    }
}

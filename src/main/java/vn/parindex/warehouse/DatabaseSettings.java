package vn.parindex.warehouse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the warehouse lives: {@code PARINDEX_DB_URL}, {@code PARINDEX_DB_USER}, {@code PARINDEX_DB_PASSWORD} from
 * the environment, else from {@code parindex.properties} in the installation root. No URL means the embedded
 * server.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String CONFIG_FILE = "parindex.properties";

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    public static DatabaseSettings resolve(Path home, Map<String, String> env) {
        Properties file = new Properties();
        Path config = home.resolve(CONFIG_FILE);
        if (Files.isRegularFile(config)) {
            try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                file.load(in);
            } catch (IOException e) {
                throw new ConfigurationException("cannot read " + config + ": " + e.getMessage());
            }
        }
        String url = setting("PARINDEX_DB_URL", env, file);
        if (url != null && !url.startsWith("jdbc:mysql://")) {
            throw new ConfigurationException("PARINDEX_DB_URL must be a jdbc:mysql:// URL, got " + url);
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

    /** The URL with the driver options the loaders rely on, unless the administrator set them. */
    public String jdbcUrl() {
        StringBuilder u = new StringBuilder(url);
        char sep = url.contains("?") ? '&' : '?';
        for (String option : new String[] {"rewriteBatchedStatements=true", "characterEncoding=UTF-8",
                "connectTimeout=10000", "allowPublicKeyRetrieval=true",
                "allowLoadLocalInfile=true"}) {
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
        return "DatabaseSettings[url=" + url + ", user=" + user + "]";
    }
}

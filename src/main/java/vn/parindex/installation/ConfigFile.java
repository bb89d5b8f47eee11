package vn.parindex.installation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** {@code parindex.properties} in the installation root, read as UTF-8; no such file reads as no settings. */
public final class ConfigFile {

    public static final String NAME = "parindex.properties";

    private ConfigFile() {
    }

    public static Properties read(Path home) {
        Properties file = new Properties();
        Path config = home.resolve(NAME);
        if (Files.isRegularFile(config)) {
            try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
                file.load(in);
            } catch (IOException e) {
                throw new ConfigurationException("cannot read " + config + ": " + e.getMessage());
            }
        }
        return file;
    }
}

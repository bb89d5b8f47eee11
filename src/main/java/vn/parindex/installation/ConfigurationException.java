package vn.parindex.installation;

/** A setting that cannot work (exit code 2). */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }
}

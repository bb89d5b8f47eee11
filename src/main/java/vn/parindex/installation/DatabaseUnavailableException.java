package vn.parindex.installation;

/** The warehouse database cannot be reached or started (exit code 1). */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

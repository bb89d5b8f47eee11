package vn.parindex.backup;

/** A backup or restore that must not go ahead (exit 2); nothing was changed. */
public final class RefusedException extends RuntimeException {

    public RefusedException(String message) {
        super(message);
    }
}

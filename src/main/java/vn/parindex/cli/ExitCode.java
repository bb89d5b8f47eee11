package vn.parindex.cli;

/** Exit codes of SPEC §9. */
public enum ExitCode {
    DONE(0), FAILED(1), BAD_USAGE(2), BUSY(3), REJECTED(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}

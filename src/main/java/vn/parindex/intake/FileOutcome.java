package vn.parindex.intake;

import java.util.List;
import vn.parindex.submission.FileError;

/**
 * What became of one inbox file in a run. Status: accepted, duplicate, rejected, skipped-unsettled (still being
 * written: the next run takes it) or skipped (left in the inbox for the next run, {@code note} says why).
 */
public record FileOutcome(String name, String kind, String sha256, String status, long rows, long errorCount,
        List<FileError> errors, String note) {

    public static final String SKIPPED = "skipped";

    public FileOutcome(String name, String kind, String sha256, String status, long rows, long errorCount, List<FileError> errors) {
        this(name, kind, sha256, status, rows, errorCount, errors, null);
    }

    public static FileOutcome skipped(String name, String note) {
        return new FileOutcome(name, null, null, SKIPPED, 0, 0, List.of(), note);
    }

    public boolean rejected() {
        return "rejected".equals(status);
    }

    /** A file this run could not finish with, through no fault of its content: the run ends 4 and says why. */
    public boolean skipped() {
        return SKIPPED.equals(status);
    }
}

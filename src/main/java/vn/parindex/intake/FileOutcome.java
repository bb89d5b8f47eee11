package vn.parindex.intake;

import java.util.List;
import vn.parindex.submission.FileError;

/** What became of one inbox file in a run. Status: accepted, duplicate, rejected or skipped-unsettled. */
public record FileOutcome(String name, String kind, String sha256, String status, long rows, long errorCount,
        List<FileError> errors) {

    public boolean rejected() {
        return "rejected".equals(status);
    }
}

package vn.parindex.submission;

import java.util.List;

/**
 * The contract of one CSV kind: its columns, the checks of each row, and the typed record a valid row becomes.
 * A contract instance serves one file, so kinds with file-wide checks may keep state until {@link #finish}.
 */
public interface SubmissionContract<R> {

    Kind kind();

    /** Required columns, lower-case. */
    List<String> requiredColumns();

    /** The typed record of a row, or null when a check failed (the error is already recorded on the row). */
    R read(Row row, ReferenceData reference);

    /** The key that must be unique inside one file, or null for kinds without one. */
    Object duplicateKey(R record);

    /** Columns making up the duplicate key, for messages. */
    String duplicateKeyColumns();

    /** File-wide checks after the last row (trees, band completeness). */
    default void finish(FileErrors errors) {
    }
}

package vn.parindex.warehouse.load;

import vn.parindex.submission.SubmissionReader;

/**
 * The records of one submitted file, read and checked by the intake and pushed into a sink: the warehouse loads
 * what it is handed and never reads a file itself. Each call reads the file again from its start.
 */
@FunctionalInterface
public interface FileRecords {

    /** Reads every row into {@code sink} (its valid records); what the reading found. */
    SubmissionReader.Result readInto(SubmissionReader.Sink sink);
}

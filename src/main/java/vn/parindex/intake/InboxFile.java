package vn.parindex.intake;

import java.nio.file.Path;
import java.time.Instant;
import vn.parindex.submission.Kind;

/** A settled CSV file found in the inbox, with the kind its header announces (null when it cannot be told). */
public record InboxFile(Path path, String name, long size, Instant modified, Kind kind) {
}

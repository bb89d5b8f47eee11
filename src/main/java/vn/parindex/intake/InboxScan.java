package vn.parindex.intake;

import java.util.List;

/**
 * What a scan of the inbox found: entries to process (in scan order; their kinds are not read here), files still
 * being copied (left for later), and entries that could not even be looked at (left, each with the reason).
 */
public record InboxScan(List<InboxFile> ready, List<InboxFile> unsettled, List<FileOutcome> unreachable) {
}

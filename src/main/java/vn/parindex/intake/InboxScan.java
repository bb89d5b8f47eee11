package vn.parindex.intake;

import java.util.List;

/** What a scan of the inbox found: files to process in order, and files still being copied (left for later). */
public record InboxScan(List<InboxFile> ready, List<InboxFile> unsettled) {
}

package vn.parindex.collection;

import java.time.LocalDateTime;

/** A file the warehouse holds for a unit: its name as sent and when it was taken in. */
public record ReceivedFile(String name, LocalDateTime at) {
}

package vn.parindex.collection;

import java.time.LocalDateTime;

/**
 * A rejected file whose rows named one unit (SPEC §16): its kind (null when the header was not recognised), its
 * name, when it was rejected and the code of its first error ({@code input/rejected/<name>.errors.csv} has all).
 */
public record Rejection(DataKind kind, String fileName, LocalDateTime at, String code) {
}

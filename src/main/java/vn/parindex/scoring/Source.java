package vn.parindex.scoring;

/** Lineage of a figure: the accepted file it came from and, for a single row, its physical line (else null). */
public record Source(long fileId, String fileName, String sha256, Long line) {
}

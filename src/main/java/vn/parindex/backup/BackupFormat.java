package vn.parindex.backup;

import java.nio.charset.StandardCharsets;

/**
 * The layout of a parindex backup (docs/decisions.md, "Backup and restore"): a compressed stream (format 2: LZ4
 * frames; format 1, still read: gzip) holding
 * <ol>
 *   <li>the magic line {@code PARINDEX-BACKUP\n} and the format version (an int),</li>
 *   <li>the manifest ({@link Manifest}, properties text),</li>
 *   <li>per table {@code 'T'}, its name, its columns (name, {@link #TEXT} or {@link #BYTES}), each row as
 *       {@code 'R'} and one value per column, and {@code 'E'} with the number of rows,</li>
 *   <li>per published file {@code 'F'}, its path under the installation root, its size and bytes,</li>
 *   <li>{@code 'Z'} and the totals (tables, rows, files): a stream without it is cut short.</li>
 * </ol>
 * Strings are an int length and UTF-8 bytes. A row's value, in format 2, is a varint {@code n} (7 bits a byte, low
 * bits first): 0 for NULL, else {@code n - 1} bytes follow (UTF-8 text or binary, as the column says). In format 1 it
 * was {@link #NULL}, or {@link #TEXT} / {@link #BYTES} with an int length and the bytes, five bytes more per value.
 */
final class BackupFormat {

    static final byte[] MAGIC = "PARINDEX-BACKUP\n".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT_VERSION = 2;
    /** The first format, gzip with tagged values: still restored (backups of 0.1.0 are). */
    static final int FORMAT_GZIP = 1;

    static final byte TABLE = 'T';
    static final byte ROW = 'R';
    static final byte TABLE_END = 'E';
    static final byte FILE = 'F';
    static final byte END = 'Z';

    static final byte NULL = 0;
    static final byte TEXT = 1;
    static final byte BYTES = 2;

    /** Backup files are named {@code parindex-<UTC time>.backup}; {@code --keep} counts only those. */
    static final String PREFIX = "parindex-";
    static final String SUFFIX = ".backup";
    static final String CHECKSUM_SUFFIX = ".sha256";

    /** The table Flyway keeps its history in: never copied, rebuilt by the migrations on restore. */
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private BackupFormat() {
    }
}

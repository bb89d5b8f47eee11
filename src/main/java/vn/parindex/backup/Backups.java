package vn.parindex.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4FrameOutputStream;
import net.jpountz.xxhash.XXHashFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.parindex.Version;
import vn.parindex.installation.DatabaseSettings;
import vn.parindex.installation.OwnerOnly;

/**
 * {@code parindex backup} (SPEC §17): the warehouse as of one moment (one transaction with a consistent snapshot,
 * while the installation lock keeps every run out) and the published versions' files, into one compressed file (LZ4 frames) written
 * under a temporary name and renamed, then its SHA-256 into {@code <file>.sha256} the same way. The caller holds
 * the installation lock.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What a backup holds. */
    public record Written(Path file, long bytes, String sha256, int tables, long rows, int files, String schemaVersion) {
    }

    private Backups() {
    }

    /** The installation's default backup folder. */
    public static Path defaultFolder(Path home) {
        return home.resolve("backups");
    }

    /**
     * Backs up the warehouse {@code database} and {@code home}'s published files into a new file in
     * {@code folder} (created owner-only when missing), named after {@code now}.
     */
    public static Written backup(DatabaseSettings database, Path home, Path folder, Instant now) throws IOException, SQLException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new RefusedException(folder + " is not a folder");
        }
        if (!Files.exists(folder)) {
            OwnerOnly.folder(folder);
        }
        removeLeftovers(folder);
        Path file = freeName(folder, now);
        MessageDigest sha = sha256();
        long[] bytes = {0};
        Summary[] summary = {null};
        OwnerOnlyFile.write(file, out -> {
            CountingOutputStream counted = new CountingOutputStream(out);
            // no BufferedOutputStream: its synchronized writes, several per value, cost more than the rest of a row;
            // OffThreadOutputStream buffers without locking
            try (BackupOutput data = new BackupOutput(new OffThreadOutputStream(
                    lz4(new DigestOutputStream(counted, sha)),
                    "backup-compress"))) {
                summary[0] = write(database, home, now, data);
            } catch (SQLException e) {
                throw new IOException(e);
            }
            bytes[0] = counted.count;
        });
        String hex = HexFormat.of().formatHex(sha.digest());
        Checksums.write(file, hex);
        LOG.info("backup {}: {} tables, {} rows, {} files, {} bytes, schema version {}", file, summary[0].tables, summary[0].rows,
                summary[0].files, bytes[0], summary[0].schemaVersion);
        return new Written(file, bytes[0], hex, summary[0].tables, summary[0].rows, summary[0].files, summary[0].schemaVersion);
    }

    private record Summary(int tables, long rows, int files, String schemaVersion) {
    }

    private static Summary write(DatabaseSettings database, Path home, Instant now, BackupOutput out) throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION time_zone = '+00:00'");
                s.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT");
            }
            String schema = Migrations.applied(c).map(Object::toString).orElse(null);
            List<WarehouseTables.Table> tables = new ArrayList<>();
            List<String> selects = new ArrayList<>();
            for (String name : WarehouseTables.dataTables(c)) {
                WarehouseTables.Table table = WarehouseTables.table(c, name);
                tables.add(table);
                selects.add(WarehouseTables.select(table));
            }
            Version version = Version.current();
            out.write(BackupFormat.MAGIC);
            out.writeInt(BackupFormat.FORMAT_VERSION);
            String server = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            out.writeString(new Manifest(BackupFormat.FORMAT_VERSION, version.version(), version.commit(), schema, now, server).text());
            long rows = 0;
            for (int t = 0; t < tables.size(); t++) {
                rows += writeTable(c, tables.get(t), selects.get(t), out);
            }
            int files = 0;
            for (Path published : PublishedFiles.under(home)) {
                writeFile(home, published, out);
                files++;
            }
            out.writeByte(BackupFormat.END);
            out.writeInt(tables.size());
            out.writeLong(rows);
            out.writeInt(files);
            c.commit();
            return new Summary(tables.size(), rows, files, schema);
        }
    }

    private static long writeTable(Connection c, WarehouseTables.Table table, String select, BackupOutput out) throws IOException, SQLException {
        out.writeByte(BackupFormat.TABLE);
        out.writeString(table.name());
        List<WarehouseTables.Column> columns = table.columns();
        out.writeInt(columns.size());
        for (WarehouseTables.Column column : columns) {
            out.writeString(column.name());
            out.writeByte(column.bytes() ? BackupFormat.BYTES : BackupFormat.TEXT);
        }
        long rows = 0;
        try (Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            s.setFetchSize(Integer.MIN_VALUE);   // Connector/J streams the rows instead of holding the table in memory
            try (ResultSet rs = s.executeQuery(select)) {
                int n = columns.size();
                while (rs.next()) {
                    out.writeByte(BackupFormat.ROW);
                    for (int i = 1; i <= n; i++) {
                        // the value's bytes as the server sent them (UTF-8 text or binary), never decoded and encoded again
                        byte[] value = rs.getBytes(i);
                        if (value == null) {
                            out.writeByte(0);
                        } else {
                            out.writeVarint(value.length + 1);
                            out.write(value, 0, value.length);
                        }
                    }
                    rows++;
                }
            }
        }
        out.writeByte(BackupFormat.TABLE_END);
        out.writeLong(rows);
        return rows;
    }

    private static void writeFile(Path home, Path file, BackupOutput out) throws IOException {
        out.writeByte(BackupFormat.FILE);
        out.writeString(PublishedFiles.relative(home, file));
        long size = Files.size(file);
        out.writeLong(size);
        long copied;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            copied = in.transferTo(out);
        }
        if (copied != size) {
            throw new IOException(file + " changed while it was backed up");
        }
    }

    /**
     * Keeps the newest {@code keep} complete backups (a file with its {@code .sha256}) in {@code folder} and removes
     * the older ones with their checksums; returns what it removed. Files not named like a backup are left alone.
     */
    public static List<Path> keepNewest(Path folder, int keep) throws IOException {
        List<Path> backups = complete(folder);
        List<Path> removed = new ArrayList<>();
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            Files.deleteIfExists(Checksums.fileFor(old));   // the checksum first: a half-removed backup never looks complete
            Files.deleteIfExists(old);
            removed.add(old);
        }
        return removed;
    }

    /** The newest complete backup in {@code folder}, if it holds one. */
    static java.util.Optional<Path> newest(Path folder) throws IOException {
        return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) ? complete(folder).stream().findFirst() : java.util.Optional.empty();
    }

    /** The complete backups of {@code folder} (a file with its {@code .sha256}), newest first. */
    private static List<Path> complete(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Backups::named)
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> Files.isRegularFile(Checksums.fileFor(p), LinkOption.NOFOLLOW_LINKS))
                    .sorted(java.util.Comparator.comparing(Backups::madeAt).reversed())
                    .toList();
        }
    }

    /**
     * A backup's time and sequence from its name, {@code parindex-<UTC time>[-<n>].backup}: the second made in the
     * same second is {@code -2}, which a plain comparison of names would put before the first.
     */
    private static String madeAt(Path p) {
        String name = p.getFileName().toString();
        String stem = name.substring(BackupFormat.PREFIX.length(), name.length() - BackupFormat.SUFFIX.length());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.*Z)-(\\d{1,9})").matcher(stem);
        return m.matches() ? m.group(1) + String.format("-%09d", Integer.parseInt(m.group(2))) : stem + "-000000001";
    }

    private static boolean named(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(BackupFormat.PREFIX) && name.endsWith(BackupFormat.SUFFIX);
    }

    /** A backup killed midway leaves its temporary file: the next one (under the same lock) removes it. */
    private static void removeLeftovers(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "." + BackupFormat.PREFIX + "*.tmp")) {
            for (Path leftover : files) {
                Files.deleteIfExists(leftover);
                LOG.info("removed {}, left by a backup that did not finish", leftover);
            }
        }
    }

    /**
     * {@code parindex-<UTC time>.backup}, or {@code -<n>} past the highest sequence that second already has: a name
     * freed by {@code --keep} is never used again, so the newest backup always has the greatest name of its second.
     */
    private static Path freeName(Path folder, Instant now) throws IOException {
        String stamp = BackupFormat.PREFIX + NAME_TIME.format(now);
        int highest = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.equals(stamp + BackupFormat.SUFFIX) || name.startsWith(stamp + BackupFormat.SUFFIX + ".")) {
                    highest = Math.max(highest, 1);
                } else if (name.startsWith(stamp + "-")) {
                    String rest = name.substring(stamp.length() + 1);
                    int end = 0;
                    while (end < rest.length() && end < 9 && Character.isDigit(rest.charAt(end))) {
                        end++;
                    }
                    if (end > 0 && rest.startsWith(BackupFormat.SUFFIX, end)) {
                        highest = Math.max(highest, Integer.parseInt(rest.substring(0, end)));
                    }
                }
            }
        }
        return folder.resolve(highest == 0 ? stamp + BackupFormat.SUFFIX : stamp + "-" + (highest + 1) + BackupFormat.SUFFIX);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * LZ4 frames with the fastest compressor there is: the native one bundled with lz4-java where it loads, else pure
     * Java (the frame stream's own default is pure Java, three times slower here). Reading uses the safe Java
     * decompressor, whatever the file holds.
     */
    private static OutputStream lz4(OutputStream out) throws IOException {
        return new LZ4FrameOutputStream(out, LZ4FrameOutputStream.BLOCKSIZE.SIZE_4MB, -1L,
                LZ4Factory.fastestInstance().fastCompressor(), XXHashFactory.fastestInstance().hash32(),
                LZ4FrameOutputStream.FLG.Bits.BLOCK_INDEPENDENCE);
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}

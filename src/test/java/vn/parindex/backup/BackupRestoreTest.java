package vn.parindex.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.installation.InstallationLock;
import vn.parindex.support.Installation;

/**
 * {@code parindex backup} and {@code parindex restore} (SPEC §17) on the real database, through the command line:
 * one installation loaded with the worked example, backed up once, restored into new installations.
 */
class BackupRestoreTest {

    @TempDir
    static Path root;

    static Installation source;
    static Path backup;
    static Map<String, String> sourceTables;
    static final String TRICKY_CRITERION = "1.1";

    @BeforeAll
    static void loadAndBackUp() throws Exception {
        source = new Installation(root.resolve("source"));
        source.dropExamples(Installation.exampleFiles());
        Installation.Result run = source.run("run", "--settle", "0");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        // a published version's file (SPEC §15) travels in the backup with the warehouse
        Path published = source.home().resolve("reports/2024/published/v1/ranking-2024.pdf");
        Files.createDirectories(published.getParent());
        Files.copy(source.reports(2024).resolve("ranking-2024.pdf"), published);
        // text LOAD DATA must escape (the restore's path): a tab, a backslash, a line break, a NUL, and a value that
        // reads \N, which must come back as those two characters, not as NULL; neither is printed in a report
        assertThat(source.sql().update("UPDATE self_score SET evidence = CONCAT(?, CHAR(0), ?) WHERE criterion_code = ? AND evidence <> ''",
                "tab\t back\\slash \\N line\nbreak\r\n nul", " — Việt", TRICKY_CRITERION)).isPositive();
        assertThat(source.sql().update("UPDATE BATCH_JOB_EXECUTION SET EXIT_MESSAGE = ?", "\\N")).isPositive();
        sourceTables = Warehouses.tables(source);

        Installation.Result result = source.run("backup");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        backup = Warehouses.only(source.home().resolve("backups"));
        assertThat(result.out()).contains("wrote " + backup).contains("1 published files");
        assertThat(Warehouses.tables(source)).as("a backup changes nothing").isEqualTo(sourceTables);
    }

    @Test
    void backupIsOneOwnerOnlyFileWithItsSha256() throws Exception {
        Path folder = source.home().resolve("backups");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        Path sidecar = backup.resolveSibling(backup.getFileName() + ".sha256");
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(backup)));
        assertThat(Files.readString(sidecar)).isEqualTo(sha + "  " + backup.getFileName() + "\n");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()).toList())
                .containsExactlyInAnyOrder(backup.getFileName().toString(), sidecar.getFileName().toString());
        // LZ4 frames, and inside it says what it is
        try (BackupReader reader = BackupReader.open(backup)) {
            assertThat(reader.manifest().format()).isEqualTo(2);
            assertThat(Files.readAllBytes(backup)).startsWith(0x04, 0x22, 0x4d, 0x18);
            assertThat(reader.manifest().schemaVersion()).isEqualTo(
                    source.sql().queryForObject("SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history", String.class));
            assertThat(reader.manifest().parindexVersion()).isNotBlank();
        }
    }

    @Test
    void restoredIntoANewInstallationTheWarehouseAndTheReportsAreTheSame() {
        Installation target = new Installation(root.resolve("restored"));
        Installation.Result restored = target.run("restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.out() + restored.err()).isZero();
        assertThat(restored.out()).contains("restored " + backup).contains("1 published files");

        assertThat(Warehouses.tables(target)).isEqualTo(sourceTables);
        String evidence = "SELECT evidence FROM self_score WHERE criterion_code = ? ORDER BY submission_id";
        assertThat(target.sql().queryForList(evidence, String.class, TRICKY_CRITERION))
                .isEqualTo(source.sql().queryForList(evidence, String.class, TRICKY_CRITERION))
                .contains("tab\t back\\slash \\N line\nbreak\r\n nul\u0000 — Việt");
        assertThat(target.sql().queryForList("SELECT EXIT_MESSAGE FROM BATCH_JOB_EXECUTION", String.class)).isNotEmpty().containsOnly("\\N");
        assertThat(target.home().resolve("reports/2024/published/v1/ranking-2024.pdf"))
                .hasSameBinaryContentAs(source.home().resolve("reports/2024/published/v1/ranking-2024.pdf"));
        Installation.Result report = target.run("report", "--year", "2024");
        assertThat(report.exitCode()).as(report.out() + report.err()).isZero();
        Warehouses.assertSameFiles(target.reports(2024), source.reports(2024));
        assertThat(target.home().resolve("data/restore-in-progress")).doesNotExist();

        // and the restored installation goes on like the original: a run with nothing new exits 0
        Installation.Result next = target.run("run", "--settle", "0");
        assertThat(next.exitCode()).as(next.out() + next.err()).isZero();
    }

    /** Where the server refuses LOAD DATA LOCAL (MySQL 8's default), rows go in as batched inserts, with the same result. */
    @Test
    void restoredWithBatchedInsertsTheWarehouseIsTheSame() {
        Installation target = new Installation(root.resolve("restored-batched")).with("PARINDEX_LOAD_PATH", "batched");
        Installation.Result restored = target.run("restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.out() + restored.err()).isZero();
        assertThat(Warehouses.tables(target)).isEqualTo(sourceTables);
        assertThat(target.sql().queryForList("SELECT EXIT_MESSAGE FROM BATCH_JOB_EXECUTION", String.class)).isNotEmpty().containsOnly("\\N");
    }

    @Test
    void aTamperedFileIsRefusedAndNothingChanges() throws Exception {
        Installation target = new Installation(root.resolve("tampered"));
        Path copy = copyWithChecksum(backup, target.home().resolve("copy"));
        byte[] bytes = Files.readAllBytes(copy);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(copy, bytes);

        Installation.Result result = target.run("restore", copy.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("does not match its checksum").contains("nothing was changed");
        assertThat(tableCount(target)).isZero();
        assertThat(target.home().resolve("reports")).doesNotExist();
    }

    @Test
    void aFileWithoutItsChecksumIsRefused() throws Exception {
        Installation target = new Installation(root.resolve("no-checksum"));
        Path copy = copyWithChecksum(backup, target.home().resolve("copy"));
        Files.delete(copy.resolveSibling(copy.getFileName() + ".sha256"));

        Installation.Result result = target.run("restore", copy.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("has no checksum beside it");
        assertThat(tableCount(target)).isZero();
    }

    @Test
    void aFileThatIsNotAParindexBackupIsRefusedEvenWithAMatchingChecksum() throws Exception {
        Installation target = new Installation(root.resolve("foreign"));
        Path folder = Files.createDirectories(target.home().resolve("copy"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("-- MariaDB dump 10.19\nCREATE TABLE unit (x INT);\n".getBytes(StandardCharsets.UTF_8));
        }
        for (byte[] content : List.of(gz.toByteArray(), "year,unit_code\n2024,019\n".getBytes(StandardCharsets.UTF_8))) {
            Path file = folder.resolve("dump-" + content.length + ".backup");
            Files.write(file, content);
            Checksums.write(file, Checksums.of(file));

            Installation.Result result = target.run("restore", file.toString());

            assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
            assertThat(result.err()).contains("is not a parindex backup").contains("nothing was changed");
        }
        assertThat(tableCount(target)).isZero();
    }

    @Test
    void aWarehouseThatIsNotEmptyIsRefusedUnlessReplacedAndThenItIsBackedUpFirst() {
        Installation target = new Installation(root.resolve("not-empty"));
        target.dropExamples(List.of("units.csv", "framework-2024.csv"));
        Installation.Result first = target.run("run", "--settle", "0");
        assertThat(first.exitCode()).as(first.out() + first.err()).isIn(0, 4);
        Map<String, String> before = Warehouses.tables(target);

        Installation.Result refused = target.run("restore", backup.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("is not empty").contains("--replace");
        assertThat(Warehouses.tables(target)).isEqualTo(before);
        assertThat(Warehouses.backups(target.home().resolve("backups"))).isEmpty();

        Installation.Result replaced = target.run("restore", backup.toString(), "--replace");

        assertThat(replaced.exitCode()).as(replaced.out() + replaced.err()).isZero();
        assertThat(Warehouses.tables(target)).isEqualTo(sourceTables);
        Path saved = Warehouses.only(target.home().resolve("backups"));
        assertThat(replaced.out()).contains("backed up the warehouse it replaces to " + saved);

        // what was replaced comes back from that backup
        Installation again = new Installation(root.resolve("replaced-original"));
        Installation.Result back = again.run("restore", saved.toString());
        assertThat(back.exitCode()).as(back.out() + back.err()).isZero();
        assertThat(Warehouses.tables(again)).isEqualTo(before);
    }

    @Test
    void whileARunHoldsTheLockBackupExits3AndWritesNothing() throws Exception {
        Path out = root.resolve("locked-out");
        try (InstallationLock held = InstallationLock.tryAcquire(source.home().resolve("data")).orElseThrow()) {
            Installation.Result result = source.run("backup", "--out", out.toString());
            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.err()).contains("another run is in progress");
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void keepLeavesTheNewestCompleteBackupsAndNothingElseIsTouched() throws Exception {
        Path out = root.resolve("kept");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "not a backup");
        Files.writeString(out.resolve("parindex-20200101T000000Z.backup"), "made by hand, no checksum");
        for (int i = 0; i < 3; i++) {
            Installation.Result result = source.run("backup", "--out", out.toString(), "--keep", "2");
            assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        }
        List<Path> kept = Warehouses.backups(out).stream().filter(p -> Files.exists(p.resolveSibling(p.getFileName() + ".sha256"))).toList();
        assertThat(kept).hasSize(2);
        assertThat(out.resolve("notes.txt")).exists();
        assertThat(out.resolve("parindex-20200101T000000Z.backup")).exists();
        assertThat(Files.list(out).filter(p -> p.getFileName().toString().endsWith(".sha256")).count()).isEqualTo(2);

        Installation.Result once = source.run("backup", "--out", out.toString(), "--keep", "1");
        assertThat(once.exitCode()).isZero();
        List<Path> left = Warehouses.backups(out).stream().filter(p -> Files.exists(p.resolveSibling(p.getFileName() + ".sha256"))).toList();
        assertThat(left).hasSize(1);
        assertThat(once.out()).contains("wrote " + left.get(0)).contains("removed " + kept.get(0)).contains("removed " + kept.get(1));
    }

    @Test
    void badArgumentsExit2() {
        assertThat(source.run("backup", "--keep", "0").exitCode()).isEqualTo(2);
        assertThat(source.run("backup", "--keep", "x").exitCode()).isEqualTo(2);
        assertThat(source.run("backup", "--year", "2024").exitCode()).isEqualTo(2);
        assertThat(source.run("restore").exitCode()).isEqualTo(2);
        assertThat(source.run("restore", "a.backup", "b.backup").exitCode()).isEqualTo(2);
        Installation.Result missing = source.run("restore", root.resolve("nowhere.backup").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("is not a file");
    }

    static Path copyWithChecksum(Path backup, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path copy = folder.resolve(backup.getFileName());
        Files.copy(backup, copy);
        Files.copy(backup.resolveSibling(backup.getFileName() + ".sha256"), folder.resolve(backup.getFileName() + ".sha256"));
        return copy;
    }

    static int tableCount(Installation parindex) {
        return parindex.sql().queryForObject("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()", Integer.class);
    }
}

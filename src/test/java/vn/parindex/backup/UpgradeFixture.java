package vn.parindex.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.parindex.Version;
import vn.parindex.support.Installation;

/**
 * Writes the upgrade fixture of a parindex version (SPEC §17): the worked example loaded by a run and backed up, into
 * {@code src/test/resources/backups/<version>-schema<N>/}. {@link UpgradeTest} restores every such folder with the
 * code of the day and checks its reports against a fresh load. Run once per release whose schema changed, and commit
 * the folder: {@code scripts/tools-java vn.parindex.backup.UpgradeFixture} (a developer tool, not a test).
 */
public final class UpgradeFixture {

    private UpgradeFixture() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("parindex-fixture");
        Installation parindex = new Installation(work.resolve("home"));
        parindex.dropExamples(Installation.exampleFiles());
        Installation.Result run = parindex.run("run", "--settle", "0");
        if (run.exitCode() != 0) {
            throw new IllegalStateException("the run failed: " + run.out() + run.err());
        }
        Path out = work.resolve("out");
        Installation.Result backup = parindex.run("backup", "--out", out.toString());
        if (backup.exitCode() != 0) {
            throw new IllegalStateException("the backup failed: " + backup.out() + backup.err());
        }
        Path file = Warehouses.only(out);
        String schema;
        try (BackupReader reader = BackupReader.open(file)) {
            schema = reader.manifest().schemaVersion();
        }
        Path folder = Path.of("src/test/resources/backups").resolve(Version.current().version() + "-schema" + schema);
        Files.createDirectories(folder);
        Files.copy(file, folder.resolve(file.getFileName()));
        Files.copy(Checksums.fileFor(file), folder.resolve(Checksums.fileFor(file).getFileName()));
        System.out.println("wrote " + folder.resolve(file.getFileName()));
        System.exit(0);
    }
}

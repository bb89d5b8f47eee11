package vn.parindex.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.cli.Parindex;
import vn.parindex.support.Installation;

/**
 * SPEC §17: the backup of an installation on its embedded server restores into one on an external server (the tests'
 * server: with PARINDEX_DB_URL set, a real MariaDB or MySQL of the machine), and back into a new embedded one, each
 * time with the same reports to the byte.
 */
class BackupAcrossServersTest {

    @TempDir
    Path root;

    @Test
    void embeddedToExternalAndBackGivesTheSameReports() throws Exception {
        Path embedded = root.resolve("embedded");
        Path inbox = Files.createDirectories(embedded.resolve("input/inbox"));
        for (String name : Installation.exampleFiles()) {
            Files.copy(Installation.EXAMPLES.resolve(name), inbox.resolve(name));
        }
        assertThat(embeddedCommand(embedded, "run", "--settle", "0")).startsWith("0:");
        assertThat(embeddedCommand(embedded, "backup")).startsWith("0:");
        Path first = Warehouses.only(embedded.resolve("backups"));

        Installation external = new Installation(Files.createDirectories(root.resolve("external")));
        Installation.Result restored = external.run("restore", first.toString());
        assertThat(restored.exitCode()).as(restored.out() + restored.err()).isZero();
        assertThat(external.run("report", "--year", "2024").exitCode()).isZero();
        Warehouses.assertSameFiles(external.reports(2024), embedded.resolve("reports/2024"));
        Map<String, String> tables = Warehouses.tables(external);

        Installation.Result second = external.run("backup");
        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        Path back = Warehouses.only(external.home().resolve("backups"));
        Path again = Files.createDirectories(root.resolve("embedded-again"));
        assertThat(embeddedCommand(again, "restore", back.toString())).startsWith("0:");
        assertThat(embeddedCommand(again, "report", "--year", "2024")).startsWith("0:");
        Warehouses.assertSameFiles(again.resolve("reports/2024"), embedded.resolve("reports/2024"));

        // and once more to the external server: the rows made the round trip unchanged
        assertThat(embeddedCommand(again, "backup")).startsWith("0:");
        Installation external2 = new Installation(Files.createDirectories(root.resolve("external-again")));
        Installation.Result thirdBackup = external2.run("restore", Warehouses.only(again.resolve("backups")).toString());
        assertThat(thirdBackup.exitCode()).as(thirdBackup.out() + thirdBackup.err()).isZero();
        assertThat(Warehouses.tables(external2)).isEqualTo(tables);
    }

    /** {@code parindex <args>} on the installation's own embedded server (no PARINDEX_DB_URL): "exit: output". */
    private static String embeddedCommand(Path home, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = new Parindex(home, Map.of(), print, print).execute(args);
        return code + ": " + out.toString(StandardCharsets.UTF_8);
    }
}

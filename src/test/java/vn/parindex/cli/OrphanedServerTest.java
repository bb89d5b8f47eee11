package vn.parindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.ChildRun;

/**
 * Embedded mode: a run SIGKILLed while its MariaDB child is up leaves that server running on the installation's
 * data directory; the next run must find it, stop it and complete.
 */
@Tag("slow") // child JVMs: still run by mvn -B test; -DexcludedGroups=slow leaves them out
class OrphanedServerTest {

    @TempDir
    Path home;

    @Test
    void nextRunStopsTheServerAKilledRunLeftBehind() throws Exception {
        Path dataDir = home.resolve("data/mariadb");
        Process child = ChildRun.start(home, Map.of(), List.of(), "run", "--settle", "0");
        long orphan = waitForServerPid(dataDir, child);
        child.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the killed run's server is still up").contains(true);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Parindex(home, Map.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(new String[] {"run", "--settle", "0"});

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void embeddedWarehouseSurvivesBetweenRunsEvenUnderTheTemporaryFolder() {
        Parindex parindex = new Parindex(home, Map.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                System.err);
        vn.parindex.support.Installation files = new vn.parindex.support.Installation(home);
        files.dropExamples(List.of("units.csv"));
        assertThat(parindex.execute(new String[] {"run", "--settle", "0"})).isZero();
        files.dropExamples(List.of("units.csv"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Parindex(home, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .execute(new String[] {"run", "--settle", "0"});

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 accepted, 1 duplicate");
    }

    private static long waitForServerPid(Path dataDir, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.isDirectory(dataDir)) {
                try (Stream<Path> files = Files.list(dataDir)) {
                    List<Path> pids = files.filter(p -> p.toString().endsWith(".pid")).toList();
                    for (Path pid : pids) {
                        String text = Files.readString(pid).trim();
                        if (text.matches("\\d+")) {
                            return Long.parseLong(text);
                        }
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the child run never started its embedded server");
    }
}

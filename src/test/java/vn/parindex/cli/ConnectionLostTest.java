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
import vn.parindex.support.Installation;

/**
 * The database dies in the middle of loading a large ledger: the run exits 1 with one line and no stack trace,
 * the files stay in the inbox, and the next run completes the work.
 */
@Tag("slow") // child JVMs: still run by mvn -B test; -DexcludedGroups=slow leaves them out
class ConnectionLostTest {

    private static final int ROWS = 400_000;

    @TempDir
    Path home;

    @Test
    void databaseLostMidLoadExitsOneAndTheRerunCompletes() throws Exception {
        Installation files = new Installation(home);
        files.dropExamplesButLedgers();
        files.drop("dossiers-019.csv", ChildRun.ledger(ROWS, "C-"));
        Path output = home.resolve("child.out");

        Process child = ChildRun.start(home, Map.of(), List.of("-Dparindex.progress.seconds=0"), "run", "--settle", "0");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (child.isAlive() && System.nanoTime() < deadline
                && !(Files.exists(output) && Files.readString(output).contains("loading dossiers-019.csv"))) {
            Thread.sleep(50);
        }
        assertThat(child.isAlive()).as("the run should still be loading: %s", Files.readString(output)).isTrue();
        ProcessHandle.of(serverPid(home.resolve("data/mariadb"))).orElseThrow().destroyForcibly();
        assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();

        String terminal = Files.readString(output);
        assertThat(child.exitValue()).as(terminal).isEqualTo(1);
        assertThat(terminal.lines().filter(l -> l.startsWith("parindex:")).count()).as(terminal).isEqualTo(1);
        assertThat(terminal).doesNotContain("\tat ", "Exception in thread");
        assertThat(files.inboxFiles().stream().map(p -> p.getFileName().toString())).contains("dossiers-019.csv");
        // the pool gave up on the dead server once, and the bookkeeping after it did not wait again (FailFastDataSource)
        assertThat(Files.readString(home.resolve("logs/parindex.log"))).contains("the database server stopped accepting connections earlier in this run");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Parindex(home, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .execute(new String[] {"run", "--settle", "0"});

        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(files.inboxFiles()).isEmpty();
        String ranking = Files.readString(home.resolve("reports/2024/ranking-2024.csv"));
        assertThat(ranking).contains("2024,QUAN,019,Quận Nam Từ Liêm,final,1,").contains("2024,QUAN,021,Quận Bắc Từ Liêm,final,2,35.23");
    }

    private static long serverPid(Path dataDir) throws Exception {
        try (Stream<Path> files = Files.list(dataDir)) {
            Path pidFile = files.filter(p -> p.toString().endsWith(".pid")).findFirst().orElseThrow();
            return Long.parseLong(Files.readString(pidFile).trim());
        }
    }
}

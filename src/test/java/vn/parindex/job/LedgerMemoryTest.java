package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.ChildRun;
import vn.parindex.support.Installation;

/**
 * Memory stays flat as the ledger grows: the whole nightly run, in a child JVM capped at a heap far smaller than
 * the rows it loads, completes for a ledger eight times larger just as for a small one.
 */
class LedgerMemoryTest {

    private static final List<String> SMALL_HEAP = List.of("-Xmx64m");

    @TempDir
    Path root;

    @Test
    void aLedgerEightTimesLargerLoadsInTheSameSmallHeap() throws Exception {
        for (int rows : new int[] {50_000, 400_000}) {
            Installation parindex = new Installation(root.resolve("rows-" + rows));
            parindex.dropExamples(Installation.exampleFiles().stream().filter(n -> !n.startsWith("dossiers")).toList());
            parindex.drop("dossiers-019.csv", ChildRun.ledger(rows, "M-"));

            Process child = ChildRun.start(parindex.home(), parindex.environment(), SMALL_HEAP, "run", "--settle", "0");
            boolean ended = child.waitFor(10, TimeUnit.MINUTES);

            String output = Files.readString(parindex.home().resolve("child.out"));
            assertThat(ended).as(output).isTrue();
            assertThat(child.exitValue()).as("%d rows in -Xmx64m: %s", rows, output).isZero();
            assertThat(output).doesNotContain("OutOfMemoryError");
            assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM dossier", Integer.class)).isEqualTo(rows);
        }
    }
}

package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.ChildRun;
import vn.parindex.support.Installation;

/**
 * Memory stays flat as the ledger grows: the whole nightly run, in a child JVM capped at a heap far smaller than
 * the rows it loads, completes for a ledger eight times larger just as for a small one.
 */
@Tag("slow") // child JVMs: still run by mvn -B test; -DexcludedGroups=slow leaves them out
class LedgerMemoryTest {

    private static final List<String> SMALL_HEAP = List.of("-Xmx64m");

    @TempDir
    Path root;

    @Test
    void aLedgerEightTimesLargerLoadsInTheSameSmallHeap() throws Exception {
        for (int rows : new int[] {50_000, 400_000}) {
            Installation parindex = new Installation(root.resolve("rows-" + rows));
            parindex.dropExamplesButLedgers();
            parindex.drop("dossiers-019.csv", ChildRun.ledger(rows, "M-"));

            ChildRun.runToEnd(parindex, SMALL_HEAP);
            assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM dossier", Integer.class)).isEqualTo(rows);
        }
    }
}

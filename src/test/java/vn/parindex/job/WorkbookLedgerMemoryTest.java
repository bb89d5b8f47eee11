package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.ChildRun;
import vn.parindex.support.Installation;
import vn.parindex.support.Workbooks;

/**
 * Memory stays flat in a workbook's size (SPEC §11): a dossier ledger saved as {@code .xlsx}, each dossier's
 * identifier in the shared strings table, loads in a child JVM whose heap is far smaller than the rows, for a
 * sheet eight times larger just as for a small one, and gives the same dossier rows as the same ledger in CSV.
 */
@Tag("slow") // child JVMs: still run by mvn -B test; -DexcludedGroups=slow leaves them out
class WorkbookLedgerMemoryTest {

    private static final List<String> SMALL_HEAP = List.of("-Xmx64m");

    @TempDir
    Path root;

    @Test
    void aWorkbookLedgerEightTimesLargerLoadsInTheSameSmallHeap() throws Exception {
        // Each load is a child JVM with a heap of its own: the test's own work goes on beside it, the larger workbook
        // written while the small one loads, the small ledger's CSV twin loaded while the larger one does.
        Installation small = new Installation(root.resolve("rows-50000"));
        small.dropExamplesButLedgers();
        Workbooks.ledger(small.inbox().resolve("dossiers-019.xlsx"), 50_000, "M-");
        Installation large = new Installation(root.resolve("rows-400000"));
        try (ChildRun.Running smallRun = ChildRun.runInBackground(small, SMALL_HEAP)) {
            large.dropExamplesButLedgers();
            Workbooks.ledger(large.inbox().resolve("dossiers-019.xlsx"), 400_000, "M-");
            smallRun.toEnd();
        }
        assertThat(small.sql().queryForObject("SELECT COUNT(*) FROM dossier", Integer.class)).isEqualTo(50_000);

        try (ChildRun.Running largeRun = ChildRun.runInBackground(large, SMALL_HEAP)) {
            Installation csv = new Installation(root.resolve("csv-50000"));
            csv.dropExamplesButLedgers();
            csv.drop("dossiers-019.csv", ChildRun.ledger(50_000, "M-"));
            assertThat(csv.run("run", "--settle", "0").exitCode()).isZero();
            String dossiers = "SELECT CONCAT_WS('|', dossier_id, procedure_code, received_at, due_at, resolved_at, online) FROM dossier "
                    + "ORDER BY dossier_id";
            assertThat(small.sql().queryForList(dossiers, String.class)).isEqualTo(csv.sql().queryForList(dossiers, String.class));

            largeRun.toEnd();
        }
        assertThat(large.sql().queryForObject("SELECT COUNT(*) FROM dossier", Integer.class)).isEqualTo(400_000);
    }
}

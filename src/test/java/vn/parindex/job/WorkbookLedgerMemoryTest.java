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
        for (int rows : new int[] {50_000, 400_000}) {
            Installation parindex = new Installation(root.resolve("rows-" + rows));
            parindex.dropExamplesButLedgers();
            Workbooks.ledger(parindex.inbox().resolve("dossiers-019.xlsx"), rows, "M-");

            ChildRun.runToEnd(parindex, SMALL_HEAP);
            assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM dossier", Integer.class)).isEqualTo(rows);
            if (rows == 50_000) {
                Installation csv = new Installation(root.resolve("csv-" + rows));
                csv.dropExamplesButLedgers();
                csv.drop("dossiers-019.csv", ChildRun.ledger(rows, "M-"));
                assertThat(csv.run("run", "--settle", "0").exitCode()).isZero();
                String dossiers = "SELECT CONCAT_WS('|', dossier_id, procedure_code, received_at, due_at, resolved_at, online) FROM dossier "
                        + "ORDER BY dossier_id";
                assertThat(parindex.sql().queryForList(dossiers, String.class)).isEqualTo(csv.sql().queryForList(dossiers, String.class));
            }
        }
    }
}

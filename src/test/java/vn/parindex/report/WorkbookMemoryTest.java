package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.ChildRun;
import vn.parindex.warehouse.ReportDataRepository.CriterionRow;
import vn.parindex.warehouse.ReportDataRepository.LeafRow;
import vn.parindex.warehouse.UnitResult;
import vn.parindex.warehouse.UnitResult.DomainResult;
import vn.parindex.report.table.RankingWorkbookWriter;
import vn.parindex.report.table.ReportTable;
import vn.parindex.report.table.ScoresWorkbookWriter;

/**
 * The workbooks of a national year (3,321 units in 20 groups, 52 leaves each: 172,692 score rows) are written in a
 * child JVM capped at {@value #HEAP}, a heap that holds the rows but not a workbook of that size built in memory:
 * the sheets have over two million cells, and with every row kept in memory (even SXSSF's light rows, window -1)
 * the child runs out of heap.
 */
@Tag("slow") // child JVMs: still run by mvn -B test; -DexcludedGroups=slow leaves them out
class WorkbookMemoryTest {

    static final String HEAP = "-Xmx128m";
    static final int UNITS = 3_321;
    static final int LEAVES = 52;

    @TempDir
    Path dir;

    @Test
    void aNationalYearsWorkbooksAreWrittenInASmallHeap() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ChildRun.CHILD_JIT);
        command.addAll(List.of(HEAP, "-cp", System.getProperty("java.class.path"), Child.class.getName(), dir.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.out").toFile())
                .start();
        boolean ended = child.waitFor(10, TimeUnit.MINUTES);
        String output = Files.readString(dir.resolve("child.out"));
        if (!ended) {
            child.destroyForcibly();
        }

        assertThat(ended).as(output).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("OutOfMemoryError");
        assertThat(rowsOfFirstSheet(dir.resolve("scores-2024.xlsx"))).isEqualTo(1 + UNITS * LEAVES);
        assertThat(rowsOfFirstSheet(dir.resolve("ranking-2024.xlsx"))).isEqualTo(1 + (UNITS + 19) / 20);
    }

    /** Rows of the first sheet, counted while streaming its XML (the file is too large to open whole here too). */
    private static int rowsOfFirstSheet(Path workbook) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
                InputStream sheet = new XSSFReader(pkg).getSheetsData().next()) {
            byte[] pattern = "<row ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.io.BufferedInputStream in = new java.io.BufferedInputStream(sheet);
            int rows = 0;
            int matched = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                matched = b == pattern[matched] ? matched + 1 : b == pattern[0] ? 1 : 0;
                if (matched == pattern.length) {
                    rows++;
                    matched = 0;
                }
            }
            return rows;
        }
    }

    /** Builds the national year's results in memory, as the render step has them, and writes both workbooks. */
    public static final class Child {

        public static void main(String[] args) {
            Path folder = Path.of(args[0]);
            List<CriterionRow> criteria = new ArrayList<>();
            for (int d = 1; d <= 8; d++) {
                criteria.add(new CriterionRow("G01", Integer.toString(d), null, "Lĩnh vực " + d, new BigDecimal("100"), "group", null));
            }
            List<UnitResult> units = new ArrayList<>();
            List<LeafRow> leaves = new ArrayList<>();
            for (int u = 0; u < UNITS; u++) {
                String group = String.format("G%02d", u % 20 + 1);
                String code = String.format("%05d", u);
                BigDecimal index = BigDecimal.valueOf(5_000 + u % 5_000, 2);
                List<DomainResult> domains = new ArrayList<>();
                for (int d = 1; d <= 8; d++) {
                    domains.add(new DomainResult(Integer.toString(d), index, new BigDecimal("100"), index, u / 20 + 1));
                }
                units.add(new UnitResult(2024, group, code, "Xã thử nghiệm số " + u, "final", index, u / 20 + 1, "Khá",
                        null, null, null, null, domains));
                String sha = String.format("%064x", u);
                for (int l = 0; l < LEAVES; l++) {
                    leaves.add(new LeafRow(code, (l / 7 + 1) + "." + (l % 7 + 1), "appraised", BigDecimal.valueOf(10 + l % 5),
                            BigDecimal.valueOf(u % 100 + l, 1), BigDecimal.valueOf(u % 90 + l, 1),
                            BigDecimal.valueOf(u % 90 + l, 1), null, "appraisal-" + group + ".csv", sha, (long) (u * LEAVES + l + 2)));
                }
            }
            units.sort(java.util.Comparator.comparing(UnitResult::groupCode));
            RankingWorkbookWriter.write(folder.resolve("ranking-2024.xlsx"), ReportTable.ranking(2024, units, criteria), Map.of());
            ScoresWorkbookWriter.write(folder.resolve("scores-2024.xlsx"), ReportTable.scores(2024, units, leaves));
        }
    }
}

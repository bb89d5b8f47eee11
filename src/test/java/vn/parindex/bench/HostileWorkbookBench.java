package vn.parindex.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.parindex.submission.FileError;
import vn.parindex.submission.ReferenceData;
import vn.parindex.submission.SubmissionReader;
import vn.parindex.support.HostileWorkbooks;

/**
 * Issue 21's hostile workbooks, measured (a benchmark, not a test; {@code scripts/bench-hostile}, docs/fuzzing.md):
 * {@code generate DIR} writes them, {@code read FILE...} validates each the way intake does (SubmissionReader, no
 * reference data) and prints its size, outcome, wall time and the heap's peak, under whatever -Xmx the JVM has.
 */
public final class HostileWorkbookBench {

    private HostileWorkbookBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("generate")) {
            Path dir = Files.createDirectories(Path.of(args[1]));
            // the file: one shared string of 999,000 Vietnamese letters in the note of 20,000 rows (857 KB there)
            Files.write(dir.resolve("long-shared-string.xlsx"), HostileWorkbooks.longSharedString(999_000, 20_000));
            // below the bound: a 3,000-letter note (under TOO_LONG) in each of 20,000 rows
            Files.write(dir.resolve("repeated-note.xlsx"), HostileWorkbooks.longSharedString(3_000, 20_000));
            // every row Excel allows, each with one cell at column XFD
            Files.write(dir.resolve("wide-rows.xlsx"), HostileWorkbooks.wideRows(1_048_575));
            return;
        }
        if (args.length >= 2 && args[0].equals("read")) {
            ReferenceData none = new ReferenceData(Map.of(), Map.of());
            for (int i = 1; i < args.length; i++) {
                Path file = Path.of(args[i]);
                resetPeaks();
                long start = System.nanoTime();
                SubmissionReader.Result result = SubmissionReader.read(file, none, record -> { });
                long millis = (System.nanoTime() - start) / 1_000_000;
                Map<String, Long> codes = new TreeMap<>();
                for (FileError e : result.errors().kept()) {
                    codes.merge(e.code(), 1L, Long::sum);
                }
                System.out.printf(Locale.ROOT, "%s: %,d bytes, %,d rows read, %,d errors %s, %,d ms, heap peak %,d MB (max %,d MB)%n",
                        file.getFileName(), Files.size(file), result.rows(), result.errors().count(), codes, millis,
                        heapPeak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            }
            return;
        }
        System.err.println("usage: HostileWorkbookBench generate DIR | read FILE...");
        System.exit(2);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}

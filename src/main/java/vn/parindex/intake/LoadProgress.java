package vn.parindex.intake;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Prints a progress line for a long load to the terminal — rows done and rows per second — at most once every
 * {@code parindex.progress.seconds} (default 5), so a short file prints nothing.
 */
public final class LoadProgress {

    private static final long INTERVAL_NANOS = Long.getLong("parindex.progress.seconds", 5) * 1_000_000_000L;

    private final PrintStream terminal;
    private final String fileName;
    private final long start = System.nanoTime();
    private long lastPrinted = start;
    private long rows;

    public LoadProgress(PrintStream terminal, String fileName) {
        this.terminal = terminal;
        this.fileName = fileName;
    }

    public void row() {
        rows++;
        if ((rows & 0x3FF) == 0) {
            long now = System.nanoTime();
            if (now - lastPrinted >= INTERVAL_NANOS) {
                lastPrinted = now;
                terminal.println(line(rows, now - start));
            }
        }
    }

    String line(long rowsDone, long elapsedNanos) {
        DecimalFormat grouped = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        long perSecond = elapsedNanos <= 0 ? 0 : rowsDone * 1_000_000_000L / elapsedNanos;
        return "loading " + fileName + ": " + grouped.format(rowsDone) + " rows, " + grouped.format(perSecond) + " rows/s";
    }
}

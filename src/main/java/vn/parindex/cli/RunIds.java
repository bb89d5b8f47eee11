package vn.parindex.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Run ids that sort by start time and name the run summary file: {@code 20261121T020000Z-4f2a}. */
final class RunIds {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RunIds() {
    }

    static String next(Instant now) {
        return FORMAT.format(now) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
    }
}

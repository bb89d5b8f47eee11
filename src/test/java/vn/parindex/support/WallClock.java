package vn.parindex.support;

import java.time.Duration;
import java.time.Instant;

/**
 * For a test proving that a file does not depend on when it was written: rather than sleeping a fixed time, waits
 * until the wall clock has passed into a later tick of the format's coarsest time field (a zip entry's two seconds,
 * an XMP date's second) than the moment the first write had ended. Any time the second write could take from the
 * clock then differs from any the first could have taken.
 */
public final class WallClock {

    private WallClock() {
    }

    /** Waits until the wall clock is in a later tick of {@code resolution} than {@code firstWriteEnded}. */
    public static void awaitLaterTick(Instant firstWriteEnded, Duration resolution) throws InterruptedException {
        long tick = resolution.toMillis();
        long endedIn = Math.floorDiv(firstWriteEnded.toEpochMilli(), tick);
        long now;
        while (Math.floorDiv(now = System.currentTimeMillis(), tick) <= endedIn) {
            Thread.sleep(Math.max(1, (endedIn + 1) * tick - now));
        }
    }
}

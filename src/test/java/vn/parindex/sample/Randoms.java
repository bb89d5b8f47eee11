package vn.parindex.sample;

import java.util.SplittableRandom;

/**
 * Independent random streams keyed by (seed, parts…): the same key always gives the same stream, whatever was
 * generated before, so each file's content depends only on the seed and what the file is about.
 */
final class Randoms {

    private Randoms() {
    }

    static SplittableRandom of(long seed, long... parts) {
        return new SplittableRandom(mix(seed, parts));
    }

    static long mix(long seed, long... parts) {
        long h = stafford(seed ^ 0x9E3779B97F4A7C15L);
        for (long part : parts) {
            h = stafford(h ^ stafford(part + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    /** Stafford's variant 13 of the SplitMix64 finaliser. */
    private static long stafford(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static double clamp01(double value) {
        return Math.max(0, Math.min(1, value));
    }
}

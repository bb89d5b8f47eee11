package vn.parindex.uncertainty;

import java.nio.charset.StandardCharsets;

/**
 * The draws of one unit in one bootstrap replicate (SPEC §12): SplitMix64 (Steele, Lea and Flood, 2014), a generator
 * fully defined by its few lines below, seeded from (year, unit code, replicate) alone, so the same warehouse gives
 * the same replicates whatever the order, the threads or the machine.
 */
final class ReplicateRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    private long state;

    private ReplicateRandom(long seed) {
        this.state = seed;
    }

    /** seed = mix(mix(year × γ ⊕ FNV-1a-64(UTF-8 of the unit code)) ⊕ replicate), mix being SplitMix64's finaliser. */
    static ReplicateRandom of(int year, String unitCode, int replicate) {
        return new ReplicateRandom(mix(mix(year * GOLDEN_GAMMA ^ fnv1a(unitCode)) ^ replicate));
    }

    long nextLong() {
        return mix(state += GOLDEN_GAMMA);
    }

    /** Uniform in [0, bound): 63 random bits, the values past the last whole multiple of bound drawn again. */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long bits;
        long value;
        do {
            bits = nextLong() >>> 1;
            value = bits % bound;
        } while (bits - value + (bound - 1) < 0);
        return (int) value;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long fnv1a(String text) {
        long hash = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xFF)) * FNV_PRIME;
        }
        return hash;
    }
}

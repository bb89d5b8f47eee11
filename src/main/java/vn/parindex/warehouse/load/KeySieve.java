package vn.parindex.warehouse.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds, in one pass and in fixed memory, every row whose key may have appeared on an earlier line of the same
 * file: a blocked Bloom filter, which never misses a repeat but may flag a few rows that are not repeats. The
 * flagged rows (candidates) are confirmed or cleared against the loaded rows by {@link BulkFacts}. Past
 * {@code maxCandidates} it stops collecting ({@link #overflowed()}) and the caller finds repeats another way.
 */
public final class KeySieve {

    /** A row whose key may be a repeat; {@code k2} is null for one-part keys (dossier_id). */
    public record Candidate(long line, int year, String unitCode, String k1, String k2) {
    }

    public static final int MIN_BITS_LOG2 = 16;
    /** 2^28 bits = 32 MiB: what the largest files get, however large. */
    static final int MAX_BITS_LOG2 = 28;
    public static final int MAX_CANDIDATES = 50_000;
    /** 512 bits per key's block (one or two cache lines), 8 bits of it per key. */
    private static final int BLOCK_WORDS = 8;
    private static final int BITS_PER_KEY = 8;

    private final long[] words;
    private final int blockMask;
    private final int maxCandidates;
    private final List<Candidate> candidates = new ArrayList<>();
    private boolean overflowed;

    public KeySieve(int bitsLog2, int maxCandidates) {
        if (bitsLog2 < MIN_BITS_LOG2 || bitsLog2 > MAX_BITS_LOG2) {
            throw new IllegalArgumentException("bitsLog2 " + bitsLog2);
        }
        this.words = new long[1 << (bitsLog2 - 6)];
        this.blockMask = words.length / BLOCK_WORDS - 1;
        this.maxCandidates = maxCandidates;
    }

    /**
     * Sized for a file of {@code bytes}: about one bit per byte (dozens of bits per row) up to {@link #MAX_BITS_LOG2},
     * so false candidates stay rare while memory stops growing with the file.
     */
    public static KeySieve forFileOfSize(long bytes, int maxCandidates) {
        int log2 = 63 - Long.numberOfLeadingZeros(Math.max(1, bytes));
        return new KeySieve(Math.max(MIN_BITS_LOG2, Math.min(MAX_BITS_LOG2, log2)), maxCandidates);
    }

    /** Remembers the key of {@code line}, and keeps the row as a candidate when its key may have been seen. */
    public void offer(long line, int year, String unitCode, String k1, String k2) {
        if (addAndCheck(hash(year, unitCode, k1, k2)) && !overflowed) {
            if (candidates.size() == maxCandidates) {
                overflowed = true;
                candidates.clear();
            } else {
                candidates.add(new Candidate(line, year, unitCode, k1, k2));
            }
        }
    }

    /** True when more rows were flagged than it keeps: {@link #candidates()} is then empty and meaningless. */
    public boolean overflowed() {
        return overflowed;
    }

    /** The flagged rows in line order: every repeat of a key is among them. */
    public List<Candidate> candidates() {
        return candidates;
    }

    public long memoryBytes() {
        return words.length * 8L;
    }

    /** Sets the key's bits; true when all of them were set already. */
    private boolean addAndCheck(long h) {
        int base = (int) (h & blockMask) * BLOCK_WORDS;
        long g = finalMix(h ^ 0x9E3779B97F4A7C15L);
        boolean seen = true;
        for (int i = 0; i < BITS_PER_KEY; i++) {
            // seven 9-bit positions from g, the eighth from h's top bits (its low bits chose the block)
            int bit = i < 7 ? (int) (g >>> (i * 9)) & 511 : (int) (h >>> 55);
            int word = base + (bit >>> 6);
            long mask = 1L << (bit & 63);
            if ((words[word] & mask) == 0) {
                seen = false;
                words[word] |= mask;
            }
        }
        return seen;
    }

    public static long hash(int year, String unitCode, String k1, String k2) {
        long h = 0xcbf29ce484222325L ^ year;
        h = mix(h, unitCode);
        h = mix(h, k1);
        if (k2 != null) {
            h = mix(h, k2);
        }
        return finalMix(h);
    }

    /** FNV-1a over the characters, the length closing the field so that ("ab", "c") differs from ("a", "bc"). */
    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ s.length()) * 0x100000001b3L;
    }

    /** MurmurHash3's 64-bit finaliser: spreads FNV's weak high bits over the whole word. */
    private static long finalMix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}

package vn.parindex.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import vn.parindex.warehouse.load.KeySieve;

/**
 * The sieve that stands in for a set of a file's keys: it may flag a row that is no repeat, but never misses a
 * repeat. Each repetition has its own fixed seed, so a failure names what reproduces it.
 */
class KeySieveProperties {

    private record Key(int year, String unit, String k1, String k2) {
    }

    private static Key randomKey(Random random, boolean twoPart) {
        String unit = String.format("%05d", random.nextInt(3321));
        String k1 = "000.00." + unit + ".H" + random.nextInt(100) + "-" + (250101 + random.nextInt(1200)) + "-" + random.nextInt(1_000_000);
        return new Key(2024 + random.nextInt(2), unit, k1, twoPart ? "S" + random.nextInt(12) : null);
    }

    /** Offers {@code rows} keys (about one in fifty a repeat of an earlier one) and returns the lines that repeat. */
    private static Set<Long> offer(KeySieve sieve, Random random, int rows, boolean twoPart) {
        List<Key> seen = new ArrayList<>();
        Set<Key> distinct = new HashSet<>();
        Set<Long> repeats = new HashSet<>();
        for (long line = 2; line < rows + 2; line++) {
            Key key = !seen.isEmpty() && random.nextInt(50) == 0 ? seen.get(random.nextInt(seen.size())) : randomKey(random, twoPart);
            if (!distinct.add(key)) {
                repeats.add(line);
            }
            seen.add(key);
            sieve.offer(line, key.year(), key.unit(), key.k1(), key.k2());
        }
        return repeats;
    }

    @RepeatedTest(40)
    void everyRepeatIsACandidateAndFalseOnesAreRare(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        boolean twoPart = random.nextBoolean();
        int rows = 20_000 + random.nextInt(30_000);
        KeySieve sieve = KeySieve.forFileOfSize(rows * 60L, KeySieve.MAX_CANDIDATES); // about 60 bytes a row

        Set<Long> repeats = offer(sieve, random, rows, twoPart);

        assertThat(sieve.overflowed()).isFalse();
        List<Long> flagged = sieve.candidates().stream().map(KeySieve.Candidate::line).toList();
        assertThat(flagged).containsAll(repeats);
        assertThat(flagged).isSorted();
        assertThat(flagged.size() - repeats.size()).as("rows flagged that repeat nothing").isLessThanOrEqualTo(rows / 1000);
    }

    @RepeatedTest(10)
    void aSmallSieveFlagsMoreButStillMissesNoRepeat(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        KeySieve sieve = new KeySieve(KeySieve.MIN_BITS_LOG2, 1_000_000); // 65,536 bits for 40,000 keys

        Set<Long> repeats = offer(sieve, random, 40_000, false);

        List<Long> flagged = sieve.candidates().stream().map(KeySieve.Candidate::line).toList();
        assertThat(flagged).containsAll(repeats);
        assertThat(flagged.size()).isGreaterThan(repeats.size());
    }

    @Test
    void candidatesKeepTheirKey() {
        KeySieve sieve = KeySieve.forFileOfSize(1000, 10);
        sieve.offer(2, 2024, "019", "R1", "S1");
        sieve.offer(3, 2024, "019", "R1", "S2");
        sieve.offer(4, 2024, "019", "R1", "S1");

        assertThat(sieve.candidates()).containsExactly(new KeySieve.Candidate(4, 2024, "019", "R1", "S1"));
    }

    @Test
    void fieldBoundariesCount() {
        assertThat(KeySieve.hash(2024, "01", "9A", null)).isNotEqualTo(KeySieve.hash(2024, "019", "A", null));
        assertThat(KeySieve.hash(2024, "019", "R1", "S1")).isNotEqualTo(KeySieve.hash(2024, "019", "R1S", "1"));
        assertThat(KeySieve.hash(2024, "019", "A", null)).isNotEqualTo(KeySieve.hash(2025, "019", "A", null));
    }

    @Test
    void pastItsLimitItOverflowsAndKeepsNothing() {
        KeySieve sieve = KeySieve.forFileOfSize(100_000, 100);
        for (long line = 2; line < 300; line++) {
            sieve.offer(line, 2024, "019", "A-" + (line % 150), null);
        }
        assertThat(sieve.overflowed()).isTrue();
        assertThat(sieve.candidates()).isEmpty();
    }

    @Test
    void memoryGrowsWithTheFileUpToItsCap() {
        assertThat(KeySieve.forFileOfSize(0, 1).memoryBytes()).isEqualTo(1 << 13);
        assertThat(KeySieve.forFileOfSize(40L << 20, 1).memoryBytes()).isEqualTo(4L << 20);
        assertThat(KeySieve.forFileOfSize(400L << 20, 1).memoryBytes()).isEqualTo(32L << 20);
        assertThat(KeySieve.forFileOfSize(40L << 30, 1).memoryBytes()).isEqualTo(32L << 20);
    }
}

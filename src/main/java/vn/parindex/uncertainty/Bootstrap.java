package vn.parindex.uncertainty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.ranking.Band;

/**
 * The bootstrap of one (year, group) (SPEC §12): in each of R replicates every ranked unit's respondents are drawn
 * with replacement and its index recomputed, the group is ranked on those indices (competition style, §7), and each
 * unit's replicate indices and ranks give its percentiles (nearest rank) and band shares. Pure: the result depends on
 * the samples, the year and R only.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    /** @param bands the group's bands (any order; empty when it has none) */
    public static List<UnitInterval> group(int year, List<UnitSample> units, int replicates, List<Band> bands) {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1: " + replicates);
        }
        int n = units.size();
        int[][] indices = new int[n][replicates];
        for (int u = 0; u < n; u++) {
            for (int r = 0; r < replicates; r++) {
                indices[u][r] = units.get(u).replicateIndex(year, r);
            }
        }
        int[][] ranks = new int[n][replicates];
        int[] column = new int[n];
        for (int r = 0; r < replicates; r++) {
            for (int u = 0; u < n; u++) {
                column[u] = indices[u][r];
            }
            Arrays.sort(column);
            for (int u = 0; u < n; u++) {
                ranks[u][r] = 1 + n - firstAbove(column, indices[u][r]);
            }
        }
        int[] real = new int[n];
        for (int u = 0; u < n; u++) {
            real[u] = units.get(u).indexCents();
        }
        int[] sortedReal = real.clone();
        Arrays.sort(sortedReal);
        List<Band> descending = bands.stream().sorted(Comparator.comparing(Band::minIndex).reversed()).toList();
        List<UnitInterval> intervals = new ArrayList<>(n);
        for (int u = 0; u < n; u++) {
            UnitSample unit = units.get(u);
            int[] unitRanks = ranks[u].clone();
            int[] unitIndices = indices[u].clone();
            Arrays.sort(unitRanks);
            Arrays.sort(unitIndices);
            intervals.add(new UnitInterval(unit.unitCode(), 1 + n - firstAbove(sortedReal, real[u]),
                    percentile(unitRanks, 5), percentile(unitRanks, 50), percentile(unitRanks, 95),
                    Fixed.hundredths(real[u]), Fixed.hundredths(percentile(unitIndices, 5)),
                    Fixed.hundredths(percentile(unitIndices, 50)), Fixed.hundredths(percentile(unitIndices, 95)),
                    bandShares(indices[u], descending), unit.sampled()));
        }
        return intervals;
    }

    /** Nearest rank: the value at position ⌈p/100 × R⌉ (1-based) of the R sorted values. */
    static int percentile(int[] sorted, int p) {
        int position = (p * sorted.length + 99) / 100;
        return sorted[Math.max(position, 1) - 1];
    }

    /** The position of the first value greater than {@code value} in {@code sorted} (its length when none is). */
    private static int firstAbove(int[] sorted, int value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static Map<String, BigDecimal> bandShares(int[] indices, List<Band> descending) {
        long[] counts = new long[descending.size()];
        for (int index : indices) {
            BigDecimal value = Fixed.hundredths(index);
            for (int b = 0; b < descending.size(); b++) {
                if (descending.get(b).minIndex().compareTo(value) <= 0) {
                    counts[b]++;
                    break;
                }
            }
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (int b = 0; b < descending.size(); b++) {
            shares.put(descending.get(b).name(), BigDecimal.valueOf(counts[b]).divide(BigDecimal.valueOf(indices.length), 3, RoundingMode.HALF_UP));
        }
        return shares;
    }
}

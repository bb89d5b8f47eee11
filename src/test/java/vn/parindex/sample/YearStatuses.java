package vn.parindex.sample;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Which units of the province submit nothing or are not yet appraised in one year: a few of each (one in twenty
 * and one in twelve, at least one each from four units up), picked by seed.
 */
final class YearStatuses {

    private final UnitStatus[] statuses;

    YearStatuses(long seed, int year, int units) {
        statuses = new UnitStatus[units];
        Arrays.fill(statuses, UnitStatus.FULL);
        int notSubmitted = units >= 4 ? Math.max(1, units / 20) : 0;
        int provisional = units >= 4 ? Math.max(1, units / 12) : 0;
        long[] keys = IntStream.range(0, units).mapToLong(i -> Randoms.mix(seed, year, i, 0x73746174L)).toArray();
        int[] order = IntStream.range(0, units).boxed().sorted(Comparator.comparingLong(i -> keys[i]))
                .mapToInt(Integer::intValue).toArray();
        for (int i = 0; i < notSubmitted + provisional; i++) {
            statuses[order[i]] = i < notSubmitted ? UnitStatus.NOT_SUBMITTED : UnitStatus.PROVISIONAL;
        }
    }

    UnitStatus of(SampleUnit unit) {
        return statuses[unit.index()];
    }
}

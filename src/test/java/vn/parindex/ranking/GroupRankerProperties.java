package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Properties of {@link GroupRanker} over random groups with deliberate ties. Each repetition uses its own fixed
 * seed, so a failure names the repetition that reproduces it.
 */
class GroupRankerProperties {

    private static final long SEED = 0x12A4CL;
    private static final List<String> NAMES = List.of("Quận Ba Đình", "Quận Bắc Từ Liêm", "Quận Cầu Giấy",
            "Quận Đống Đa", "Quận Hà Đông", "Quận Hai Bà Trưng", "Quận Hoàn Kiếm", "Huyện Đông Anh", "Huyện Ứng Hòa",
            "Thị xã Sơn Tây", "Phường Ô Chợ Dừa", "Xã Ơn", "xã ơn");
    private static final List<String> DOMAINS = List.of("1", "2", "3");

    @RepeatedTest(200)
    void ranksAreCompetitionRanksOnTheTwoDecimalIndex(RepetitionInfo repetition) {
        Random random = random(repetition);
        List<RankInput> units = units(random);

        List<RankedUnit> ranked = GroupRanker.rank(units, bands(random), Map.of());

        assertThat(ranked).hasSameSizeAs(units);
        for (int i = 0; i < ranked.size(); i++) {
            RankedUnit unit = ranked.get(i);
            long better = ranked.stream().filter(o -> o.index().compareTo(unit.index()) > 0).count();
            assertThat(unit.rank()).isEqualTo(better + 1);
            assertThat(unit.index()).isEqualTo(round2(input(units, unit.unitCode()).index()));
            if (i > 0) {
                RankedUnit previous = ranked.get(i - 1);
                assertThat(previous.index()).isGreaterThanOrEqualTo(unit.index());
                if (previous.index().compareTo(unit.index()) == 0) {
                    assertThat(previous.rank()).isEqualTo(unit.rank());
                    assertThat(VietnameseCollation.instance().compare(previous.unitName(), unit.unitName()))
                            .isLessThanOrEqualTo(0);
                }
            }
        }
    }

    @RepeatedTest(200)
    void domainRanksAreCompetitionRanksOnEachSubIndex(RepetitionInfo repetition) {
        Random random = random(repetition);
        List<RankInput> units = units(random);

        List<RankedUnit> ranked = GroupRanker.rank(units, List.of(), Map.of());

        for (RankedUnit unit : ranked) {
            for (String domain : DOMAINS) {
                BigDecimal own = round2(input(units, unit.unitCode()).domainSubIndices().get(domain));
                long better = units.stream()
                        .filter(o -> round2(o.domainSubIndices().get(domain)).compareTo(own) > 0).count();
                assertThat(unit.domainRanks().get(domain)).isEqualTo((int) better + 1);
            }
        }
    }

    @RepeatedTest(200)
    void inputOrderNeverChangesTheOutcome(RepetitionInfo repetition) {
        Random random = random(repetition);
        List<RankInput> units = units(random);
        List<Band> bands = bands(random);
        Map<String, PreviousRank> previous = previous(random, units);
        List<RankInput> shuffledUnits = new ArrayList<>(units);
        Collections.shuffle(shuffledUnits, random);
        List<Band> shuffledBands = new ArrayList<>(bands);
        Collections.shuffle(shuffledBands, random);

        assertThat(GroupRanker.rank(shuffledUnits, shuffledBands, previous))
                .isEqualTo(GroupRanker.rank(units, bands, previous));
    }

    @RepeatedTest(200)
    void eachUnitGetsTheHighestBandItReachesAndTheGapToTheNext(RepetitionInfo repetition) {
        Random random = random(repetition);
        List<Band> bands = bands(random);

        for (RankedUnit unit : GroupRanker.rank(units(random), bands, Map.of())) {
            List<Band> reached = bands.stream().filter(b -> b.minIndex().compareTo(unit.index()) <= 0).toList();
            List<Band> above = bands.stream().filter(b -> b.minIndex().compareTo(unit.index()) > 0).toList();
            BigDecimal highestReached = reached.stream().map(Band::minIndex).max(BigDecimal::compareTo).orElse(null);
            BigDecimal lowestAbove = above.stream().map(Band::minIndex).min(BigDecimal::compareTo).orElse(null);

            assertThat(unit.band() == null ? null : minIndexOf(bands, unit.band())).isEqualTo(highestReached);
            assertThat(unit.nextBand() == null ? null : minIndexOf(bands, unit.nextBand())).isEqualTo(lowestAbove);
            if (lowestAbove == null) {
                assertThat(unit.pointsToNextBand()).isNull();
            } else {
                BigDecimal gap = lowestAbove.subtract(unit.index());
                assertThat(unit.pointsToNextBand()).isEqualTo(gap.setScale(2, RoundingMode.CEILING)).isPositive();
                // the gap, added to the index, reaches the band; one hundredth less does not
                assertThat(unit.index().add(unit.pointsToNextBand())).isGreaterThanOrEqualTo(lowestAbove);
                assertThat(unit.index().add(unit.pointsToNextBand()).subtract(new BigDecimal("0.01")))
                        .isLessThan(lowestAbove);
            }
        }
    }

    @RepeatedTest(200)
    void changeIsAgainstLastYearOnlyWhenThereIsALastYear(RepetitionInfo repetition) {
        Random random = random(repetition);
        List<RankInput> units = units(random);
        Map<String, PreviousRank> previous = previous(random, units);

        for (RankedUnit unit : GroupRanker.rank(units, List.of(), previous)) {
            PreviousRank before = previous.get(unit.unitCode());
            if (before == null) {
                assertThat(unit.deltaRank()).isNull();
                assertThat(unit.deltaIndex()).isNull();
            } else {
                assertThat(unit.deltaRank()).isEqualTo(continuingDeltaRank(unit.unitCode(), units, previous));
                assertThat(unit.deltaIndex()).isEqualByComparingTo(unit.index().subtract(before.index()));
            }
        }
    }

    /**
     * With predecessors (SPEC §13): the same unit wins where it has a last year; otherwise Δindex is against the
     * half-up mean of the ranked predecessors (whatever their order), with no Δrank; otherwise no change at all.
     */
    @RepeatedTest(200)
    void aMergedUnitIsMeasuredAgainstItsRankedPredecessorsOnlyWithoutALastYearOfItsOwn(RepetitionInfo repetition) {
        Random random = random(repetition);
        List<RankInput> units = units(random);
        Map<String, PreviousRank> previous = previous(random, units);
        Map<String, BigDecimal> indices = new HashMap<>();
        List<String> old = List.of("P1", "P2", "P3", "P4", "P5");
        old.forEach(p -> {
            if (random.nextBoolean()) {
                indices.put(p, BigDecimal.valueOf(random.nextInt(10_001)).movePointLeft(2));
            }
        });
        Map<String, List<String>> predecessors = new HashMap<>();
        for (RankInput unit : units) {
            List<String> shuffled = new ArrayList<>(old);
            Collections.shuffle(shuffled, random);
            predecessors.put(unit.unitCode(), shuffled.subList(0, random.nextInt(old.size() + 1)));
        }

        for (RankedUnit unit : GroupRanker.rank(units, List.of(), previous, predecessors, indices)) {
            PreviousRank before = previous.get(unit.unitCode());
            List<BigDecimal> ranked = predecessors.get(unit.unitCode()).stream().filter(indices::containsKey).map(indices::get).toList();
            if (before != null) {
                assertThat(unit.deltaBasis()).isEqualTo(DeltaBasis.SAME_UNIT);
                assertThat(unit.deltaRank()).isEqualTo(continuingDeltaRank(unit.unitCode(), units, previous));
            } else if (!ranked.isEmpty()) {
                BigDecimal mean = ranked.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(ranked.size()), 2, RoundingMode.HALF_UP);
                assertThat(unit.deltaBasis()).isEqualTo(DeltaBasis.PREDECESSORS);
                assertThat(unit.deltaRank()).isNull();
                assertThat(unit.deltaIndex()).isEqualTo(unit.index().subtract(mean));
                assertThat(unit.index().subtract(unit.deltaIndex())).isEqualTo(mean);
            } else {
                assertThat(unit.deltaBasis()).isNull();
                assertThat(unit.deltaIndex()).isNull();
                assertThat(unit.deltaRank()).isNull();
            }
        }
    }

    /**
     * When every unit continues and last year's ranks are those of last year's indices, Δrank is the plain
     * difference of the two ranks (SPEC §7).
     */
    @RepeatedTest(200)
    void inAGroupThatDidNotChangeDeltaRankIsThePlainDifference(RepetitionInfo repetition) {
        Random random = random(repetition);
        List<RankInput> units = units(random);
        Map<String, BigDecimal> lastIndex = new HashMap<>();
        units.forEach(u -> lastIndex.put(u.unitCode(), BigDecimal.valueOf(random.nextInt(10_001)).movePointLeft(2)));
        Map<String, PreviousRank> previous = new HashMap<>();
        lastIndex.forEach((code, index) -> previous.put(code, new PreviousRank(
                1 + (int) lastIndex.values().stream().filter(v -> v.compareTo(index) > 0).count(), index)));

        for (RankedUnit unit : GroupRanker.rank(units, List.of(), previous)) {
            assertThat(unit.deltaRank()).isEqualTo(previous.get(unit.unitCode()).rank() - unit.rank());
        }
    }

    /** Brute force of SPEC §7: ranks among the units present in both years, on each year's 2-decimal index. */
    static int continuingDeltaRank(String code, List<RankInput> units, Map<String, PreviousRank> previous) {
        List<RankInput> continuing = units.stream().filter(u -> previous.containsKey(u.unitCode())).toList();
        BigDecimal now = continuing.stream().filter(u -> u.unitCode().equals(code)).findFirst().orElseThrow().index()
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal then = previous.get(code).index().setScale(2, RoundingMode.HALF_UP);
        long aboveNow = continuing.stream().filter(u -> u.index().setScale(2, RoundingMode.HALF_UP).compareTo(now) > 0).count();
        long aboveThen = continuing.stream().filter(u -> previous.get(u.unitCode()).index().setScale(2, RoundingMode.HALF_UP)
                .compareTo(then) > 0).count();
        return (int) (aboveThen - aboveNow);
    }

    /** 0–12 units; indices drawn from a small pool half the time, so that ties (also after rounding) are common. */
    static List<RankInput> units(Random random) {
        List<BigDecimal> pool = List.of(new BigDecimal("66.61"), new BigDecimal("66.605"), new BigDecimal("66.6149"),
                new BigDecimal("100"), new BigDecimal("0"), new BigDecimal("50.00"));
        List<RankInput> units = new ArrayList<>();
        for (int i = random.nextInt(13); i > 0; i--) {
            Map<String, BigDecimal> subIndices = new LinkedHashMap<>();
            DOMAINS.forEach(d -> subIndices.put(d, random.nextBoolean() ? pool.get(random.nextInt(pool.size()))
                    : percent(random)));
            BigDecimal index = random.nextBoolean() ? pool.get(random.nextInt(pool.size())) : percent(random);
            units.add(new RankInput(String.format("%03d", units.size() + 1), NAMES.get(random.nextInt(NAMES.size())),
                    index, subIndices));
        }
        return units;
    }

    /** 0–5 bands with distinct thresholds, not always one at 0. */
    static List<Band> bands(Random random) {
        List<Band> bands = new ArrayList<>();
        List<String> names = List.of("Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu");
        for (int i = random.nextInt(6) - 1; i >= 0; i--) {
            BigDecimal minIndex = i == 0 && random.nextBoolean() ? BigDecimal.ZERO : percent(random);
            if (bands.stream().noneMatch(b -> b.minIndex().compareTo(minIndex) == 0)) {
                bands.add(new Band(names.get(i), minIndex));
            }
        }
        return bands;
    }

    /** Last year's standing for about half of the units; a published index has 2 decimals. */
    static Map<String, PreviousRank> previous(Random random, List<RankInput> units) {
        Map<String, PreviousRank> previous = new HashMap<>();
        for (RankInput unit : units) {
            if (random.nextBoolean()) {
                previous.put(unit.unitCode(), new PreviousRank(1 + random.nextInt(units.size()),
                        BigDecimal.valueOf(random.nextInt(10_001)).movePointLeft(2)));
            }
        }
        return previous;
    }

    private static BigDecimal percent(Random random) {
        return BigDecimal.valueOf(random.nextInt(1_000_001)).movePointLeft(4);
    }

    private static BigDecimal minIndexOf(List<Band> bands, String name) {
        return bands.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow().minIndex();
    }

    private static RankInput input(List<RankInput> units, String code) {
        return units.stream().filter(u -> u.unitCode().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private static Random random(RepetitionInfo repetition) {
        return new Random(SEED + repetition.getCurrentRepetition());
    }
}

package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupRankerTest {

    private static final List<Band> BANDS = List.of(
            new Band("Yếu", new BigDecimal("0")), new Band("Xuất sắc", new BigDecimal("90")),
            new Band("Khá", new BigDecimal("70")), new Band("Tốt", new BigDecimal("80")),
            new Band("Trung bình", new BigDecimal("50")));

    @Test
    void equalTwoDecimalIndicesShareACompetitionRankInNameOrder() {
        List<RankedUnit> ranked = GroupRanker.rank(List.of(
                unit("04", "Quận Hoàn Kiếm", "70.5"),
                unit("03", "Quận Đống Đa", "80.004"),
                unit("02", "Quận Cầu Giấy", "79.995"),
                unit("01", "Quận Ba Đình", "91"),
                unit("05", "Quận Đống Đa", "80")), BANDS, Map.of());

        assertThat(ranked).extracting(RankedUnit::unitCode).containsExactly("01", "02", "03", "05", "04");
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, 2, 2, 5);
        assertThat(ranked).extracting(RankedUnit::index).containsExactly(new BigDecimal("91.00"),
                new BigDecimal("80.00"), new BigDecimal("80.00"), new BigDecimal("80.00"), new BigDecimal("70.50"));
    }

    @Test
    void theBandIsTheHighestThresholdReachedAndTheNextOneIsPointsAway() {
        List<RankedUnit> ranked = GroupRanker.rank(List.of(
                unit("01", "A", "100"), unit("02", "B", "90"), unit("03", "C", "89.99"), unit("04", "D", "0")),
                BANDS, Map.of());

        assertThat(ranked).extracting(RankedUnit::band).containsExactly("Xuất sắc", "Xuất sắc", "Tốt", "Yếu");
        assertThat(ranked).extracting(RankedUnit::nextBand).containsExactly(null, null, "Xuất sắc", "Trung bình");
        assertThat(ranked).extracting(RankedUnit::pointsToNextBand)
                .containsExactly(null, null, new BigDecimal("0.01"), new BigDecimal("50.00"));
    }

    @Test
    void withoutBandsThereIsNoBandAndNoNextBand() {
        RankedUnit only = GroupRanker.rank(List.of(unit("01", "A", "55")), List.of(), Map.of()).get(0);

        assertThat(only.band()).isNull();
        assertThat(only.nextBand()).isNull();
        assertThat(only.pointsToNextBand()).isNull();
    }

    @Test
    void belowTheLowestBandThereIsNoBandButANextOne() {
        RankedUnit only = GroupRanker.rank(List.of(unit("01", "A", "40")),
                List.of(new Band("Đạt", new BigDecimal("50"))), Map.of()).get(0);

        assertThat(only.band()).isNull();
        assertThat(only.nextBand()).isEqualTo("Đạt");
        assertThat(only.pointsToNextBand()).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void changeIsMeasuredAgainstLastYearWhenThereIsOne() {
        List<RankedUnit> ranked = GroupRanker.rank(List.of(
                unit("01", "A", "66.61"), unit("02", "B", "35.23"), unit("03", "C", "50")), BANDS,
                Map.of("01", new PreviousRank(2, new BigDecimal("30")),
                        "02", new PreviousRank(1, new BigDecimal("67.06"))));

        assertThat(ranked).extracting(RankedUnit::unitCode).containsExactly("01", "03", "02");
        assertThat(ranked).extracting(RankedUnit::deltaRank).containsExactly(1, null, -1);
        assertThat(ranked).extracting(RankedUnit::deltaIndex)
                .containsExactly(new BigDecimal("36.61"), null, new BigDecimal("-31.83"));
    }

    /** SPEC §7: 12 units last year, 10 this year; the one last both times is not shown as moving up. */
    @Test
    void aUnitLastInAShrinkingGroupDoesNotMoveUp() {
        List<RankInput> now = List.of(unit("A", "A", "90"), unit("B", "B", "80"), unit("M", "M", "85"),
                unit("Z", "Z", "10"));
        Map<String, PreviousRank> before = Map.of(
                "A", new PreviousRank(1, new BigDecimal("95")), "B", new PreviousRank(3, new BigDecimal("70")),
                "X", new PreviousRank(2, new BigDecimal("75")), "Y", new PreviousRank(4, new BigDecimal("60")),
                "Z", new PreviousRank(5, new BigDecimal("20")));

        List<RankedUnit> ranked = GroupRanker.rank(now, BANDS, before);

        assertThat(ranked).extracting(RankedUnit::unitCode).containsExactly("A", "M", "B", "Z");
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, 3, 4);
        // continuing A, B, Z: 1, 2, 3 in both years
        assertThat(ranked).extracting(RankedUnit::deltaRank).containsExactly(0, null, 0, 0);
    }

    @Test
    void continuingUnitsAreRankedOnTheirIndicesOfEachYearWithTies() {
        List<RankInput> now = List.of(unit("A", "A", "50"), unit("B", "B", "50"), unit("C", "C", "70"));
        Map<String, PreviousRank> before = Map.of(
                "A", new PreviousRank(1, new BigDecimal("90")), "B", new PreviousRank(3, new BigDecimal("60")),
                "C", new PreviousRank(3, new BigDecimal("60")));

        List<RankedUnit> ranked = GroupRanker.rank(now, BANDS, before);

        // last year A 1, B 2, C 2; this year C 1, A 2, B 2
        assertThat(ranked).extracting(RankedUnit::unitCode).containsExactly("C", "A", "B");
        assertThat(ranked).extracting(RankedUnit::deltaRank).containsExactly(1, -1, 0);
        ContinuingRanks continuing = ContinuingRanks.of(Map.of("A", new BigDecimal("50"), "B", new BigDecimal("50"),
                "N", new BigDecimal("99")), before);
        assertThat(continuing.count()).isEqualTo(2);
        assertThat(continuing.deltaRank("N")).isNull();
        assertThat(continuing.deltaRank("A")).isEqualTo(0);
    }

    @Test
    void aUnitRankedInTheSameGroupLastYearIsMeasuredAgainstItself() {
        RankedUnit only = GroupRanker.rank(List.of(unit("C", "C", "60")), BANDS,
                Map.of("C", new PreviousRank(2, new BigDecimal("55.50"))),
                Map.of("C", List.of("A")), Map.of("A", new BigDecimal("10"), "C", new BigDecimal("55.50"))).get(0);

        assertThat(only.deltaBasis()).isEqualTo(DeltaBasis.SAME_UNIT);
        // the only continuing unit: first among them both years (SPEC §7)
        assertThat(only.deltaRank()).isEqualTo(0);
        assertThat(only.deltaIndex()).isEqualTo(new BigDecimal("4.50"));
    }

    @Test
    void aMergedUnitIsMeasuredAgainstTheHalfUpMeanOfItsPredecessors() {
        RankedUnit merged = GroupRanker.rank(List.of(unit("M", "M", "80")), BANDS, Map.of(),
                Map.of("M", List.of("A", "B")), Map.of("A", new BigDecimal("70.125"), "B", new BigDecimal("80.00"))).get(0);

        // (70.125 + 80.00) / 2 = 75.0625 → 75.06
        assertThat(merged.deltaBasis()).isEqualTo(DeltaBasis.PREDECESSORS);
        assertThat(merged.deltaIndex()).isEqualTo(new BigDecimal("4.94"));
        assertThat(merged.deltaRank()).isNull();
        assertThat(HalfUpMean.of(List.of(new BigDecimal("70.125"), new BigDecimal("80.00"))))
                .isEqualTo(new BigDecimal("75.06"));
    }

    @Test
    void predecessorsNotRankedLastYearDoNotCountInTheMean() {
        RankedUnit merged = GroupRanker.rank(List.of(unit("M", "M", "50")), BANDS, Map.of(),
                Map.of("M", List.of("A", "B", "Z")), Map.of("B", new BigDecimal("41.25"), "X", new BigDecimal("99"))).get(0);

        assertThat(merged.deltaBasis()).isEqualTo(DeltaBasis.PREDECESSORS);
        assertThat(merged.deltaIndex()).isEqualTo(new BigDecimal("8.75"));
        assertThat(merged.deltaRank()).isNull();
    }

    @Test
    void withoutLastYearNorRankedPredecessorsThereIsNoChangeNorBasis() {
        List<RankedUnit> ranked = GroupRanker.rank(List.of(unit("N", "N", "50"), unit("M", "M", "60")), BANDS, Map.of(),
                Map.of("M", List.of("A", "B")), Map.of("C", new BigDecimal("41.25")));

        assertThat(ranked).extracting(RankedUnit::deltaBasis).containsOnlyNulls();
        assertThat(ranked).extracting(RankedUnit::deltaIndex).containsOnlyNulls();
        assertThat(ranked).extracting(RankedUnit::deltaRank).containsOnlyNulls();
    }

    @Test
    void theThreeArgumentRankingHasNoMergedUnits() {
        assertThat(GroupRanker.rank(List.of(unit("01", "A", "1")), BANDS, Map.of()).get(0).deltaBasis()).isNull();
    }

    @Test
    void domainRanksFollowTheSameRuleOnEachSubIndex() {
        List<RankedUnit> ranked = GroupRanker.rank(List.of(
                new RankInput("01", "A", new BigDecimal("90"), Map.of("1", new BigDecimal("50"), "2", new BigDecimal("10"))),
                new RankInput("02", "B", new BigDecimal("80"), Map.of("1", new BigDecimal("70"), "2", new BigDecimal("10.001"))),
                new RankInput("03", "C", new BigDecimal("70"), Map.of("1", new BigDecimal("50"), "2", new BigDecimal("20")))),
                BANDS, Map.of());

        assertThat(ranked).extracting(u -> u.domainRanks().get("1")).containsExactly(2, 1, 2);
        assertThat(ranked).extracting(u -> u.domainRanks().get("2")).containsExactly(2, 2, 1);
    }

    @Test
    void aUnitMayNotBeRankedTwice() {
        assertThatThrownBy(() -> GroupRanker.rank(List.of(unit("01", "A", "1"), unit("01", "B", "2")), BANDS, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyGroupRanksNobody() {
        assertThat(GroupRanker.rank(List.of(), BANDS, Map.of())).isEmpty();
    }

    private static RankInput unit(String code, String name, String index) {
        return new RankInput(code, name, new BigDecimal(index), Map.of());
    }
}

package vn.parindex.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.report.model.History.GroupYear;
import vn.parindex.report.model.History.UnitYear;
import vn.parindex.warehouse.ReportDataRepository.RankedRow;

/** SPEC §13's history over records, without a database. */
class HistoryTest {

    private static RankedRow row(int year, String group, String unit, String index, int rank) {
        return new RankedRow(year, group, unit, new BigDecimal(index), rank);
    }

    @Test
    void aUnitRankedSevenYearsGetsItsLastFiveOldestFirstWithItsGroupsSizeAndAverage() {
        List<RankedRow> rows = new ArrayList<>();
        for (int year = 2019; year <= 2025; year++) {
            rows.add(row(year, "XA", "A", "8" + (year - 2019) + ".00", 1));
            rows.add(row(year, "XA", "B", "70.01", 2));
        }
        History history = History.of(2025, rows);

        assertThat(history.of("A")).extracting(UnitYear::year).containsExactly(2021, 2022, 2023, 2024, 2025);
        UnitYear last = history.of("A").get(4);
        assertThat(last.index()).isEqualByComparingTo("86.00");
        assertThat(last.rank()).isEqualTo(1);
        assertThat(last.rankedInGroup()).isEqualTo(2);
        // (86.00 + 70.01) / 2 = 78.005 → 78.01, half-up
        assertThat(last.groupAverage()).isEqualByComparingTo("78.01");
        assertThat(history.ofGroup("XA")).extracting(GroupYear::year).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(history.ofGroup("XA").get(0).averageIndex()).isEqualByComparingTo("76.01");
        assertThat(history.ofGroup("XA").get(0).ranked()).isEqualTo(2);
    }

    @Test
    void yearsAUnitWasNotRankedAreSkippedNotCounted() {
        List<RankedRow> rows = new ArrayList<>();
        for (int year : new int[] {2018, 2019, 2021, 2023, 2024, 2025}) {
            rows.add(row(year, "XA", "A", "50.00", 1));
        }
        assertThat(History.of(2025, rows).of("A")).extracting(UnitYear::year).containsExactly(2019, 2021, 2023, 2024, 2025);
    }

    @Test
    void laterYearsAreLeftOutAndOnlyUnitsAndGroupsRankedThatYearGetAHistory() {
        List<RankedRow> rows = List.of(
                row(2023, "XA", "A", "60.00", 1), row(2023, "XA", "GONE", "40.00", 2), row(2023, "OLD", "Z", "10.00", 1),
                row(2024, "XA", "A", "61.00", 1),
                row(2025, "XA", "A", "99.00", 1));
        History history = History.of(2024, rows);

        assertThat(history.units()).containsOnlyKeys("A");
        assertThat(history.groups()).containsOnlyKeys("XA");
        assertThat(history.of("A")).extracting(UnitYear::year).containsExactly(2023, 2024);
        assertThat(history.ofGroup("XA")).extracting(GroupYear::averageIndex)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("50.00"), new BigDecimal("61.00"));
        assertThat(history.of("GONE")).isEmpty();
    }

    @Test
    void aUnitThatChangedGroupsIsComparedEachYearWithTheGroupItWasIn() {
        List<RankedRow> rows = List.of(
                row(2024, "HUYEN", "A", "70.00", 2), row(2024, "HUYEN", "B", "90.00", 1), row(2024, "XA", "C", "10.00", 1),
                row(2025, "XA", "A", "80.00", 1), row(2025, "XA", "C", "20.00", 2));
        List<UnitYear> a = History.of(2025, rows).of("A");

        assertThat(a.get(0).groupAverage()).isEqualByComparingTo("80.00");
        assertThat(a.get(0).rank()).isEqualTo(2);
        assertThat(a.get(1).groupAverage()).isEqualByComparingTo("50.00");
        assertThat(History.of(2025, rows).ofGroup("XA")).extracting(GroupYear::year).containsExactly(2024, 2025);
    }

    @Test
    void aMergedUnitsHistoryStartsTheYearItWasFormed() {
        List<RankedRow> rows = List.of(row(2024, "XA", "P1", "70.00", 1), row(2024, "XA", "P2", "60.00", 2),
                row(2025, "XA", "M", "75.00", 1));
        assertThat(History.of(2025, rows).of("M")).extracting(UnitYear::year).containsExactly(2025);
    }

    /** SPEC §7: which units a group's Δrank is measured among, and whether that differs from the plain ranks. */
    @Test
    void continuityCountsTheUnitsRankedInTheGroupInBothYears() {
        List<RankedRow> rows = List.of(row(2025, "Q", "A", "90", 1), row(2025, "Q", "B", "80", 2), row(2025, "Q", "C", "70", 3),
                row(2026, "Q", "A", "91", 1), row(2026, "Q", "C", "72", 2), row(2026, "Q", "M", "60", 3),
                row(2025, "H", "X", "50", 1), row(2026, "H", "X", "55", 1), row(2026, "N", "Y", "40", 1));

        History history = History.of(2026, rows);

        assertThat(history.continuityOf("Q")).isEqualTo(new History.Continuity(2025, 3, 3, 2));
        assertThat(history.continuityOf("Q").changed()).isTrue();
        assertThat(history.continuityOf("H").changed()).isFalse();
        assertThat(history.continuityOf("N")).as("no ranked unit the year before").isNull();
    }
}

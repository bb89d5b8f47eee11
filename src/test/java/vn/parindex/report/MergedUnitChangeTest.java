package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.report.ScorecardFixtures.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.DeltaBasis;
import vn.parindex.report.model.ScorecardReport.Change;
import vn.parindex.report.model.ScorecardReport.ChangeLine;
import vn.parindex.warehouse.ReportDataRepository.CriterionRow;
import vn.parindex.ranking.DomainPoints;
import vn.parindex.ranking.UnitTotal;
import vn.parindex.warehouse.UnitResult;
import vn.parindex.warehouse.UnitResult.DomainResult;
import vn.parindex.ranking.YearBaseline;
import vn.parindex.ranking.YearBaseline.Basis;
import vn.parindex.report.model.ScorecardAssembler;
import vn.parindex.report.model.ScorecardReport;

/**
 * A merged unit's scorecard change (SPEC §13): against the half-up mean of its ranked predecessors' figures
 * ({@link YearBaseline}), its lines still add up exactly to Δindex. A and B (group XA in 2024) became M (QUAN);
 * D is a predecessor that was not ranked; C continues and keeps its own figures.
 */
class MergedUnitChangeTest {

    private static final List<CriterionRow> CRITERIA = List.of(
            new CriterionRow("QUAN", "1", null, "Chỉ đạo", d("40"), "group", null),
            new CriterionRow("QUAN", "1.1", "1", "Kế hoạch", d("40"), "appraised", null),
            new CriterionRow("QUAN", "2", null, "Thủ tục", d("60"), "group", null),
            new CriterionRow("QUAN", "2.1", "2", "Đúng hạn", d("60"), "appraised", null));

    private static final List<UnitTotal> TOTALS_2024 = List.of(
            new UnitTotal("XA", "A", null, d("70.25"), d("100")),
            new UnitTotal("XA", "B", null, d("80.00"), d("100")),
            new UnitTotal("QUAN", "C", d("1.00"), d("61.00"), d("100")));

    private static final List<DomainPoints> DOMAINS_2024 = List.of(
            new DomainPoints("XA", "A", "1", d("30.25"), d("40"), d("75.63")),
            new DomainPoints("XA", "A", "2", d("40.00"), d("60"), d("66.67")),
            new DomainPoints("XA", "B", "1", d("35.00"), d("40"), d("87.50")),
            new DomainPoints("XA", "B", "2", d("45.00"), d("60"), d("75.00")),
            new DomainPoints("QUAN", "C", "1", d("20.00"), d("40"), d("50.00")),
            new DomainPoints("QUAN", "C", "2", d("40.00"), d("60"), d("66.67")));

    private static YearBaseline baseline() {
        return YearBaseline.of(Map.of("M", new Basis("QUAN", DeltaBasis.PREDECESSORS), "C", new Basis("QUAN", DeltaBasis.SAME_UNIT)),
                Map.of("M", List.of("A", "D", "B")), TOTALS_2024, DOMAINS_2024);
    }

    @Test
    void theBaselineOfAMergedUnitIsTheHalfUpMeanOfItsRankedPredecessorsUnderItsOwnCodeAndGroup() {
        YearBaseline baseline = baseline();

        assertThat(baseline.totals()).filteredOn(t -> t.unitCode().equals("M")).singleElement().satisfies(t -> {
            assertThat(t.groupCode()).isEqualTo("QUAN");
            // 32.63 + 42.50 + 0 (adjustment) + 0 (clamp): mean(70.25, 80.00) = 75.125 → 75.13
            assertThat(t.total()).isEqualByComparingTo("75.13");
            assertThat(t.totalMax()).isEqualByComparingTo("100");
            assertThat(t.adjustment()).isEqualByComparingTo("0");
        });
        assertThat(baseline.domains()).filteredOn(r -> r.unitCode().equals("M"))
                .extracting(DomainPoints::domainCode, DomainPoints::points, DomainPoints::subIndex)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", d("32.63"), d("81.57")),
                        org.assertj.core.groups.Tuple.tuple("2", d("42.50"), d("70.84")));
        // C, and the predecessors themselves, keep their own rows
        assertThat(baseline.totals()).extracting(UnitTotal::unitCode).containsExactlyInAnyOrder("A", "B", "C", "M");
        assertThat(baseline.domains()).filteredOn(r -> r.unitCode().equals("C")).hasSize(2);
    }

    @Test
    void aMergedUnitsChangeLinesAddUpExactlyToItsDeltaIndex() {
        YearBaseline baseline = baseline();
        UnitResult m = new UnitResult(2025, "QUAN", "M", "Xã Hợp Nhất", "final", d("78.00"), 1, null, null, d("2.87"), null, null,
                List.of(new DomainResult("1", d("36.00"), d("40"), d("90.00"), 1), new DomainResult("2", d("42.00"), d("60"), d("70.00"), 1)),
                DeltaBasis.PREDECESSORS.code());

        ScorecardReport report = ScorecardAssembler.assemble(new ScorecardAssembler.Inputs(2025, LocalDate.of(2025, 12, 31),
                List.of(m), CRITERIA, List.of(), List.of(new UnitTotal("QUAN", "M", null, d("78.00"), d("100"))),
                baseline.totals(), baseline.domains()));

        Change change = report.scorecards().get(0).change();
        assertThat(change.againstPredecessors()).isTrue();
        List<ChangeLine> lines = change.lines();
        assertThat(lines).extracting(ChangeLine::kind).containsExactly("domain", "domain", "total");
        assertThat(lines.get(0).previousRate()).isEqualByComparingTo("81.57");
        assertThat(lines.get(0).deltaPoints()).isEqualByComparingTo("3.37");
        assertThat(lines.get(1).deltaPoints()).isEqualByComparingTo("-0.50");
        ChangeLine total = lines.get(2);
        assertThat(total.previousPoints()).isEqualByComparingTo("75.13");
        assertThat(total.previousRate()).isEqualByComparingTo("75.13");
        assertThat(total.deltaPoints()).isEqualByComparingTo(lines.get(0).deltaPoints().add(lines.get(1).deltaPoints()));
        assertThat(lines).extracting(ChangeLine::contribution).containsExactly(d("3.37"), d("-0.50"), d("2.87"));
        assertThat(lines.get(0).contribution().add(lines.get(1).contribution())).isEqualByComparingTo(m.deltaIndex());
    }

    /**
     * The rounding rule of SPEC §13 (docs/decisions.md): the half-up means of each domain's points would add up to
     * 32.63 + 42.63 = 75.26 against a mean index of 75.25; rounded together by largest remainder the parts add up
     * to the baseline total, which on a 100-point framework is the index Δindex is measured against.
     */
    @Test
    void theBaselinesPartsAddUpToItsTotalWhereHalfUpMeansWouldNot() {
        List<UnitTotal> totals = List.of(new UnitTotal("XA", "A", null, d("70.50"), d("100")),
                new UnitTotal("XA", "B", d("-1.00"), d("79.00"), d("100")));
        List<DomainPoints> domains = List.of(
                new DomainPoints("XA", "A", "1", d("30.25"), d("40"), d("75.63")),
                new DomainPoints("XA", "A", "2", d("40.25"), d("60"), d("67.08")),
                new DomainPoints("XA", "B", "1", d("35.00"), d("40"), d("87.50")),
                new DomainPoints("XA", "B", "2", d("45.00"), d("60"), d("75.00")));
        YearBaseline baseline = YearBaseline.of(Map.of("M", new Basis("QUAN", DeltaBasis.PREDECESSORS)),
                Map.of("M", List.of("A", "B")), totals, domains);

        UnitTotal m = baseline.totals().stream().filter(t -> t.unitCode().equals("M")).findFirst().orElseThrow();
        List<DomainPoints> parts = baseline.domains().stream().filter(r -> r.unitCode().equals("M")).toList();
        assertThat(m.total()).isEqualByComparingTo(vn.parindex.ranking.HalfUpMean.of(List.of(d("70.50"), d("79.00"))));
        assertThat(m.total()).isEqualByComparingTo("74.75");
        assertThat(m.adjustment()).isEqualByComparingTo("-0.50");
        assertThat(parts).extracting(DomainPoints::points).containsExactly(d("32.63"), d("42.62"));
        assertThat(parts.get(0).points().add(parts.get(1).points()).add(m.adjustment())).isEqualByComparingTo(m.total());

        UnitResult unit = new UnitResult(2025, "QUAN", "M", "Xã Hợp Nhất", "final", d("78.00"), 1, null, null, d("3.25"), null, null,
                List.of(new DomainResult("1", d("36.00"), d("40"), d("90.00"), 1), new DomainResult("2", d("42.00"), d("60"), d("70.00"), 1)),
                DeltaBasis.PREDECESSORS.code());
        ScorecardReport report = ScorecardAssembler.assemble(new ScorecardAssembler.Inputs(2025, LocalDate.of(2025, 12, 31),
                List.of(unit), CRITERIA, List.of(), List.of(new UnitTotal("QUAN", "M", null, d("78.00"), d("100"))),
                baseline.totals(), baseline.domains()));
        List<ChangeLine> lines = report.scorecards().get(0).change().lines();
        assertThat(lines).extracting(ChangeLine::kind).containsExactly("domain", "domain", "adjustment", "total");
        ChangeLine total = lines.get(3);
        assertThat(total.previousPoints()).isEqualByComparingTo(total.previousRate());
        assertThat(total.points()).isEqualByComparingTo(total.rate());
        assertThat(total.deltaPoints()).isEqualByComparingTo(unit.deltaIndex());
        BigDecimal rows = lines.subList(0, 3).stream().map(ChangeLine::deltaPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal contributions = lines.subList(0, 3).stream().map(ChangeLine::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(rows).isEqualByComparingTo(unit.deltaIndex());
        assertThat(contributions).isEqualByComparingTo(unit.deltaIndex());
        for (ChangeLine line : lines) {
            assertThat(line.contribution()).as(line.kind()).isEqualByComparingTo(line.deltaPoints());
        }
    }

    @Test
    void withoutRankedPredecessorsThereIsNoBaselineAndNoChange() {
        YearBaseline baseline = YearBaseline.of(Map.of("M", new Basis("QUAN", DeltaBasis.PREDECESSORS)),
                Map.of("M", List.of("D")), TOTALS_2024, DOMAINS_2024);

        assertThat(baseline.totals()).extracting(UnitTotal::unitCode).doesNotContain("M");
        assertThat(baseline.domains()).extracting(DomainPoints::unitCode).doesNotContain("M");
    }
}

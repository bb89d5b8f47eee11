package vn.parindex.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.report.ScorecardFixtures.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.parindex.report.model.ScorecardReport.ChangeLine;
import vn.parindex.report.model.ScorecardReport.LeafLine;
import vn.parindex.report.model.ScorecardReport.Scorecard;
import vn.parindex.warehouse.ReportDataRepository.CriterionRow;
import vn.parindex.ranking.DomainPoints;
import vn.parindex.warehouse.ReportDataRepository.LeafRow;
import vn.parindex.ranking.UnitTotal;
import vn.parindex.warehouse.UnitResult;
import vn.parindex.warehouse.UnitResult.DomainResult;

class ScorecardAssemblerTest {

    private static final List<CriterionRow> CRITERIA = List.of(
            new CriterionRow("QUAN", "1", null, "Chỉ đạo", d("40"), "group", null),
            new CriterionRow("QUAN", "1.1", "1", "Kế hoạch", d("15"), "appraised", null),
            new CriterionRow("QUAN", "1.2", "1", "Hoàn thành", d("25"), "ratio", "metric=m; linear"),
            new CriterionRow("QUAN", "2", null, "Thủ tục", d("60"), "group", null),
            new CriterionRow("QUAN", "2.1", "2", "Đúng hạn", d("60"), "ratio", "metric=m; linear"));

    @Test
    void scorecardPerRankedUnitWithMostLostChangeAndGroupAverages() {
        UnitResult a = new UnitResult(2024, "QUAN", "A", "Quận A", "provisional", d("70.00"), 1, "Khá", 1, d("5.00"), "Tốt",
                d("10.00"), List.of(new DomainResult("1", d("30"), d("40"), d("75.00"), 1),
                        new DomainResult("2", d("41"), d("60"), d("68.33"), 1)));
        UnitResult b = new UnitResult(2024, "QUAN", "B", "Quận B", "final", d("40.00"), 2, "Yếu", null, null, "Trung bình",
                d("10.00"), List.of(new DomainResult("1", d("20"), d("40"), d("50.00"), 2),
                        new DomainResult("2", d("20"), d("60"), d("33.33"), 2)));
        UnitResult none = new UnitResult(2024, "QUAN", "C", "Quận C", "not_submitted", null, null, null, null, null, null,
                null, List.of());
        List<LeafRow> leaves = List.of(leaf("A", "1.1", "15", "15", "provisional"), leaf("A", "1.2", "25", "15", null),
                leaf("A", "2.1", "60", "41", null), leaf("B", "1.1", "15", "10", null), leaf("B", "1.2", "25", "10", null),
                leaf("B", "2.1", "60", "20", "missing"));

        ScorecardReport report = ScorecardAssembler.assemble(new ScorecardAssembler.Inputs(2024, LocalDate.of(2024, 12, 31),
                List.of(a, b, none), CRITERIA, leaves,
                List.of(new UnitTotal("QUAN", "A", d("-1"), d("70"), d("100")), new UnitTotal("QUAN", "B", null, d("40"), d("100"))),
                List.of(new UnitTotal("QUAN", "A", null, d("65"), d("100"))),
                List.of(new DomainPoints("QUAN", "A", "1", d("28"), d("40"), d("70.00")),
                        new DomainPoints("QUAN", "A", "2", d("37"), d("60"), d("61.67")))));

        assertThat(report.scorecards()).extracting(Scorecard::unitCode).containsExactly("A", "B");
        Scorecard cardA = report.scorecards().get(0);
        assertThat(cardA.provisional()).isTrue();
        assertThat(cardA.rankedInGroup()).isEqualTo(2);
        assertThat(cardA.mostLost()).extracting(LeafLine::code).containsExactly("2.1", "1.2");
        assertThat(cardA.mostLost().get(0).lost()).isEqualByComparingTo("19");
        assertThat(cardA.mostLost().get(0).name()).isEqualTo("Đúng hạn");
        assertThat(cardA.flagged()).extracting(LeafLine::code).containsExactly("1.1");
        assertThat(cardA.domains().get(0).name()).isEqualTo("Chỉ đạo");
        assertThat(cardA.domains().get(0).groupAverageSubIndex()).isEqualByComparingTo("62.50");
        assertThat(cardA.domains().get(1).groupAverageSubIndex()).isEqualByComparingTo("50.83");

        List<ChangeLine> lines = cardA.change().lines();
        assertThat(lines).extracting(ChangeLine::kind).containsExactly("domain", "domain", "adjustment", "total");
        assertThat(lines.get(0).deltaPoints()).isEqualByComparingTo("2");
        assertThat(lines.get(1).deltaRate()).isEqualByComparingTo("6.66");
        assertThat(lines.get(2).deltaPoints()).isEqualByComparingTo("-1");
        ChangeLine total = lines.get(3);
        assertThat(total.deltaPoints()).isEqualByComparingTo("5");
        assertThat(total.previousRate()).isEqualByComparingTo("65.00");
        assertThat(total.deltaRate()).isEqualByComparingTo("5.00");
        BigDecimal sum = lines.subList(0, 3).stream().map(ChangeLine::deltaPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(total.deltaPoints());
        assertThat(lines).extracting(ChangeLine::contribution).containsExactly(d("2.00"), d("4.00"), d("-1.00"), d("5.00"));
        assertThat(contributionSum(lines)).isEqualByComparingTo(total.contribution()).isEqualByComparingTo(cardA.deltaIndex());

        Scorecard cardB = report.scorecards().get(1);
        assertThat(cardB.change()).isNull();
        assertThat(cardB.mostLost()).extracting(LeafLine::code).containsExactly("2.1", "1.2", "1.1");
        assertThat(cardB.flagged()).extracting(LeafLine::flag).containsExactly("missing");
    }

    /**
     * The framework changed (maximum 2833.5 last year, 150 this year, domain 3 dropped), the total was clamped to
     * the maximum this year, and rounding each contribution on its own would give 24.83 for a Δindex of 24.84.
     */
    @Test
    void contributionsAddUpExactlyToDeltaIndexThroughFrameworkChangeClampAndRounding() {
        UnitResult x = new UnitResult(2025, "QUAN", "X", "Quận X", "final", d("100.00"), 1, "Xuất sắc", 0, d("24.84"), null,
                null, List.of(new DomainResult("1", d("50"), d("50"), d("100.00"), 1),
                        new DomainResult("2", d("97.37"), d("100"), d("97.37"), 1)));
        ScorecardReport report = ScorecardAssembler.assemble(new ScorecardAssembler.Inputs(2025, LocalDate.of(2025, 12, 31),
                List.of(x), CRITERIA, List.of(),
                List.of(new UnitTotal("QUAN", "X", d("5"), d("150"), d("150"))),
                List.of(new UnitTotal("QUAN", "X", d("-2.5"), d("2129.8"), d("2833.5"))),
                List.of(new DomainPoints("QUAN", "X", "1", d("809.25"), d("1000"), d("80.93")),
                        new DomainPoints("QUAN", "X", "2", d("1001.75"), d("1333.5"), d("75.12")),
                        new DomainPoints("QUAN", "X", "3", d("321.3"), d("500"), d("64.26")))));

        List<ChangeLine> lines = report.scorecards().get(0).change().lines();
        assertThat(lines).extracting(ChangeLine::kind)
                .containsExactly("domain", "domain", "domain", "adjustment", "clamp", "total");
        assertThat(lines).extracting(ChangeLine::code).containsExactly("1", "2", "3", null, null, null);
        assertThat(lines.get(2).points()).isNull();
        assertThat(lines.get(4).previousPoints()).isEqualByComparingTo("0");
        assertThat(lines.get(4).points()).isEqualByComparingTo("-2.37");
        assertThat(lines).extracting(ChangeLine::contribution)
                .containsExactly(d("4.78"), d("29.56"), d("-11.34"), d("3.42"), d("-1.58"), d("24.84"));
        assertThat(contributionSum(lines)).isEqualByComparingTo("24.84");
        BigDecimal naive = lines.subList(0, lines.size() - 1).stream()
                .map(l -> Contributions.share(l.points(), d("150")).subtract(Contributions.share(l.previousPoints(), d("2833.5")))
                        .setScale(2, java.math.RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(naive).isEqualByComparingTo("24.83");
    }

    @Test
    void noContributionsWhenATotalMaximumIsUnknown() {
        UnitResult x = new UnitResult(2025, "QUAN", "X", "Quận X", "final", d("60.00"), 1, null, 0, d("1.00"), null, null,
                List.of(new DomainResult("1", d("60"), d("100"), d("60.00"), 1)));
        ScorecardReport report = ScorecardAssembler.assemble(new ScorecardAssembler.Inputs(2025, null, List.of(x), CRITERIA,
                List.of(), List.of(new UnitTotal("QUAN", "X", null, d("60"), d("100"))),
                List.of(new UnitTotal("QUAN", "X", null, d("59"), null)),
                List.of(new DomainPoints("QUAN", "X", "1", d("59"), d("100"), d("59.00")))));
        assertThat(report.scorecards().get(0).change().lines()).extracting(ChangeLine::contribution).containsOnlyNulls();
    }

    /** The contributions of the lines above the total. */
    private static BigDecimal contributionSum(List<ChangeLine> lines) {
        return lines.stream().filter(l -> !"total".equals(l.kind())).map(ChangeLine::contribution)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LeafRow leaf(String unit, String code, String max, String points, String flag) {
        return new LeafRow(unit, code, "ratio", d(max), null, null, d(points), flag, null, null, null);
    }
}

package vn.parindex.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parindex.report.ScorecardFixtures.d;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContributionsTest {

    @Test
    void exactHundredthsAreKeptAsTheyAre() {
        assertThat(Contributions.allocate(List.of(d("2.86"), d("-2.5"), d("1.25"), d("1")), d("2.61")))
                .containsExactly(d("2.86"), d("-2.50"), d("1.25"), d("1.00"));
    }

    @Test
    void naiveRoundingWouldBeOneHundredthOffAndIsNot() {
        // thirds of 1.00: rounded one by one 0.33 + 0.33 + 0.33 = 0.99
        List<BigDecimal> thirds = List.of(third("1"), third("1"), third("1"));
        assertThat(naive(thirds)).isEqualByComparingTo("0.99");
        assertThat(Contributions.allocate(thirds, d("1.00"))).containsExactly(d("0.34"), d("0.33"), d("0.33"));

        // 0.125 + 0.125 + 0.125 + 0.125: half up gives 0.52, the change shown is 0.50
        List<BigDecimal> eighths = List.of(d("0.125"), d("0.125"), d("0.125"), d("0.125"));
        assertThat(naive(eighths)).isEqualByComparingTo("0.52");
        assertThat(Contributions.allocate(eighths, d("0.50"))).containsExactly(d("0.13"), d("0.13"), d("0.12"), d("0.12"));
    }

    @Test
    void negativePartsRoundTowardTheLargestRemainderToo() {
        // -0.666… -0.666… +0.333…: floors -0.67 -0.67 +0.33 = -1.01, one hundredth to the largest remainder
        List<BigDecimal> parts = List.of(third("-2"), third("-2"), third("1"));
        List<BigDecimal> shares = Contributions.allocate(parts, d("-1.00"));
        assertThat(shares).containsExactly(d("-0.66"), d("-0.67"), d("0.33"));
        assertThat(sum(shares)).isEqualByComparingTo("-1.00");
        assertThat(naive(parts)).isEqualByComparingTo("-1.01");
    }

    @Test
    void aShownChangeThatDiffersFromTheExactSumByItsOwnRoundingIsStillMet() {
        // the indices were rounded before their difference was taken: exact sum 0.004, shown Δindex 0.01
        List<BigDecimal> parts = List.of(d("1.502"), d("-1.498"));
        assertThat(Contributions.allocate(parts, d("0.01"))).containsExactly(d("1.51"), d("-1.50"));
        // and the other way: exact sum 0.013, shown 0.00, a hundredth taken back from the smallest remainder
        List<BigDecimal> more = List.of(d("1.501"), d("-1.488"));
        List<BigDecimal> shares = Contributions.allocate(more, d("0.00"));
        assertThat(shares).containsExactly(d("1.49"), d("-1.49"));
        assertThat(sum(shares)).isEqualByComparingTo("0");
    }

    @Test
    void aTieGoesToTheEarlierPartAndNothingToSplitIsNothing() {
        assertThat(Contributions.allocate(List.of(d("0.005"), d("0.005")), d("0.01"))).containsExactly(d("0.01"), d("0.00"));
        assertThat(Contributions.allocate(List.of(), d("0"))).isEmpty();
        assertThatThrownBy(() -> Contributions.allocate(List.of(), d("0.01"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shareIsPointsOverTheTotalMaximumInIndexPoints() {
        assertThat(Contributions.share(d("1.5"), d("2833.5"))).isEqualByComparingTo(d("150").divide(d("2833.5"), MathContext.DECIMAL64));
        assertThat(Contributions.share(d("3"), d("100"))).isEqualByComparingTo("3");
        assertThat(Contributions.share(null, d("100"))).isEqualByComparingTo("0");
        assertThat(Contributions.share(d("3"), d("0"))).isEqualByComparingTo("0");
    }

    private static BigDecimal third(String numerator) {
        return d(numerator).divide(d("3"), 16, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal naive(List<BigDecimal> parts) {
        return sum(parts.stream().map(p -> p.setScale(2, RoundingMode.HALF_UP)).toList());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package vn.parindex.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.report.model.ScorecardReport.Certainty;
import vn.parindex.report.model.ScorecardReport.Scorecard;
import vn.parindex.report.model.ScorecardReport.Totals;

/** The scorecard's sentence on how sure its figures are (SPEC §12), as a leader reads it. */
class CertaintyTextTest {

    private static Scorecard card(String band, String nextBand, Certainty certainty) {
        return new Scorecard("QUAN", "019", "Quận Nam Từ Liêm", false, new BigDecimal("84.07"), 7, 15, band, null, null, nextBand,
                nextBand == null ? null : new BigDecimal("5.93"), new Totals(null, null, null), List.of(), List.of(), List.of(), null,
                certainty);
    }

    @Test
    void aRangeStaysOnOneLineAndASingleRankIsSaidOnce() {
        String text = ScorecardPdfData.certaintyText(card("Khá", "Tốt",
                new Certainty(1000, true, new BigDecimal("83.50"), new BigDecimal("84.58"), 7, 7, new BigDecimal("1.000"),
                        new BigDecimal("0.000"), false)));
        assertThat(text).isEqualTo("Độ tin cậy (chọn lại mẫu khảo sát 1.000 lần): trong 90% số lần, chỉ số nằm trong khoảng"
                + " 83,50\u00A0–\u00A084,58 và hạng là 7. Khả năng đạt xếp loại Khá trở lên: 100%; đạt Tốt trở lên: 0%.");
    }

    /** Issue 24: nothing lies above the top band, so reaching it is not "trở lên". */
    @Test
    void theNextBandUpWhenItIsTheTopIsReachedNotReachedOrAbove() {
        String text = ScorecardPdfData.certaintyText(card("Tốt", "Xuất sắc",
                new Certainty(1000, true, new BigDecimal("83.50"), new BigDecimal("84.58"), 7, 7, new BigDecimal("1.000"),
                        new BigDecimal("0.000"), true)));
        assertThat(text).endsWith("Khả năng đạt xếp loại Tốt trở lên: 100%; đạt Xuất sắc: 0%.").doesNotContain("Xuất sắc trở lên");
    }

    @Test
    void theTopBandHasNothingAboveIt() {
        String text = ScorecardPdfData.certaintyText(card("Xuất sắc", null,
                new Certainty(1000, true, new BigDecimal("96.46"), new BigDecimal("97.23"), 1, 2, new BigDecimal("0.875"), null)));
        assertThat(text).endsWith("và hạng trong khoảng 1\u00A0–\u00A02. Khả năng đạt xếp loại Xuất sắc: 87,5%.");
    }

    /** SPEC §13: a unit whose rank_p05 differs from its rank_p95 is never told its rank does not change. */
    @Test
    void aUnitWithoutASampleWhoseRankMovesIsNotToldItDoesNotChange() {
        String text = ScorecardPdfData.certaintyText(card("Tốt", "Xuất sắc",
                new Certainty(1000, false, new BigDecimal("84.07"), new BigDecimal("84.07"), 11, 12, null, null)));
        assertThat(text).doesNotContain("hạng không thay đổi", "chỉ số và hạng không thay đổi")
                .contains("hạng của đơn vị nằm trong khoảng 11\u00A0–\u00A012.");

        String fixed = ScorecardPdfData.certaintyText(card("Tốt", "Xuất sắc",
                new Certainty(1000, false, new BigDecimal("84.07"), new BigDecimal("84.07"), 7, 7, null, null)));
        assertThat(fixed).endsWith("hạng cũng không thay đổi (7).");
    }
}

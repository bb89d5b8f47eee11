package vn.parindex.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.report.model.ScorecardReport.Scorecard;
import vn.parindex.report.model.ScorecardReport.Totals;
import vn.parindex.report.pdf.PdfExport;

/**
 * A scorecard's text is hashed into the scorecards PDF's /ID, so it must come out the same in every JVM. Before this
 * test the leaves by method were kept by {@code Map.copyOf}, whose order is salted per JVM start: the /ID of the
 * same cards differed between the nightly run and a later {@code report --year} (seen at national scale).
 */
class ScorecardIdentityTest {

    @Test
    void leavesByMethodIterateSortedByMethodCodeWhateverOrderTheyCameIn() {
        Map<String, Integer> reversed = new LinkedHashMap<>();
        for (char c = 'l'; c >= 'a'; c--) {
            reversed.put("method-" + c, c - 'a' + 1);
        }

        Scorecard card = card(reversed);

        assertThat(card.leavesByMethod().keySet()).containsExactly("method-a", "method-b", "method-c", "method-d", "method-e",
                "method-f", "method-g", "method-h", "method-i", "method-j", "method-k", "method-l");
        assertThat(card.toString()).contains("leavesByMethod={method-a=1, method-b=2, method-c=3,");
    }

    /** Within one JVM only: the order across JVMs is what the test above holds. */
    @Test
    void theSameCardsGiveTheSameDocumentIdWhateverOrderTheirMethodsCameIn() {
        Map<String, Integer> oneOrder = new LinkedHashMap<>();
        oneOrder.put("survey", 2);
        oneOrder.put("appraised", 18);
        oneOrder.put("ratio", 6);
        Map<String, Integer> otherOrder = new LinkedHashMap<>();
        otherOrder.put("ratio", 6);
        otherOrder.put("survey", 2);
        otherOrder.put("appraised", 18);

        assertThat(PdfExport.documentId(List.of(card(oneOrder)))).isEqualTo(PdfExport.documentId(List.of(card(otherOrder))));
        assertThat(card(otherOrder).toString()).contains("leavesByMethod={appraised=18, ratio=6, survey=2}");
    }

    private static Scorecard card(Map<String, Integer> leavesByMethod) {
        return new Scorecard("XA", "001", "Xã Một", false, new BigDecimal("80.00"), 1, 1, null, null, null, null, null,
                new Totals(new BigDecimal("80.00"), new BigDecimal("100.00"), BigDecimal.ZERO), List.of(), List.of(), List.of(), null,
                null, leavesByMethod);
    }
}

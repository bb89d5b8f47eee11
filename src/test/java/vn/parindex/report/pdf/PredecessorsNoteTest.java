package vn.parindex.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.report.model.ScorecardReport.Predecessor;

/** A merged unit's scorecard names the units its baseline is the mean of (SPEC §13). */
class PredecessorsNoteTest {

    @Test
    void namesEachPredecessorAndSaysWhichWereProvisional() {
        assertThat(ScorecardPdfData.predecessorsNote(2025, List.of(new Predecessor("278", "Huyện Thanh Oai", false),
                new Predecessor("280", "Huyện Phú Xuyên", true), new Predecessor("281", "Huyện Ứng Hòa", false))))
                .isEqualTo("So với bình quân năm 2025 của Huyện Thanh Oai, Huyện Phú Xuyên (tạm tính) và Huyện Ứng Hòa, các đơn vị cũ"
                        + " hợp thành đơn vị (sắp xếp đơn vị hành chính); không có ΔHạng.");
    }

    @Test
    void oneRankedPredecessorOrNoneKnown() {
        assertThat(ScorecardPdfData.predecessorsNote(2025, List.of(new Predecessor("A", "Xã An", false))))
                .startsWith("So với bình quân năm 2025 của Xã An, đơn vị cũ hợp thành đơn vị (");
        assertThat(ScorecardPdfData.predecessorsNote(2025, List.of()))
                .startsWith("So với bình quân năm 2025 của các đơn vị cũ hợp thành đơn vị (");
    }
}

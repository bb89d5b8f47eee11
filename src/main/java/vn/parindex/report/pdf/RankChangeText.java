package vn.parindex.report.pdf;

import vn.parindex.report.model.History;

/** What the PDFs say where a group's ranked units changed, so that Δrank is not the plain difference of ranks (SPEC §7). */
final class RankChangeText {

    private RankChangeText() {
    }

    /** Null when the group's ranked units are the same both years, or when it had none the year before. */
    static String note(History.Continuity c, int year) {
        if (c == null || !c.changed()) {
            return null;
        }
        return "ΔHạng được tính trong số " + VnFormat.integer(c.continuing()) + " đơn vị được xếp hạng trong nhóm cả năm "
                + c.previousYear() + " và năm " + year + " (năm " + c.previousYear() + " nhóm có " + VnFormat.integer(c.rankedBefore())
                + " đơn vị được xếp hạng, năm " + year + " có " + VnFormat.integer(c.rankedNow()) + "): đơn vị mới, sáp nhập, chuyển"
                + " nhóm hay không nộp không làm thay đổi ΔHạng của đơn vị khác.";
    }
}

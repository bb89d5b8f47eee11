package vn.parindex.report.pdf;

import static vn.parindex.report.pdf.RankingPdfData.nfc;

import java.util.Map;

/** How a group is shown in the PDFs (SPEC §13): its {@code group_name} where one is given, its code otherwise. */
final class GroupLabel {

    private GroupLabel() {
    }

    /** A heading: the name, or "Nhóm CODE". */
    static String heading(String code, Map<String, String> names) {
        String name = names == null ? null : names.get(code);
        return name == null || name.isBlank() ? "Nhóm " + nfc(code) : nfc(name);
    }

    /** Inside a sentence after the word "nhóm": the name, or the code. */
    static String name(String code, Map<String, String> names) {
        String name = names == null ? null : names.get(code);
        return name == null || name.isBlank() ? nfc(code) : nfc(name);
    }
}

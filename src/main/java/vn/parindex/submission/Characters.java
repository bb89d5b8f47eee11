package vn.parindex.submission;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.parindex.csv.CsvRow;

/**
 * SPEC §3's CHARACTER rule: a value of a column the contract reads may not hold a control character (C0 but for line
 * breaks and tabs in the free-text columns, DEL and C1), a bidirectional embedding, override or isolate, or a
 * zero-width character. They are invisible or reorder what is shown, so a unit name holding one reads as another on
 * every report. Columns a kind does not read are ignored like the rest of their content. A U+FEFF at either end of a
 * value is trimmed with the surrounding spaces before this check (docs/decisions.md), one inside it is refused.
 */
final class Characters {

    /** Where a submitter may write several lines (Alt+Enter in Excel) or a tab. */
    static final Set<String> FREE_TEXT = Set.of("evidence", "note", "comment", "reason");

    /** The columns of each kind (SPEC §3's table): only these reach the warehouse and the reports. */
    private static final Map<Kind, List<String>> READ = Map.of(
            Kind.UNITS, List.of("unit_code", "unit_name", "group_code", "unit_type", "valid_from", "valid_to", "group_name", "predecessors"),
            Kind.FRAMEWORK, List.of("year", "group_code", "code", "parent_code", "name", "max_points", "method", "rule"),
            Kind.BANDS, List.of("year", "group_code", "band", "min_index"),
            Kind.SELF_ASSESSMENT, List.of("year", "unit_code", "criterion_code", "self_score", "evidence", "note"),
            Kind.APPRAISAL, List.of("year", "unit_code", "criterion_code", "appraised_score", "comment"),
            Kind.METRICS, List.of("year", "unit_code", "metric_code", "numerator", "denominator"),
            Kind.SURVEY, List.of("year", "unit_code", "respondent_id", "question_code", "answer"),
            Kind.ADJUSTMENTS, List.of("year", "unit_code", "points", "reason"),
            Kind.DOSSIERS, List.of("year", "unit_code", "dossier_id", "procedure_code", "received_at", "due_at", "resolved_at", "channel"));

    private Characters() {
    }

    /** Records a CHARACTER error for each value of {@code row} holding a forbidden character; true when there is none. */
    static boolean check(CsvRow row, List<String> header, Kind kind, Columns columns, FileErrors errors) {
        boolean clean = true;
        for (String column : READ.get(kind)) {
            int at = columns.position(column);
            if (at < 0 || at >= row.values().size()) {
                continue;
            }
            String value = row.values().get(at);
            int offset = firstForbidden(value, FREE_TEXT.contains(column));
            if (offset >= 0) {
                int codePoint = value.codePointAt(offset);
                errors.add(row.line(), header.get(at), "CHARACTER", "Giá trị ở cột '" + header.get(at) + "' chứa ký tự "
                        + codePoint(codePoint) + " (" + what(codePoint) + ") ở vị trí " + (value.codePointCount(0, offset) + 1)
                        + ": '" + Row.prefix(value, 100) + "'. Ký tự này không nhìn thấy được hoặc làm đảo thứ tự chữ khi hiển thị;"
                        + " thường do sao chép từ trang web hoặc phần mềm khác. Hãy xoá ô rồi gõ lại giá trị.");
                clean = false;
            }
        }
        return clean;
    }

    /** The offset of the first forbidden character of {@code value}, or -1. */
    static int firstForbidden(String value, boolean freeText) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (forbidden(c) && !(freeText && (c == '\n' || c == '\r' || c == '\t'))) {
                return i;
            }
        }
        return -1;
    }

    static boolean forbidden(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    private static String what(int c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return "ký tự điều khiển";
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return "ký tự điều khiển hướng chữ";
        }
        return "ký tự có độ rộng bằng không";
    }
}

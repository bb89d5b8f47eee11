package vn.parindex.submission;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where each known column of a kind stands in a file's header (names matched case-insensitively). */
public final class Columns {

    private final Map<String, Integer> index;
    private final int width;

    private Columns(Map<String, Integer> index, int width) {
        this.index = index;
        this.width = width;
    }

    /**
     * The column name a header cell stands for, lower case: the cell itself, or, for a cell written as a Vietnamese
     * title followed by the name in parentheses ({@code Điểm tự đánh giá (self_score)}, SPEC §11), the name in the
     * last parentheses.
     */
    public static String normalise(String name) {
        String trimmed = name.trim();
        if (trimmed.endsWith(")")) {
            int open = trimmed.lastIndexOf('(');
            String inside = open < 0 ? "" : trimmed.substring(open + 1, trimmed.length() - 1).trim();
            if (!inside.isEmpty()) {
                trimmed = inside;
            }
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }

    /** Maps the header; reports DUPLICATE_COLUMN and MISSING_COLUMN (line = header line) into {@code errors}. */
    public static Columns map(List<String> header, long headerLine, SubmissionContract<?> contract, FileErrors errors) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            if (name.isEmpty()) {
                continue;
            }
            if (index.putIfAbsent(name, i) != null) {
                errors.add(headerLine, header.get(i), "DUPLICATE_COLUMN",
                        "Cột '" + Row.quoted(header.get(i)) + "' xuất hiện hai lần trong dòng tiêu đề. Hãy xoá một cột.");
            }
        }
        for (String required : contract.requiredColumns()) {
            if (!index.containsKey(required)) {
                errors.add(headerLine, required, "MISSING_COLUMN",
                        "Thiếu cột bắt buộc '" + required + "' (tệp loại " + contract.kind().code()
                                + "). Hãy thêm cột này vào dòng tiêu đề.");
            }
        }
        return new Columns(index, header.size());
    }

    public int width() {
        return width;
    }

    /** Position of {@code column}, or -1 when the file does not have it. */
    public int position(String column) {
        return index.getOrDefault(column, -1);
    }
}

package vn.parindex.collection;

import java.util.Locale;

/**
 * The kinds of data a unit sends during the collection window (SPEC §16), each with the name its deadline setting
 * uses ({@code deadline.<code>.<year>}) and how a Vietnamese reader calls it.
 */
public enum DataKind {
    SELF_ASSESSMENT("tự đánh giá", "Tự đánh giá"),
    APPRAISAL("thẩm định", "Thẩm định"),
    SURVEY("khảo sát người dân", "Khảo sát"),
    DOSSIERS("sổ theo dõi hồ sơ", "Hồ sơ TTHC"),
    METRICS("số liệu chỉ tiêu", "Số liệu");

    private final String noun;
    private final String title;

    DataKind(String noun, String title) {
        this.noun = noun;
        this.title = title;
    }

    /** As the deadline settings and the warehouse's {@code submission.kind} spell it: {@code self_assessment}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** In a sentence: "tự đánh giá", "khảo sát người dân". */
    public String noun() {
        return noun;
    }

    /** A column title: "Tự đánh giá". */
    public String title() {
        return title;
    }
}

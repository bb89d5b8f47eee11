package vn.parindex.report.model;

import java.time.LocalDate;

/**
 * What a published version's PDFs say of it (SPEC §15): a provisional version's mark on every page ("KẾT QUẢ DỰ
 * KIẾN", open for comment until a date when given), a final version's line under the title ("Kèm theo Quyết định
 * số … ngày … của …"), and, with {@code report.place} configured, the place-and-date line under the heading's
 * motto. Null fields are not printed.
 */
public record PublishedMarks(String provisionalMark, String decisionLine, String placeDateLine) {

    public static PublishedMarks provisional(LocalDate commentsUntil, LocalDate published, String place) {
        String mark = "KẾT QUẢ DỰ KIẾN – công bố để lấy ý kiến"
                + (commentsUntil == null ? "" : " đến hết ngày " + dayMonthYear(commentsUntil));
        return new PublishedMarks(mark, null, placeDate(place, published));
    }

    /** {@code replaced}: the decision an earlier final version was attached to, when this one replaces it. */
    public static PublishedMarks decided(String decision, LocalDate decisionDate, String authority, String replaced, String place) {
        String line = "(Kèm theo Quyết định số " + decision + " ngày " + dayMonthYear(decisionDate)
                + (authority == null ? "" : " của " + authority)
                + (replaced == null ? "" : "; thay thế " + replaced) + ")";
        return new PublishedMarks(null, line, placeDate(place, decisionDate));
    }

    /** "Hà Nội, ngày 20 tháng 01 năm 2025" (Nghị định 30/2020: day and month below 10 with a leading zero... kept two digits). */
    static String placeDate(String place, LocalDate date) {
        if (place == null || place.isBlank()) {
            return null;
        }
        return place.strip() + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                + String.format("%02d", date.getMonthValue()) + " năm " + date.getYear();
    }

    static String dayMonthYear(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}

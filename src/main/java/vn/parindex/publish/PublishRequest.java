package vn.parindex.publish;

import java.time.LocalDate;

/** {@code publish --year Y --provisional [--comments-until D]} or {@code --final --decision N --decision-date D}. */
public record PublishRequest(int year, boolean isFinal, LocalDate commentsUntil, String decision, LocalDate decisionDate) {

    public String stage() {
        return isFinal ? "final" : "provisional";
    }
}

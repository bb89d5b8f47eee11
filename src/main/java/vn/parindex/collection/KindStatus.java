package vn.parindex.collection;

import java.time.LocalDate;

/**
 * Where one unit stands on one kind of data it is expected to send: its state, the file accepted (or null), the
 * last rejected file of that kind (or null), a count where the kind has one (respondents, dossier rows, metrics
 * sent) against what is needed, the deadline (or null) and whether it has passed with the kind still lacking.
 */
public record KindStatus(DataKind kind, State state, ReceivedFile file, Rejection rejection, Long count, Long needed,
        LocalDate deadline, boolean overdue) {

    public enum State {
        RECEIVED("đã nhận"),
        INSUFFICIENT("chưa đủ"),
        REJECTED("bị từ chối"),
        MISSING("chưa nộp");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean lacking() {
        return state != State.RECEIVED;
    }
}

package vn.parindex.publish;

/** A request of the year's record that cannot be carried out as asked (exit 2, one line): nothing was changed. */
public class PublishRefusal extends RuntimeException {
    public PublishRefusal(String message) {
        super(message);
    }
}

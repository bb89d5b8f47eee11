package vn.parindex.scoring;

/** A framework {@code rule} that does not follow the grammar of SPEC §6; the message is Vietnamese and says how to fix it. */
public class RuleSyntaxException extends RuntimeException {

    public RuleSyntaxException(String message) {
        super(message);
    }
}

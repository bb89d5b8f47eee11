package vn.parindex.template;

import java.util.List;

/** Templates that cannot be written as asked (no framework for the year, a unit that cannot have one); nothing is written. */
public class TemplateRefusal extends RuntimeException {

    private final List<String> problems;

    public TemplateRefusal(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One sentence per problem, each naming the year, unit or group concerned. */
    public List<String> problems() {
        return problems;
    }
}

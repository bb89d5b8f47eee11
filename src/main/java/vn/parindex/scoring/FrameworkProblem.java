package vn.parindex.scoring;

/**
 * One structural error of a framework: the criterion it concerns (null for the framework as a whole), an error
 * code of SPEC §10 ({@link #TREE} or {@link #MAX_MISMATCH}) and a Vietnamese message naming codes and numbers.
 */
public record FrameworkProblem(String criterionCode, String errorCode, String message) {

    public static final String TREE = "TREE";
    public static final String MAX_MISMATCH = "MAX_MISMATCH";
}

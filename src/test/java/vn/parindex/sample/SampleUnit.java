package vn.parindex.sample;

/**
 * A generated unit: {@code index} is its 0-based place in units.csv; {@code quality} in [0, 1] is how well it
 * does on administrative reform, which every figure it submits leans on.
 */
public record SampleUnit(int index, String code, String name, String groupCode, String type, double quality) {
}

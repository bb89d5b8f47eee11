package vn.parindex.submission;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import vn.parindex.scoring.Criterion;

/** Units and framework criteria as committed in the warehouse, against which data rows are checked. */
public record ReferenceData(Map<String, UnitInfo> units, Map<FrameworkKey, Map<String, Criterion>> frameworks) {

    public record FrameworkKey(int year, String groupCode) {
    }

    public Optional<UnitInfo> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    public Optional<Map<String, Criterion>> framework(int year, String groupCode) {
        return Optional.ofNullable(frameworks.get(new FrameworkKey(year, groupCode)));
    }

    /** The known unit code nearest to {@code code} by edit distance (ties: the smaller code), if any. */
    public Optional<String> closestUnitCode(String code) {
        return units.keySet().stream()
                .min(Comparator.<String>comparingInt(known -> editDistance(code, known)).thenComparing(Comparator.naturalOrder()));
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

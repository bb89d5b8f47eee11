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

    /**
     * A known unit code other than {@code code} that is the same number once leading zeros are disregarded
     * ({@code 019} for {@code 19}): what a spreadsheet leaves of a code it took for a number. Only all-digit codes.
     */
    public Optional<String> sameNumberUnitCode(String code) {
        if (!allDigits(code)) {
            return Optional.empty();
        }
        return units.keySet().stream().filter(known -> !known.equals(code) && allDigits(known) && sameNumber(known, code))
                .sorted().findFirst();
    }

    private static boolean allDigits(String code) {
        return code != null && !code.isEmpty() && Row.digits(code, 0, code.length());
    }

    private static boolean sameNumber(String a, String b) {
        int i = firstSignificant(a);
        int j = firstSignificant(b);
        return a.length() - i == b.length() - j && a.regionMatches(i, b, j, a.length() - i);
    }

    /** Where the number starts after its leading zeros (the last digit of an all-zero code). */
    private static int firstSignificant(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return i;
    }

    /** The known unit code nearest to {@code code} by edit distance (ties: the smaller code), if any. */
    public Optional<String> closestUnitCode(String code) {
        return units.keySet().stream()
                .min(Comparator.<String>comparingInt(known -> editDistance(code, known)).thenComparing(Comparator.naturalOrder()));
    }

    /** Optimal string alignment distance: a swap of two neighbouring characters ("091" for "019") costs one. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

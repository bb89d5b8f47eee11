package vn.parindex.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.parindex.submission.Kind;

/**
 * Which data files of a plan may supersede one another's submissions. A submission is keyed by (kind, year, unit):
 * files of different kinds never meet, and files of one kind meet when they name a common unit, or through a third
 * file that meets both. Each data file gets the plan position of the first file of its group; when the units of one
 * file of a kind are not known, every file of that kind is in one group, loaded in plan order.
 */
final class UnitGroups {

    private UnitGroups() {
    }

    /**
     * For each file of {@code kinds} (a plan, in order), the position of the first file of its group, or null for a
     * reference kind or a kind not told. {@code units}: the units each file names, empty when not known.
     */
    static List<Integer> of(List<Kind> kinds, List<Optional<Set<String>>> units) {
        List<Integer> groups = new ArrayList<>();
        Map<Kind, List<Integer>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            groups.add(null);
            Kind kind = kinds.get(i);
            if (kind != null && !kind.isReference()) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(i);
            }
        }
        byKind.values().forEach(positions -> group(positions, units, groups));
        return groups;
    }

    private static void group(List<Integer> positions, List<Optional<Set<String>>> units, List<Integer> groups) {
        int[] parent = new int[positions.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWithUnit = new HashMap<>();
        for (int i = 0; i < positions.size(); i++) {
            Optional<Set<String>> named = units.get(positions.get(i));
            if (named.isEmpty()) {
                positions.forEach(p -> groups.set(p, positions.get(0)));
                return;
            }
            for (String unit : named.get()) {
                Integer other = firstWithUnit.putIfAbsent(unit, i);
                if (other != null) {
                    join(parent, other, i);
                }
            }
        }
        for (int i = 0; i < positions.size(); i++) {
            groups.set(positions.get(i), positions.get(root(parent, i)));
        }
    }

    /** The smaller root becomes the root of both: a group's root is its first file. */
    private static void join(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}

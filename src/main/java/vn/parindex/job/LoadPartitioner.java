package vn.parindex.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.parindex.csv.ColumnScan;
import vn.parindex.intake.PlannedFile;
import vn.parindex.submission.Kind;

/**
 * Splits the run's plan for loading. Reference files (units, framework, bands) are loaded first, in order, by
 * a step of their own: every data file is checked against them. The data files are then split so that files
 * which may supersede one another stay in one partition, in the plan's order, and the others may load side by
 * side. A submission is keyed by (kind, year, unit): files of different kinds never meet, and files of one kind
 * meet only if they name a common unit. The intake groups the files that meet as it stages them (the plan's
 * {@link PlannedFile#GROUP}); a plan without groups has the units of each file read by a quick scan
 * ({@link ColumnScan}), and a file it cannot vouch for is kept in order with every file of its kind. The groups of
 * files that meet are dealt, largest first, to at most {@code gridSize} partitions per kind (by bytes). Files
 * whose kind could not be told share one partition.
 */
class LoadPartitioner implements Partitioner {

    /** Partition context key: the plan positions of the partition's files, in order. */
    static final String FILES = "files";
    /** Partition context key: the bytes of the partition's files. */
    static final String BYTES = "bytes";
    static final String UNKNOWN = "unknown";
    /** More distinct units than this in one file and the scan gives up (a province has a few thousand). */
    private static final int MOST_UNITS = 100_000;

    private final List<? extends Map<?, ?>> plan;

    LoadPartitioner(List<? extends Map<?, ?>> plan) {
        this.plan = plan == null ? List.of() : plan;
    }

    /** The plan positions of the reference files, in order. */
    ArrayList<Integer> referenceFiles() {
        ArrayList<Integer> positions = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Kind kind = kindAt(i);
            if (kind != null && kind.isReference()) {
                positions.add(i);
            }
        }
        return positions;
    }

    /**
     * Partitions named after their kind ({@code dossiers}), or numbered within it ({@code dossiers-2}) when the
     * kind's files are split.
     */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, List<Integer>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            Kind kind = kindAt(i);
            if (kind == null || !kind.isReference()) {
                byKind.computeIfAbsent(kind == null ? UNKNOWN : kind.code(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        byKind.forEach((kind, positions) -> {
            // one thread or one file: nothing to split, so the files are not scanned
            List<List<Integer>> bins = kind.equals(UNKNOWN) || gridSize <= 1 || positions.size() == 1 ? List.of(positions)
                    : deal(meeting(positions), gridSize);
            for (int b = 0; b < bins.size(); b++) {
                ExecutionContext context = new ExecutionContext();
                context.put(FILES, new ArrayList<>(bins.get(b)));
                context.put(BYTES, bytes(bins.get(b)));
                partitions.put(bins.size() == 1 ? kind : kind + "-" + (b + 1), context);
            }
        });
        return partitions;
    }

    /** The files of one kind in groups that share no unit, each group in plan order. */
    private List<List<Integer>> meeting(List<Integer> positions) {
        if (positions.stream().allMatch(p -> plan.get(p).get(PlannedFile.GROUP) instanceof Number)) {
            // grouped by the intake, which read each file's units as it staged it
            Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
            positions.forEach(p -> groups.computeIfAbsent(((Number) plan.get(p).get(PlannedFile.GROUP)).intValue(),
                    g -> new ArrayList<>()).add(p));
            return new ArrayList<>(groups.values());
        }
        int[] group = new int[positions.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        Map<String, Integer> firstWithUnit = new HashMap<>();
        for (int i = 0; i < positions.size(); i++) {
            Optional<Set<String>> units = ColumnScan.distinct(Path.of((String) plan.get(positions.get(i)).get("path")), "unit_code", MOST_UNITS);
            if (units.isEmpty()) {
                return List.of(positions);   // not sure of this one: the kind loads in order
            }
            for (String unit : units.get()) {
                Integer other = firstWithUnit.putIfAbsent(unit, i);
                if (other != null) {
                    join(group, other, i);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < positions.size(); i++) {
            groups.computeIfAbsent(root(group, i), r -> new ArrayList<>()).add(positions.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    /** Groups dealt to at most {@code bins} partitions, largest first to the lightest; each partition in plan order. */
    private List<List<Integer>> deal(List<List<Integer>> groups, int bins) {
        if (groups.size() <= 1) {
            return groups;
        }
        List<List<Integer>> largestFirst = new ArrayList<>(groups);
        largestFirst.sort(Comparator.comparingLong(this::bytes).reversed().thenComparing(g -> g.get(0)));
        int count = Math.min(bins, groups.size());
        List<List<Integer>> dealt = new ArrayList<>();
        long[] load = new long[count];
        for (int b = 0; b < count; b++) {
            dealt.add(new ArrayList<>());
        }
        for (List<Integer> g : largestFirst) {
            int lightest = 0;
            for (int b = 1; b < count; b++) {
                if (load[b] < load[lightest]) {
                    lightest = b;
                }
            }
            dealt.get(lightest).addAll(g);
            load[lightest] += bytes(g);
        }
        dealt.forEach(bin -> bin.sort(null));
        dealt.sort(Comparator.comparing(bin -> bin.get(0)));
        return dealt;
    }

    private long bytes(List<Integer> positions) {
        return positions.stream().mapToLong(p -> plan.get(p).get("size") instanceof Long size ? size : 0).sum();
    }

    private static void join(int[] group, int a, int b) {
        int ra = root(group, a);
        int rb = root(group, b);
        if (ra != rb) {
            group[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }

    private Kind kindAt(int position) {
        Object kind = plan.get(position).get("kind");
        return kind == null ? null : Kind.valueOf((String) kind);
    }
}

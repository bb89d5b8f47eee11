package vn.parindex.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.parindex.intake.PlannedFile;
import vn.parindex.submission.Kind;

/**
 * Splits the run's plan for loading. Reference files (units, framework, bands) are loaded first, in order, by
 * a step of their own: every data file is checked against them. The data files are then split so that files
 * which may supersede one another stay in one partition, in the plan's order, and the others may load side by
 * side. A submission is keyed by (kind, year, unit): files of different kinds never meet, and files of one kind
 * meet only if they name a common unit. The intake groups the files that meet as it stages them (the plan's
 * {@link PlannedFile#group}, from the one read of each file); a file without a group is one the intake could not
 * vouch for, and every file of its kind is kept in order with it. The groups of
 * files that meet are dealt, largest first, to at most {@code gridSize} partitions per kind (by bytes). Files
 * whose kind could not be told share one partition.
 * <p>
 * As with Spring Batch's ColumnRangePartitioner, a partition is a range: the data files are numbered in load
 * order ({@code run_file.load_seq}, V15), each partition's files one run of numbers in plan order, and a
 * partition's context holds only its first and last number and its bytes. Every call numbers the whole plan,
 * loaded files too, the same way, so partitioning the run again gives the same ranges: were an execution ever
 * restarted (parindex never does; a run after a kill is a run of its own), its partitions would keep their first
 * contexts, and those ranges would still name their files.
 */
class LoadPartitioner implements Partitioner {

    /** Partition context key: the load order number ({@code load_seq}) of the partition's first file. */
    static final String FIRST = "first";
    /** Partition context key: the load order number of the partition's last file. */
    static final String LAST = "last";
    /** Partition context key: the bytes of the partition's files. */
    static final String BYTES = "bytes";
    static final String UNKNOWN = "unknown";

    private final Supplier<List<PlannedFile>> plan;
    private final Consumer<Map<Long, Long>> number;

    /**
     * {@code plan}: the run's planned files, loaded or not, in plan order; {@code number} records each data file's
     * load order number (by plan id).
     */
    LoadPartitioner(Supplier<List<PlannedFile>> plan, Consumer<Map<Long, Long>> number) {
        this.plan = plan;
        this.number = number;
    }

    /** The reference files of {@code plan}, in order. */
    static List<PlannedFile> referenceFiles(List<PlannedFile> plan) {
        return plan.stream().filter(f -> f.kind() != null && f.kind().isReference()).toList();
    }

    /**
     * Partitions named after their kind ({@code dossiers}), or numbered within it ({@code dossiers-2}) when the
     * kind's files are split.
     */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<Long, Long> loadOrder = new LinkedHashMap<>();
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        split(plan.get(), gridSize).forEach((name, files) -> {
            ExecutionContext context = new ExecutionContext();
            context.putLong(FIRST, loadOrder.size() + 1L);
            files.forEach(f -> loadOrder.put(f.id(), loadOrder.size() + 1L));
            context.putLong(LAST, loadOrder.size());
            context.putLong(BYTES, bytes(files));
            partitions.put(name, context);
        });
        number.accept(loadOrder);
        return partitions;
    }

    /** The data files of {@code plan} by partition name, each partition in plan order. */
    static Map<String, List<PlannedFile>> split(List<PlannedFile> plan, int gridSize) {
        Map<String, List<PlannedFile>> byKind = new LinkedHashMap<>();
        for (PlannedFile file : plan) {
            Kind kind = file.kind();
            if (kind == null || !kind.isReference()) {
                byKind.computeIfAbsent(kind == null ? UNKNOWN : kind.code(), k -> new ArrayList<>()).add(file);
            }
        }
        Map<String, List<PlannedFile>> parts = new LinkedHashMap<>();
        byKind.forEach((kind, files) -> {
            // one thread or one file: nothing to split
            List<List<PlannedFile>> bins = kind.equals(UNKNOWN) || gridSize <= 1 || files.size() == 1 ? List.of(files)
                    : deal(meeting(files), gridSize);
            for (int b = 0; b < bins.size(); b++) {
                parts.put(bins.size() == 1 ? kind : kind + "-" + (b + 1), bins.get(b));
            }
        });
        return parts;
    }

    /** The files of one kind in the intake's groups (files that share no unit), each group in plan order. */
    private static List<List<PlannedFile>> meeting(List<PlannedFile> files) {
        if (files.stream().anyMatch(f -> f.group() == null)) {
            return List.of(files);   // not grouped by the intake: the kind loads in order
        }
        Map<Integer, List<PlannedFile>> byGroup = new LinkedHashMap<>();
        files.forEach(f -> byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f));
        return new ArrayList<>(byGroup.values());
    }

    /** Groups dealt to at most {@code bins} partitions, largest first to the lightest; each partition in plan order. */
    private static List<List<PlannedFile>> deal(List<List<PlannedFile>> groups, int bins) {
        if (groups.size() <= 1) {
            return groups;
        }
        List<List<PlannedFile>> largestFirst = new ArrayList<>(groups);
        largestFirst.sort(Comparator.comparingLong(LoadPartitioner::bytes).reversed().thenComparingLong(g -> g.get(0).id()));
        int count = Math.min(bins, groups.size());
        List<List<PlannedFile>> dealt = new ArrayList<>();
        long[] load = new long[count];
        for (int b = 0; b < count; b++) {
            dealt.add(new ArrayList<>());
        }
        for (List<PlannedFile> g : largestFirst) {
            int lightest = 0;
            for (int b = 1; b < count; b++) {
                if (load[b] < load[lightest]) {
                    lightest = b;
                }
            }
            dealt.get(lightest).addAll(g);
            load[lightest] += bytes(g);
        }
        dealt.forEach(bin -> bin.sort(Comparator.comparingLong(PlannedFile::id)));
        dealt.sort(Comparator.comparingLong(bin -> bin.get(0).id()));
        return dealt;
    }

    private static long bytes(List<PlannedFile> files) {
        return files.stream().mapToLong(PlannedFile::size).sum();
    }
}

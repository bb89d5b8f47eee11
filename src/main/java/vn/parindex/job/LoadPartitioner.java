package vn.parindex.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.parindex.submission.Kind;

/**
 * Splits the run's plan for loading. Reference files (units, framework, bands) are loaded first, in order, by
 * a step of their own: every data file is checked against them. The data files are then split by kind, one
 * partition per kind, each keeping the plan's order: a submission is keyed by (kind, year, unit), so files of
 * different kinds never supersede one another and can load side by side, while files that may supersede each
 * other (same kind) stay in one partition, in order. Files whose kind could not be told share one partition.
 */
class LoadPartitioner implements Partitioner {

    /** Partition context key: the plan positions of the partition's files, in order. */
    static final String FILES = "files";
    static final String UNKNOWN = "unknown";

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

    /** One partition per data kind present (named after it), in plan order; the grid size is not used. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ArrayList<Integer>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            Kind kind = kindAt(i);
            if (kind == null || !kind.isReference()) {
                byKind.computeIfAbsent(kind == null ? UNKNOWN : kind.code(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        byKind.forEach((kind, positions) -> {
            ExecutionContext context = new ExecutionContext();
            context.put(FILES, positions);
            partitions.put(kind, context);
        });
        return partitions;
    }

    private Kind kindAt(int position) {
        Object kind = plan.get(position).get("kind");
        return kind == null ? null : Kind.valueOf((String) kind);
    }
}

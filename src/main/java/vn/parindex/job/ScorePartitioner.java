package vn.parindex.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import vn.parindex.warehouse.ScoringInputsRepository;

/** One scoring partition per (year, group) of the years this run recomputes, named {@code 2025-HUYEN}. */
class ScorePartitioner implements Partitioner {

    static final String YEAR = "year";
    static final String GROUP = "group";

    private final ScoringInputsRepository inputs;
    private final List<Integer> years;

    ScorePartitioner(ScoringInputsRepository inputs, List<Integer> years) {
        this.inputs = inputs;
        this.years = years == null ? List.of() : years;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int year : years) {
            for (String group : inputs.groups(year)) {
                ExecutionContext context = new ExecutionContext();
                context.put(YEAR, year);
                context.put(GROUP, group);
                partitions.put(year + "-" + group, context);
            }
        }
        return partitions;
    }
}

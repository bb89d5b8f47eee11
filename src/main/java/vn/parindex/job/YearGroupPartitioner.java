package vn.parindex.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per (year, group) of the years this run recomputes, named {@code 2025-HUYEN}: for scoring (every group
 * with a framework) and for the uncertainty analysis (the same groups, none when it is off).
 */
class YearGroupPartitioner implements Partitioner {

    static final String YEAR = "year";
    static final String GROUP = "group";

    private final Function<Integer, List<String>> groups;
    private final List<Integer> years;

    YearGroupPartitioner(Function<Integer, List<String>> groups, List<Integer> years) {
        this.groups = groups;
        this.years = years == null ? List.of() : years;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int year : years) {
            for (String group : groups.apply(year)) {
                ExecutionContext context = new ExecutionContext();
                context.put(YEAR, year);
                context.put(GROUP, group);
                partitions.put(year + "-" + group, context);
            }
        }
        return partitions;
    }
}

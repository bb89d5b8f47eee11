package vn.parindex.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.StepExecution;

/**
 * Hands the partitions to the TaskExecutor largest first (by the bytes of their files), so the long ones start
 * at once and the short ones fill in beside them; Spring Batch's own handler takes them in no particular order,
 * and a dossier partition started last would keep the run waiting alone at the end.
 */
class LargestFirstPartitionHandler extends TaskExecutorPartitionHandler {

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        List<StepExecution> largestFirst = new ArrayList<>(partitions);
        largestFirst.sort(Comparator.comparingLong(LargestFirstPartitionHandler::bytes).reversed()
                .thenComparing(StepExecution::getStepName));
        return super.doHandle(manager, new LinkedHashSet<>(largestFirst));
    }

    private static long bytes(StepExecution partition) {
        return partition.getExecutionContext().get(LoadPartitioner.BYTES) instanceof Long bytes ? bytes : 0;
    }
}

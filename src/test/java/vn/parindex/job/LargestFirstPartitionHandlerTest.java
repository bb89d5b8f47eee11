package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SyncTaskExecutor;

class LargestFirstPartitionHandlerTest {

    @Test
    void theLargestPartitionsAreStartedFirst() throws Exception {
        List<String> started = new ArrayList<>();
        Step recording = new Step() {
            @Override
            public String getName() {
                return "loadFiles";
            }

            @Override
            public void execute(StepExecution partition) {
                started.add(partition.getStepName());
            }
        };
        LargestFirstPartitionHandler handler = new LargestFirstPartitionHandler();
        handler.setStep(recording);
        handler.setTaskExecutor(new SyncTaskExecutor());
        JobExecution job = new JobExecution(1L, new JobInstance(1L, "nightly"), new JobParameters());
        Set<StepExecution> partitions = new LinkedHashSet<>();
        long id = 1;
        for (Object[] p : new Object[][] {{"loadFiles:metrics", 2_000L}, {"loadFiles:dossiers-2", 320_000_000L},
                {"loadFiles:survey-1", 9_000_000L}, {"loadFiles:dossiers-1", 640_000_000L}, {"loadFiles:unknown", null}}) {
            StepExecution partition = new StepExecution(++id, (String) p[0], job);
            if (p[1] != null) {
                partition.getExecutionContext().put(LoadPartitioner.BYTES, p[1]);
            }
            partitions.add(partition);
        }

        handler.doHandle(new StepExecution(1L, "load", job), partitions);

        assertThat(started).containsExactly("loadFiles:dossiers-1", "loadFiles:dossiers-2", "loadFiles:survey-1",
                "loadFiles:metrics", "loadFiles:unknown");
    }
}

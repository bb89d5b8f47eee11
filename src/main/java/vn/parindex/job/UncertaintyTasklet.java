package vn.parindex.job;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Uncertainty, one partition: the bootstrap of one group in one year (SPEC §12), after the year is ranked. */
class UncertaintyTasklet implements Tasklet {

    private final UncertaintyAnalysis analysis;
    private final int year;
    private final String group;

    UncertaintyTasklet(UncertaintyAnalysis analysis, int year, String group) {
        this.analysis = analysis;
        this.year = year;
        this.group = group;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        contribution.incrementWriteCount(analysis.analyse(year, group));
        return RepeatStatus.FINISHED;
    }
}

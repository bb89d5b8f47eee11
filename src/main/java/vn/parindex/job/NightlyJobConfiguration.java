package vn.parindex.job;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import vn.parindex.intake.FileIntake;
import vn.parindex.installation.Folders;
import vn.parindex.intake.PlannedFile;
import vn.parindex.report.YearReports;
import vn.parindex.warehouse.PendingYears;
import vn.parindex.warehouse.RankingInputsRepository;
import vn.parindex.warehouse.ResultsRepository;
import vn.parindex.warehouse.ScoringInputsRepository;

/**
 * The nightly job: intake (scan the inbox) → load the reference files → load the data files (partitions that
 * cannot touch the same submission, side by side; one file per chunk) → plan the scoring (years to
 * recompute, their results cleared) → score (one partition per year and group) → rank → render. Only
 * wiring: the work is in the tasklets and the load's reader, processor and writer; the run's files and reports are
 * rows of its tables, the rest of its state in Spring Batch (job parameters, a few years in the job's
 * ExecutionContext), the years to recompute also queued in the warehouse until their reports are written, so a
 * killed run's work is finished by the next.
 */
@Configuration
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightly";
    /** The worker step of the load partitions; its executions are named {@code loadFiles:<kind>}. */
    static final String LOAD_FILES = "loadFiles";
    /** The worker step of the score partitions; its executions are named {@code scoreGroup:<year>-<group>}. */
    static final String SCORE_GROUP = "scoreGroup";
    static final String UNCERTAINTY_GROUP = "uncertaintyGroup";
    /** The job's own steps, in order: the phases of the run summary (partitions are timed within theirs). */
    static final List<String> PHASES = List.of("intake", "loadReference", "load", "scorePlan", "score", "rank", "uncertainty", "render");

    @Bean
    Job nightlyJob(JobRepository jobs, Step intakeStep, Step loadReferenceStep, Step loadStep, Step scorePlanStep, Step scoreStep,
            Step rankStep, Step uncertaintyStep, Step renderStep, RunSummaryListener summary) {
        return new JobBuilder(JOB_NAME, jobs).listener(summary).start(intakeStep).next(loadReferenceStep).next(loadStep)
                .next(scorePlanStep).next(scoreStep).next(rankStep).next(uncertaintyStep).next(renderStep).build();
    }

    /** Runs the partitions of the load step, {@code parindex.threads} (PARINDEX_THREADS) at a time. */
    @Bean
    TaskExecutor partitionTaskExecutor(@Value("${parindex.threads:1}") int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("parindex-part-");
        executor.setConcurrencyLimit(threads);
        return executor;
    }

    @Bean
    RunSummaryListener runSummaryListener(Folders folders, FileIntake intake, RunSummaries summaries) {
        return new RunSummaryListener(folders, intake, summaries);
    }

    @Bean
    Step intakeStep(JobRepository jobs, PlatformTransactionManager tx, IntakeTasklet intakeTasklet) {
        return new StepBuilder("intake", jobs).tasklet(intakeTasklet, tx).build();
    }

    @Bean
    @StepScope
    IntakeTasklet intakeTasklet(FileIntake intake, Folders folders, Clock clock, RunFiles runFiles,
            @Value("#{jobParameters['" + RunKeys.SETTLE_SECONDS + "']}") Long settleSeconds,
            @Value("#{jobParameters['" + RunKeys.RUN_ID + "']}") String runId) {
        return new IntakeTasklet(intake, folders, clock, settleSeconds == null ? 60 : settleSeconds, runId, runFiles);
    }

    /** The reference files, in order, alone: every data file is checked against them. */
    @Bean
    Step loadReferenceStep(JobRepository jobs, PlatformTransactionManager tx, PlannedFileReader referenceFileReader,
            FileLoadProcessor fileLoadProcessor, FileOutcomeWriter fileOutcomeWriter) {
        return new StepBuilder("loadReference", jobs).<PlannedFile, LoadedFile>chunk(1).transactionManager(tx)
                .reader(referenceFileReader).processor(fileLoadProcessor).writer(fileOutcomeWriter).build();
    }

    @Bean
    @StepScope
    PlannedFileReader referenceFileReader(RunFiles runFiles, @Value("#{jobParameters['" + RunKeys.RUN_ID + "']}") String runId) {
        return new PlannedFileReader(() -> LoadPartitioner.referenceFiles(runFiles.unloaded(runId)));
    }

    @Bean
    @StepScope
    FileLoadProcessor fileLoadProcessor(FileIntake intake, Folders folders, RunFiles runFiles,
            @Value("#{jobParameters['" + RunKeys.RUN_ID + "']}") String runId) {
        return new FileLoadProcessor(intake, folders, runId, runFiles);
    }

    @Bean
    @StepScope
    FileOutcomeWriter fileOutcomeWriter(RunFiles runFiles, FileIntake intake, @Value("#{jobParameters['" + RunKeys.RUN_ID + "']}") String runId) {
        return new FileOutcomeWriter(runFiles, intake, runId);
    }

    @Bean
    Step loadStep(JobRepository jobs, Step loadFilesStep, LoadPartitioner loadPartitioner, TaskExecutor partitionTaskExecutor,
            @Value("${parindex.threads:1}") int threads) {
        LargestFirstPartitionHandler partitions = new LargestFirstPartitionHandler();
        partitions.setStep(loadFilesStep);
        partitions.setTaskExecutor(partitionTaskExecutor);
        partitions.setGridSize(threads);
        return new StepBuilder("load", jobs).partitioner(LOAD_FILES, loadPartitioner).partitionHandler(partitions).build();
    }

    @Bean
    @JobScope
    LoadPartitioner loadPartitioner(RunFiles runFiles, @Value("#{jobParameters['" + RunKeys.RUN_ID + "']}") String runId) {
        return new LoadPartitioner(() -> runFiles.plan(runId), runFiles::number);
    }

    /** One load partition: a file per chunk, read committed, a file that loses a lock conflict tried again. */
    @Bean
    Step loadFilesStep(JobRepository jobs, PlatformTransactionManager tx, PlannedFileReader partitionFileReader,
            FileLoadProcessor fileLoadProcessor, FileOutcomeWriter fileOutcomeWriter) {
        return new StepBuilder(LOAD_FILES, jobs).<PlannedFile, LoadedFile>chunk(1).transactionManager(tx)
                .transactionAttribute(LockConflicts.readCommitted()).reader(partitionFileReader).processor(fileLoadProcessor)
                .writer(fileOutcomeWriter).faultTolerant().retryPolicy(LockConflicts.retryPolicy()).retryListener(LockConflicts.retryLog())
                .build();
    }

    @Bean
    @StepScope
    PlannedFileReader partitionFileReader(RunFiles runFiles, @Value("#{jobParameters['" + RunKeys.RUN_ID + "']}") String runId,
            @Value("#{stepExecutionContext['" + LoadPartitioner.FIRST + "']}") Long first,
            @Value("#{stepExecutionContext['" + LoadPartitioner.LAST + "']}") Long last) {
        return new PlannedFileReader(() -> runFiles.unloaded(runId, first, last));
    }

    @Bean
    Step scorePlanStep(JobRepository jobs, PlatformTransactionManager tx, ScorePlanTasklet scorePlanTasklet) {
        return new StepBuilder("scorePlan", jobs).tasklet(scorePlanTasklet, tx).listener(promote(RunKeys.YEARS, RunKeys.YEARS_CLOSED, RunKeys.YEAR_STAGES)).build();
    }

    @Bean
    @StepScope
    ScorePlanTasklet scorePlanTasklet(PendingYears pending, ResultsRepository results, vn.parindex.warehouse.YearStages stages,
            @Value("#{jobParameters['" + RunKeys.YEARS_ASKED + "']}") String yearsAsked) {
        return new ScorePlanTasklet(pending, results, years(yearsAsked), stages);
    }

    @Bean
    Step scoreStep(JobRepository jobs, Step scoreGroupStep, YearGroupPartitioner scorePartitioner, TaskExecutor partitionTaskExecutor) {
        return perGroup("score", SCORE_GROUP, jobs, scorePartitioner, scoreGroupStep, partitionTaskExecutor);
    }

    @Bean
    @JobScope
    YearGroupPartitioner scorePartitioner(ScoringInputsRepository inputs,
            @Value("#{jobExecutionContext['" + RunKeys.YEARS + "']}") List<Integer> years) {
        return new YearGroupPartitioner(inputs::groups, years);
    }

    @Bean
    Step scoreGroupStep(JobRepository jobs, PlatformTransactionManager tx, ScoreTasklet scoreTasklet) {
        return groupPartition(SCORE_GROUP, jobs, scoreTasklet, tx);
    }

    @Bean
    @StepScope
    ScoreTasklet scoreTasklet(ScoringInputsRepository inputs, ResultsRepository results,
            @Value("#{stepExecutionContext['" + YearGroupPartitioner.YEAR + "']}") Integer year,
            @Value("#{stepExecutionContext['" + YearGroupPartitioner.GROUP + "']}") String group) {
        return new ScoreTasklet(inputs, results, year, group);
    }

    @Bean
    Step rankStep(JobRepository jobs, PlatformTransactionManager tx, RankTasklet rankTasklet) {
        return new StepBuilder("rank", jobs).tasklet(rankTasklet, tx).build();
    }

    @Bean
    @StepScope
    RankTasklet rankTasklet(ResultsRepository results, RankingInputsRepository rankingInputs,
            @Value("#{jobExecutionContext['" + RunKeys.YEARS + "']}") List<Integer> years) {
        return new RankTasklet(results, rankingInputs, years);
    }

    @Bean
    Step uncertaintyStep(JobRepository jobs, Step uncertaintyGroupStep, YearGroupPartitioner uncertaintyPartitioner,
            TaskExecutor partitionTaskExecutor) {
        return perGroup("uncertainty", UNCERTAINTY_GROUP, jobs, uncertaintyPartitioner, uncertaintyGroupStep, partitionTaskExecutor);
    }

    @Bean
    @JobScope
    YearGroupPartitioner uncertaintyPartitioner(UncertaintyAnalysis analysis,
            @Value("#{jobExecutionContext['" + RunKeys.YEARS + "']}") List<Integer> years) {
        return new YearGroupPartitioner(analysis::groups, years);
    }

    @Bean
    Step uncertaintyGroupStep(JobRepository jobs, PlatformTransactionManager tx, UncertaintyTasklet uncertaintyTasklet) {
        return groupPartition(UNCERTAINTY_GROUP, jobs, uncertaintyTasklet, tx);
    }

    @Bean
    @StepScope
    UncertaintyTasklet uncertaintyTasklet(UncertaintyAnalysis analysis,
            @Value("#{stepExecutionContext['" + YearGroupPartitioner.YEAR + "']}") Integer year,
            @Value("#{stepExecutionContext['" + YearGroupPartitioner.GROUP + "']}") String group) {
        return new UncertaintyTasklet(analysis, year, group);
    }

    @Bean
    Step renderStep(JobRepository jobs, PlatformTransactionManager tx, RenderTasklet renderTasklet) {
        return new StepBuilder("render", jobs).tasklet(renderTasklet, tx).build();
    }

    @Bean
    @StepScope
    RenderTasklet renderTasklet(YearReports reports, PendingYears pending, Folders folders,
            @Value("#{jobExecutionContext['" + RunKeys.YEARS + "']}") List<Integer> years,
            vn.parindex.report.table.SubmissionsWorkbooks submissions, Clock clock, RunReports runReports,
            @Value("#{jobParameters['" + RunKeys.RUN_ID + "']}") String runId) {
        return new RenderTasklet(reports, pending, folders, years, submissions, clock, runReports, runId);
    }

    /** A step whose partitions, one per (year, group), run {@code partitionStep} side by side. */
    private static Step perGroup(String name, String partitionName, JobRepository jobs, YearGroupPartitioner partitioner,
            Step partitionStep, TaskExecutor executor) {
        return new StepBuilder(name, jobs).partitioner(partitionName, partitioner).step(partitionStep).taskExecutor(executor).build();
    }

    /** One (year, group) partition: read committed, a chunk that loses a lock conflict tried again. */
    private static Step groupPartition(String name, JobRepository jobs, Tasklet tasklet, PlatformTransactionManager tx) {
        return new StepBuilder(name, jobs).tasklet(tasklet, tx).transactionAttribute(LockConflicts.readCommitted())
                .exceptionHandler(new LockConflicts()).build();
    }

    private static ExecutionContextPromotionListener promote(String... keys) {
        ExecutionContextPromotionListener listener = new ExecutionContextPromotionListener();
        listener.setKeys(keys);
        return listener;
    }

    static List<Integer> years(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}

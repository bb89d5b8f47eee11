package vn.parindex.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import vn.parindex.intake.FileIntake;
import vn.parindex.intake.FileOutcome;
import vn.parindex.intake.InboxFile;
import vn.parindex.intake.InboxScan;
import vn.parindex.intake.InboxScanner;
import vn.parindex.ranking.GroupRanker;
import vn.parindex.ranking.RankInput;
import vn.parindex.ranking.RankedUnit;
import vn.parindex.report.YearReports;
import vn.parindex.scoring.DomainScore;
import vn.parindex.scoring.UnitFacts;
import vn.parindex.scoring.UnitScorer;
import vn.parindex.submission.UnitInfo;
import vn.parindex.warehouse.PendingYears;
import vn.parindex.warehouse.RankingInputsRepository;
import vn.parindex.warehouse.ResultsRepository;
import vn.parindex.warehouse.ResultsRepository.Scored;
import vn.parindex.warehouse.ScoringInputsRepository;
import vn.parindex.warehouse.UnitResult;
import vn.parindex.warehouse.YearInputs;

/**
 * The nightly job: intake (scan the inbox) → load (one file per transaction) → score → rank → render. Each step
 * is a tasklet whose work commits with the step's own bookkeeping, and the years to recompute stay queued in
 * the warehouse until their reports are written, so a killed run's work is finished by the next.
 */
@Configuration
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightly";

    @Bean
    Job nightlyJob(JobRepository jobs, Step intakeStep, Step loadStep, Step scoreStep, Step rankStep, Step renderStep) {
        return new JobBuilder(JOB_NAME, jobs).start(intakeStep).next(loadStep).next(scoreStep).next(rankStep).next(renderStep).build();
    }

    @Bean
    Step intakeStep(JobRepository jobs, PlatformTransactionManager tx, RunLedger ledger, RunOptions options, Clock clock,
            FileIntake intake) {
        return step("intake", jobs, tx, ledger, () -> {
            intake.returnLeftovers(options.folders());
            InboxScan scan = InboxScanner.scan(options.folders().inbox(), options.settle(), clock.instant());
            ledger.plan(scan.ready());
            for (InboxFile f : scan.unsettled()) {
                ledger.record(new FileOutcome(f.name(), null, null, "skipped-unsettled", 0, 0, List.of()));
            }
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step loadStep(JobRepository jobs, PlatformTransactionManager tx, RunLedger ledger, RunOptions options, FileIntake intake) {
        return step("load", jobs, tx, ledger, () -> {
            InboxFile file = ledger.nextFile();
            if (file == null) {
                return RepeatStatus.FINISHED;
            }
            ledger.record(intake.process(file, ledger.runId(), options.folders()));
            return RepeatStatus.CONTINUABLE;
        });
    }

    @Bean
    Step scoreStep(JobRepository jobs, PlatformTransactionManager tx, RunLedger ledger, RunOptions options,
            PendingYears pending, ScoringInputsRepository inputs, ResultsRepository results) {
        return step("score", jobs, tx, ledger, () -> {
            pending.add(options.years());
            ledger.recompute(pending.withDependents());
            for (int year : ledger.years()) {
                results.replaceScores(year, score(inputs.load(year)));
            }
            return RepeatStatus.FINISHED;
        });
    }

    static List<Scored> score(YearInputs inputs) {
        List<Scored> scored = new ArrayList<>();
        inputs.activeUnits().forEach((group, units) -> {
            for (UnitInfo unit : units) {
                UnitFacts facts = inputs.facts().get(unit.code());
                scored.add(new Scored(unit, facts.submitted() ? UnitScorer.score(inputs.frameworks().get(group), facts) : null));
            }
        });
        return scored;
    }

    @Bean
    Step rankStep(JobRepository jobs, PlatformTransactionManager tx, RunLedger ledger, ResultsRepository results,
            RankingInputsRepository rankingInputs) {
        return step("rank", jobs, tx, ledger, () -> {
            for (int year : ledger.years()) {
                var bands = rankingInputs.bands(year);
                Map<String, List<RankInput>> byGroup = new HashMap<>();
                for (UnitResult u : results.results(year)) {
                    if (u.ranked()) {
                        Map<String, java.math.BigDecimal> sub = new java.util.LinkedHashMap<>();
                        u.domains().forEach(d -> sub.put(d.code(), d.subIndex()));
                        byGroup.computeIfAbsent(u.groupCode(), g -> new ArrayList<>()).add(new RankInput(u.unitCode(), u.unitName(), u.index(), sub));
                    }
                }
                for (String group : new TreeSet<>(byGroup.keySet())) {
                    List<RankedUnit> ranked = GroupRanker.rank(byGroup.get(group), bands.getOrDefault(group, List.of()),
                            rankingInputs.ranks(year - 1, group));
                    results.saveRanks(year, ranked);
                }
            }
            return RepeatStatus.FINISHED;
        });
    }

    @Bean
    Step renderStep(JobRepository jobs, PlatformTransactionManager tx, RunLedger ledger, RunOptions options,
            YearReports reports, PendingYears pending) {
        return step("render", jobs, tx, ledger, () -> {
            for (int year : ledger.years()) {
                reports.render(year, options.folders().reportsFor(year)).forEach(ledger::reportWritten);
                pending.done(year);
            }
            return RepeatStatus.FINISHED;
        });
    }

    @FunctionalInterface
    interface Work {
        RepeatStatus run() throws Exception;
    }

    private static Step step(String name, JobRepository jobs, PlatformTransactionManager tx, RunLedger ledger, Work work) {
        Tasklet tasklet = (contribution, chunk) -> {
            Instant start = Instant.now();
            try {
                return work.run();
            } finally {
                ledger.phase(name, Duration.between(start, Instant.now()));
            }
        };
        return new StepBuilder(name, jobs).tasklet(tasklet, tx).build();
    }
}

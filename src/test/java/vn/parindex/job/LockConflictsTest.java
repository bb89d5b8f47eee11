package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.repeat.context.RepeatContextSupport;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.support.TestDatabase;
import vn.parindex.installation.DatabaseSettings;
import vn.parindex.warehouse.load.LockConflict;

/** The partitions' retry of work that lost a lock conflict, against a real deadlock. */
class LockConflictsTest {

    @Test
    void aDeadlockTheServerResolvesIsToldFromOtherFailures() throws Exception {
        DatabaseSettings db = TestDatabase.newSchema();
        DriverManagerDataSource source = new DriverManagerDataSource(db.jdbcUrl(), db.user(), db.password());
        JdbcTemplate sql = new JdbcTemplate(source);
        sql.execute("CREATE TABLE pair (id INT PRIMARY KEY, v INT) ENGINE=InnoDB");
        sql.execute("INSERT INTO pair VALUES (1, 0), (2, 0)");
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(source));
        CountDownLatch bothHoldOne = new CountDownLatch(2);

        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> crossUpdate(tx, sql, 1, 2, bothHoldOne));
        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> crossUpdate(tx, sql, 2, 1, bothHoldOne));
        Throwable a = first.get(60, TimeUnit.SECONDS);
        Throwable b = second.get(60, TimeUnit.SECONDS);

        Throwable loser = a != null ? a : b;
        assertThat(a == null || b == null).as("exactly one transaction is rolled back: %s / %s", a, b).isTrue();
        assertThat(loser).as("the server rolled one back").isNotNull();
        assertThat(LockConflict.in(loser)).as("%s", loser).isTrue();
        assertThat(LockConflict.in(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(LockConflict.in(new IllegalStateException("no database at all"))).isFalse();
        TransactionSystemException savepointGone = new TransactionSystemException("Could not roll back to JDBC savepoint");
        savepointGone.initApplicationException(loser);
        assertThat(LockConflict.in(savepointGone)).as("a failed rollback to a savepoint after the deadlock").isTrue();
    }

    @Test
    void theHandlerLetsTheStepTryAgainOnlyForLockConflictsAndOnlySoOften() throws Throwable {
        List<Long> waits = new ArrayList<>();
        LockConflicts handler = new LockConflicts(waits::add);
        RepeatContextSupport step = new RepeatContextSupport(null);
        Throwable deadlock = new org.springframework.dao.PessimisticLockingFailureException("Deadlock found");

        for (int i = 0; i < LockConflicts.LIMIT; i++) {
            handler.handleException(step, deadlock);
        }
        assertThatThrownBy(() -> handler.handleException(step, deadlock)).isSameAs(deadlock);
        IllegalStateException other = new IllegalStateException("disk full");
        assertThatThrownBy(() -> handler.handleException(new RepeatContextSupport(null), other)).isSameAs(other);
        // a wait before each retry, the load's policy: 20 ms doubling up to 200 ms; none before the failures passed on
        assertThat(waits).hasSize(LockConflicts.LIMIT).startsWith(20L, 40L, 80L, 160L, 200L).endsWith(200L, 200L)
                .allSatisfy(ms -> assertThat(ms).isBetween(20L, 200L));
    }

    @Test
    void theLoadStepRetriesAFileOnlyForLockConflictsOnlySoOftenAndNeverTheRecordingOfItsOutcome() {
        RetryPolicy policy = LockConflicts.retryPolicy();
        Throwable deadlock = new org.springframework.dao.PessimisticLockingFailureException("Deadlock found");
        TransactionSystemException savepointGone = new TransactionSystemException("Could not roll back to JDBC savepoint");
        savepointGone.initApplicationException(deadlock);

        assertThat(policy.shouldRetry(deadlock)).isTrue();
        assertThat(policy.shouldRetry(savepointGone)).isTrue();
        assertThat(policy.shouldRetry(new IllegalStateException("disk full"))).isFalse();
        assertThat(policy.shouldRetry(new FileOutcomeWriter.OutcomeNotRecorded(new org.springframework.dao.PessimisticLockingFailureException("Deadlock"))))
                .as("the file's load shares the outcome's transaction: a deadlock there rolled it back too").isFalse();
        org.springframework.util.backoff.BackOffExecution tries = policy.getBackOff().start();
        for (int i = 0; i < LockConflicts.LIMIT; i++) {
            assertThat(tries.nextBackOff()).isBetween(20L, 200L);
        }
        assertThat(tries.nextBackOff()).isEqualTo(org.springframework.util.backoff.BackOffExecution.STOP);
    }

    /** Locks row {@code mine}, waits until the other transaction holds its row, then asks for {@code theirs}. */
    private static Throwable crossUpdate(TransactionTemplate tx, JdbcTemplate sql, int mine, int theirs, CountDownLatch bothHoldOne) {
        try {
            tx.executeWithoutResult(status -> {
                sql.update("UPDATE pair SET v = v + 1 WHERE id = ?", mine);
                bothHoldOne.countDown();
                try {
                    bothHoldOne.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                sql.update("UPDATE pair SET v = v + 1 WHERE id = ?", theirs);
            });
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}

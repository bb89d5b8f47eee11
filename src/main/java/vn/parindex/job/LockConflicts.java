package vn.parindex.job;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.repeat.RepeatContext;
import org.springframework.batch.infrastructure.repeat.exception.ExceptionHandler;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.Retryable;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.util.backoff.BackOffExecution;
import vn.parindex.warehouse.load.LockConflict;

/**
 * Lets work that lost a lock conflict (a deadlock, or a lock wait timeout) be tried again: files of different
 * kinds load side by side and share the submission and pending-year tables, and InnoDB resolves a deadlock by
 * rolling back one transaction whole. A load file is tried again by the chunk step's retry ({@link #retryPolicy()}):
 * the file's work is under a savepoint, nothing of it was kept and the file is still in staging. A score or
 * uncertainty partition (a tasklet) is tried again whole, its transaction rolled back ({@link #handleException}),
 * under the same policy. Any other failure, or more than {@link #LIMIT} conflicts, fails the step as before.
 */
final class LockConflicts implements ExceptionHandler {

    static final int LIMIT = 20;
    private static final String TRIES = LockConflicts.class.getName() + ".tries";
    private static final Logger log = LoggerFactory.getLogger(LockConflicts.class);
    private static final RetryPolicy POLICY = retryPolicy();

    /** How the handler waits before the chunk is tried again (the thread's sleep; a test records the waits instead). */
    interface Pause {
        void millis(long millis) throws InterruptedException;
    }

    private final Pause pause;

    LockConflicts() {
        this(Thread::sleep);
    }

    LockConflicts(Pause pause) {
        this.pause = pause;
    }

    /**
     * The partitions' transactions (one file, or one group's scores, each): READ COMMITTED, so that the rows
     * one file's statements read or update lock no gaps next to another file's (InnoDB's REPEATABLE READ locks the gaps an index range scan passes,
     * and an insert by a file loading alongside waits for them); a file reads only what is committed or its own.
     * Any failure rolls the file back.
     */
    static TransactionAttribute readCommitted() {
        DefaultTransactionAttribute attribute = new DefaultTransactionAttribute() {
            @Override
            public boolean rollbackOn(Throwable failure) {
                return true;
            }
        };
        attribute.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return attribute;
    }

    /**
     * The load step's retry: a file that lost a lock conflict is processed again, at most {@link #LIMIT} times,
     * after a pause that grows from 20 ms to 200 ms. Recording a file's outcome is never tried again (its
     * failure is {@link FileOutcomeWriter.OutcomeNotRecorded}): by then the file's load shares its transaction.
     */
    static RetryPolicy retryPolicy() {
        return RetryPolicy.builder().predicate(failure -> !(failure instanceof FileOutcomeWriter.OutcomeNotRecorded) && LockConflict.in(failure))
                .maxRetries(LIMIT).delay(Duration.ofMillis(20)).multiplier(2).maxDelay(Duration.ofMillis(200)).build();
    }

    /** Says in the log when a file is tried again. */
    static RetryListener retryLog() {
        return new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> retryable) {
                log.info("a file's transaction lost a lock conflict and was rolled back; trying it again (at most {} times)", LIMIT);
            }
        };
    }

    /**
     * A score or uncertainty partition's tasklet that lost a lock conflict: its transaction is rolled back by the
     * step, which calls the tasklet again after the pause the load's policy gives, at most {@link #LIMIT} times in
     * one step execution (the tries live in the step's repeat context: one handler serves every partition).
     */
    @Override
    public void handleException(RepeatContext context, Throwable throwable) throws Throwable {
        if (!context.hasAttribute(TRIES)) {
            context.setAttribute(TRIES, POLICY.getBackOff().start());
        }
        long wait = POLICY.shouldRetry(throwable) ? ((BackOffExecution) context.getAttribute(TRIES)).nextBackOff() : BackOffExecution.STOP;
        if (wait == BackOffExecution.STOP) {
            throw throwable;
        }
        log.info("a partition's transaction lost a lock conflict and was rolled back; trying it again (at most {} times in this step)", LIMIT);
        this.pause.millis(wait);
    }
}

package vn.parindex.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.repeat.RepeatContext;
import org.springframework.batch.infrastructure.repeat.exception.ExceptionHandler;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import vn.parindex.warehouse.LockConflict;

/**
 * Lets a load chunk that lost a lock conflict (a deadlock, or a lock wait timeout) be tried again: files of
 * different kinds load side by side and share the submission and pending-year tables, and InnoDB resolves a
 * deadlock by rolling back one transaction whole. The chunk's transaction is already rolled back when this is
 * asked, nothing of the file was kept and the file is still in staging, so the step simply calls the tasklet
 * again. Any other failure, or more than {@link #LIMIT} conflicts in one step execution, fails the step as
 * before. The count lives in the step's repeat context: one handler serves every partition, each on its thread.
 */
final class LockConflicts implements ExceptionHandler {

    static final int LIMIT = 20;
    private static final String COUNT = LockConflicts.class.getName() + ".count";
    private static final Logger log = LoggerFactory.getLogger(LockConflicts.class);

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

    @Override
    public void handleException(RepeatContext context, Throwable throwable) throws Throwable {
        int count = context.hasAttribute(COUNT) ? (Integer) context.getAttribute(COUNT) + 1 : 1;
        context.setAttribute(COUNT, count);
        if (!LockConflict.in(throwable) || count > LIMIT) {
            throw throwable;
        }
        log.info("a file's transaction lost a lock conflict and was rolled back; trying it again ({} of at most {} in this step)", count, LIMIT);
        pause.millis(20L * Math.min(count, 10));
    }
}

package vn.parindex.warehouse.load;

import java.sql.SQLException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

/** Tells a transaction that lost a lock conflict (InnoDB rolled it back whole) from other database failures. */
public final class LockConflict {

    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private LockConflict() {
    }

    /** Whether {@code failure} is, or was caused by, a deadlock or a lock wait timeout. */
    public static boolean in(Throwable failure) {
        return in(failure, 0);
    }

    /**
     * Whether {@code failure} or what caused it is a lock conflict; for a rollback to a savepoint that failed in
     * turn (the server had already rolled back the whole transaction), also the failure that caused the rollback.
     */
    private static boolean in(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return false;
        }
        if (failure instanceof PessimisticLockingFailureException) {
            return true;
        }
        if (failure instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                || "40001".equals(sql.getSQLState()))) {
            return true;
        }
        if (failure instanceof TransactionSystemException tx && tx.getApplicationException() != failure
                && in(tx.getApplicationException(), depth + 1)) {
            return true;
        }
        return failure.getCause() != failure && in(failure.getCause(), depth + 1);
    }
}

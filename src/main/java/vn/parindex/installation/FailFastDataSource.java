package vn.parindex.installation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * The warehouse's connection pool, which stops waiting once the server is gone. The pool waits up to its connection
 * timeout (10 s) for a connection; when it gave up because the server refused new connections all that time (the
 * pool's exception then carries the connection failure as its cause), every later request fails at once with the
 * same failure. Without this, a run whose database died (killed, or the machine's server stopped) went on asking
 * for a connection at each piece of bookkeeping Spring Batch does on its way out, ten seconds each: a minute before
 * the operator saw the one-line error. A pool that timed out only because every connection was busy (no cause)
 * does not count.
 */
public final class FailFastDataSource extends DelegatingDataSource implements AutoCloseable {

    private final AtomicReference<SQLTransientConnectionException> gone = new AtomicReference<>();

    public FailFastDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        failIfGone();
        try {
            return super.getConnection();
        } catch (SQLTransientConnectionException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        failIfGone();
        try {
            return super.getConnection(username, password);
        } catch (SQLTransientConnectionException e) {
            remember(e);
            throw e;
        }
    }

    /** True once the pool gave up on the server. */
    public boolean serverGone() {
        return gone.get() != null;
    }

    private void remember(SQLTransientConnectionException e) {
        if (e.getCause() != null) {
            gone.compareAndSet(null, e);
        }
    }

    private void failIfGone() throws SQLTransientConnectionException {
        SQLTransientConnectionException first = gone.get();
        if (first != null) {
            throw new SQLTransientConnectionException("the database server stopped accepting connections earlier in this run: "
                    + first.getMessage(), first.getSQLState(), first.getCause());
        }
    }

    /** Puts every data source of the context (the warehouse's pool) behind a {@link FailFastDataSource}. */
    @Component
    static class AroundThePool implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof DataSource pool && !(bean instanceof FailFastDataSource) ? new FailFastDataSource(pool) : bean;
        }
    }

    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }
}

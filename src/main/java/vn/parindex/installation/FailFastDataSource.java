package vn.parindex.installation;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
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
 * timeout (10 s) for a connection; when it gave up because it could not reach the server all that time, every later
 * request fails at once with the same failure. Without this, a run whose database died (killed, or the machine's
 * server stopped) went on asking for a connection at each piece of bookkeeping Spring Batch does on its way out, ten
 * seconds each: a minute before the operator saw the one-line error. A pool that timed out because every connection was busy does not count (see
 * {@link #remember}).
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

    /**
     * Remembers a timeout that says the server is gone: the pool could not open a connection because the network
     * refused or dropped it (a socket failure among the causes), while it still had room for one. The pool gives a
     * timeout the last failure to connect as its cause even when that failure is old and the timeout came from every
     * connection being busy (a full pool), and a server that refuses a connection it does answer (too many connections,
     * access denied) is not gone.
     */
    private void remember(SQLTransientConnectionException e) {
        if (socketFailureAmong(e.getCause()) && roomInThePool()) {
            gone.compareAndSet(null, e);
        }
    }

    private static boolean socketFailureAmong(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.SocketException || t instanceof java.net.SocketTimeoutException
                    || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private boolean roomInThePool() {
        try {
            if (getTargetDataSource().isWrapperFor(HikariDataSource.class)) {
                HikariDataSource pool = getTargetDataSource().unwrap(HikariDataSource.class);
                HikariPoolMXBean state = pool.getHikariPoolMXBean();
                return state == null || state.getTotalConnections() < pool.getMaximumPoolSize();
            }
        } catch (SQLException unknown) {
            // not a pool whose size can be read: the cause alone decides
        }
        return true;
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

package vn.parindex.warehouse;

import java.io.IOException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How a stream of validated fact rows reaches a table, inside the caller's transaction: {@link LoadDataTransport}
 * (LOAD DATA LOCAL INFILE fed while the rows are produced) or {@link BatchedInsertTransport} (multi-row INSERTs).
 */
interface RowTransport {

    /** Receives rows whose values are in the order of the {@code columns} given to {@link #load}. */
    @FunctionalInterface
    interface FactRows {
        void row(Object... values) throws IOException;
    }

    @FunctionalInterface
    interface Producer<T> {
        T writeRows(FactRows rows) throws Exception;
    }

    /** Runs {@code producer}, sending every row it writes into {@code table}; returns what the producer returned. */
    <T> T load(JdbcTemplate jdbc, String table, String columns, Producer<T> producer);

    static RowTransport of(FactLoadPath path) {
        return path == FactLoadPath.LOAD_DATA ? new LoadDataTransport() : new BatchedInsertTransport();
    }
}

package vn.parindex.warehouse.load;

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

    /**
     * Runs {@code producer}, sending every row it writes into {@code table}; returns what the producer returned.
     * When {@code fileId} is not null every row gets it as {@code source_file_id}, a column the rows leave out
     * (for LOAD DATA it is set once in the statement instead of parsed on every row).
     */
    <T> T load(JdbcTemplate jdbc, String table, Long fileId, String columns, Producer<T> producer);

    static RowTransport of(FactLoadPath path) {
        return path == FactLoadPath.LOAD_DATA ? new LoadDataTransport() : new BatchedInsertTransport();
    }
}

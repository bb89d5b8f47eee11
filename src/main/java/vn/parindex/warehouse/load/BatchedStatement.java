package vn.parindex.warehouse.load;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Parameter rows of one statement, sent {@link #SIZE} at a time as a JDBC batch (which Connector/J rewrites into
 * one multi-row statement, {@code rewriteBatchedStatements=true}). Memory is bounded by one batch: a national
 * year's ~90,000 leaf results sent as a single batch did not fit in a 256 MB heap.
 */
public final class BatchedStatement {

    static final int SIZE = 2000;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<Object[]> rows = new ArrayList<>(SIZE);

    public BatchedStatement(JdbcTemplate jdbc, String sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Adds one row of parameters (kept as given: the caller must not reuse the array). */
    public void add(Object... row) {
        rows.add(row);
        if (rows.size() == SIZE) {
            flush();
        }
    }

    /** Sends what is buffered. */
    public void flush() {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }
}

package vn.parindex.warehouse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends rows as multi-row INSERTs: batches of {@link #BATCH} rows that Connector/J rewrites into one statement
 * ({@code rewriteBatchedStatements=true}, set by {@link DatabaseSettings#jdbcUrl()}). Rows are produced on the
 * caller's thread; memory is bounded by one batch.
 */
final class BatchedInsertTransport implements RowTransport {

    static final int BATCH = 2000;

    @Override
    public <T> T load(JdbcTemplate jdbc, String table, Long fileId, String columns, Producer<T> producer) {
        String allColumns = fileId == null ? columns : "source_file_id, " + columns;
        int width = allColumns.split(",").length;
        String insert = "INSERT INTO " + table + " (" + allColumns + ") VALUES ("
                + String.join(", ", Collections.nCopies(width, "?")) + ")";
        List<Object[]> batch = new ArrayList<>(BATCH);
        T produced;
        try {
            produced = producer.writeRows(values -> {
                batch.add(fileId == null ? values : withFileId(fileId, values)); // dates go as LocalDateTime
                if (batch.size() == BATCH) {
                    jdbc.batchUpdate(insert, batch);
                    batch.clear();
                }
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("reading rows for " + table + " failed: " + e.getMessage(), e);
        }
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(insert, batch);
        }
        return produced;
    }

    private static Object[] withFileId(Long fileId, Object[] values) {
        Object[] row = new Object[values.length + 1];
        row[0] = fileId;
        System.arraycopy(values, 0, row, 1, values.length);
        return row;
    }
}

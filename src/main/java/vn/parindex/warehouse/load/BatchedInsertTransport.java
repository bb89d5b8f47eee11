package vn.parindex.warehouse.load;

import java.util.Collections;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends rows as multi-row INSERTs, a {@link BatchedStatement} at a time ({@code rewriteBatchedStatements=true} is
 * set by {@link DatabaseSettings#jdbcUrl()}). Rows are produced on the caller's thread; memory is bounded by one
 * batch.
 */
final class BatchedInsertTransport implements RowTransport {

    @Override
    public <T> T load(JdbcTemplate jdbc, String table, Long fileId, String columns, Producer<T> producer) {
        String allColumns = fileId == null ? columns : "source_file_id, " + columns;
        int width = allColumns.split(",").length;
        BatchedStatement insert = new BatchedStatement(jdbc, "INSERT INTO " + table + " (" + allColumns + ") VALUES ("
                + String.join(", ", Collections.nCopies(width, "?")) + ")");
        T produced;
        try {
            // a fresh array per row (varargs); dates go as LocalDateTime
            produced = producer.writeRows(values -> insert.add(fileId == null ? values : withFileId(fileId, values)));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("reading rows for " + table + " failed: " + e.getMessage(), e);
        }
        insert.flush();
        return produced;
    }

    private static Object[] withFileId(Long fileId, Object[] values) {
        Object[] row = new Object[values.length + 1];
        row[0] = fileId;
        System.arraycopy(values, 0, row, 1, values.length);
        return row;
    }
}

package vn.parindex.warehouse.load;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams rows into a table with {@code LOAD DATA LOCAL INFILE}, the fastest path Connector/J offers: the producer
 * writes the rows as tab-separated text while the driver sends them to the server on the caller's connection, inside
 * the caller's transaction ({@link LocalInfileStatement}, which also keeps the driver from reading any file of this
 * machine for it).
 */
final class LoadDataTransport implements RowTransport {

    @Override
    public <T> T load(JdbcTemplate jdbc, String table, Long fileId, String columns, Producer<T> producer) {
        AtomicReference<T> produced = new AtomicReference<>();
        String sql = "LOAD DATA LOCAL INFILE 'parindex-stream' INTO TABLE " + table + " CHARACTER SET utf8mb4 (" + columns + ")"
                + (fileId == null ? "" : " SET source_file_id = " + fileId);
        try {
            jdbc.execute((ConnectionCallback<Long>) con -> LocalInfileStatement.execute(con, sql, "bulk-" + table, out -> {
                try (TsvRows tsv = new TsvRows(out)) {
                    produced.set(producer.writeRows(tsv::row));
                }
            }));
        } catch (LocalInfileStatement.RowsFailed e) {
            throw new IllegalStateException("reading rows for " + table + " failed: " + e.getCause().getMessage(), e.getCause());
        }
        return produced.get();
    }

    /** True when the server allows LOAD DATA LOCAL (MySQL 8 ships with it off). */
    static boolean available(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) LocalInfileStatement::available));
    }
}

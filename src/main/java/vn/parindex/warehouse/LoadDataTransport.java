package vn.parindex.warehouse;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams rows into a table with {@code LOAD DATA LOCAL INFILE}, the fastest path Connector/J offers: a producer
 * thread writes the rows (it must not touch the database) as tab-separated text into a pipe that the driver
 * sends to the server on the caller's connection, inside the caller's transaction. Memory stays bounded by the
 * pipe's buffer.
 * {@link LocalInfileStatement} keeps the driver from reading any file of this machine for it.
 */
final class LoadDataTransport implements RowTransport {

    private static final int PIPE_BUFFER = 1 << 20;

    @Override
    public <T> T load(JdbcTemplate jdbc, String table, Long fileId, String columns, Producer<T> producer) {
        PipedInputStream in = new PipedInputStream(PIPE_BUFFER);
        PipedOutputStream out;
        try {
            out = new PipedOutputStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicReference<T> produced = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try (TsvRows tsv = new TsvRows(out)) {
                produced.set(producer.writeRows(tsv::row));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "bulk-" + table);
        thread.start();
        try {
            jdbc.execute((ConnectionCallback<Long>) con -> LocalInfileStatement.execute(con, in,
                    "LOAD DATA LOCAL INFILE 'parindex-stream' INTO TABLE " + table + " CHARACTER SET utf8mb4 (" + columns + ")"
                            + (fileId == null ? "" : " SET source_file_id = " + fileId)));
        } finally {
            closeQuietly(in);
            join(thread);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("reading rows for " + table + " failed: " + failure.get().getMessage(), failure.get());
        }
        return produced.get();
    }

    /** True when the server allows LOAD DATA LOCAL (MySQL 8 ships with it off). */
    static boolean available(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) LocalInfileStatement::available));
    }

    private static void closeQuietly(PipedInputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the producer sees the closed pipe and stops
        }
    }

    /** Waits for the producer even when interrupted: its outcome (or failure) must be known before returning. */
    private static void join(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package vn.parindex.backup;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands what is written to a second thread that writes it on to {@code out}, so that a backup's compression and
 * checksum run beside the reading of rows from the server instead of after it. Memory is bounded by a few chunks in
 * flight. A failure of the second thread is thrown by the next write or by {@link #close()}.
 */
final class OffThreadOutputStream extends OutputStream {

    private static final int CHUNK = 1 << 18;
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(4);
    private final Thread writer;
    private volatile Throwable failure;
    private byte[] chunk = new byte[CHUNK];
    private int used;
    private boolean closed;

    OffThreadOutputStream(OutputStream out, String name) {
        writer = new Thread(() -> {
            try (out) {
                while (true) {
                    byte[] next = chunks.take();
                    if (next == END) {
                        break;
                    }
                    out.write(next);
                }
            } catch (Throwable t) {
                failure = t;
                chunks.clear();   // a writer blocked on a full queue goes on, and sees the failure at its next chunk
            }
        }, name);
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void write(int b) throws IOException {
        if (used == chunk.length) {
            handOver();
        }
        chunk[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (used == chunk.length) {
                handOver();
            }
            int n = Math.min(len, chunk.length - used);
            System.arraycopy(b, off, chunk, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    private void handOver() throws IOException {
        put(used == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, used));
        chunk = new byte[CHUNK];
        used = 0;
    }

    private void put(byte[] bytes) throws IOException {
        rethrow();
        try {
            while (failure == null && !chunks.offer(bytes, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                // waits for the writer, or for its failure
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("backup interrupted");
        }
        rethrow();
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (t != null) {
            throw new IOException("writing the backup failed: " + t, t);
        }
    }

    /** Everything written so far reaches {@code out} (and {@code out} is closed) before this returns. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (used > 0) {
            handOver();
        }
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("backup interrupted");
        }
        rethrow();
    }
}

package vn.parindex.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads of staged files, several at a time: each reads a file of its own, and a province's inbox holds a gigabyte.
 * A read turns what its file can do into its answer; what is left (an Error, a defect) stops the reads not yet done
 * and is thrown, with the other failures added to it.
 */
final class StagedReads {

    private StagedReads() {
    }

    /** What {@code reads} give, in their order, {@code threads} at a time. */
    static <T> List<T> inOrder(int threads, List<Callable<T>> reads) {
        int readers = Math.max(1, Math.min(threads, reads.size()));
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(readers, r -> new Thread(r, "parindex-survey-" + named.incrementAndGet()));
        try {
            List<Future<T>> futures = reads.stream().map(pool::submit).toList();
            List<T> results = new ArrayList<>();
            Throwable failed = null;
            for (Future<T> future : futures) {
                try {
                    T result = future.get();
                    if (failed == null) {
                        results.add(result);
                    }
                } catch (ExecutionException e) {
                    if (failed == null) {
                        failed = e.getCause();
                        futures.forEach(f -> f.cancel(true));
                    } else {
                        failed.addSuppressed(e.getCause());
                    }
                } catch (CancellationException stoppedAfterAFailure) {
                    // a read not begun when an earlier one failed
                }
            }
            if (failed instanceof Error error) {
                throw error;
            }
            if (failed != null) {
                throw failed instanceof RuntimeException r ? r : new IllegalStateException(failed);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the staged files", e);
        } finally {
            pool.shutdownNow();
        }
    }
}

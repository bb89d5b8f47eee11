package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StagedReadsTest {

    @Test
    void answersComeInTheReadsOrderWhicheverEndsFirst() {
        CountDownLatch secondDone = new CountDownLatch(1);
        List<Callable<String>> reads = List.of(
                () -> secondDone.await(10, TimeUnit.SECONDS) ? "first, after the second" : "first, alone",
                () -> {
                    secondDone.countDown();
                    return "second";
                },
                () -> null,
                () -> "fourth");

        assertThat(StagedReads.inOrder(2, reads)).containsExactly("first, after the second", "second", null, "fourth");
        assertThat(StagedReads.inOrder(1, List.<Callable<String>>of(() -> "one", () -> "two"))).containsExactly("one", "two");
        assertThat(StagedReads.inOrder(4, List.<Callable<String>>of())).isEmpty();
    }

    @Test
    void anErrorIsThrownAsItIsWithTheOtherFailuresAddedToIt() {
        CountDownLatch defectThrown = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Thread> defectReader = new java.util.concurrent.atomic.AtomicReference<>();
        List<Callable<String>> reads = new ArrayList<>();
        reads.add(() -> "fine");
        reads.add(() -> {
            // the later read has failed by the time this one does: its failure recorded, its thread idle again (the
            // latch alone opens before the failure reaches its future, which the first failure could then cancel)
            defectThrown.await(10, TimeUnit.SECONDS);
            awaitIdle(defectReader.get());
            throw new OutOfMemoryError("Java heap space");
        });
        reads.add(() -> {
            defectReader.set(Thread.currentThread());
            try {
                throw new IllegalStateException("a defect");
            } finally {
                defectThrown.countDown();
            }
        });

        assertThatThrownBy(() -> StagedReads.inOrder(3, reads)).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space")
                .satisfies(e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(IllegalStateException.class)
                        .hasFieldOrPropertyWithValue("message", "a defect"));
    }

    /** Waits (up to 10 s) until {@code reader} waits for more work: the read it ran has handed over its outcome. */
    private static void awaitIdle(Thread reader) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (reader.getState() != Thread.State.WAITING && reader.getState() != Thread.State.TIMED_WAITING
                && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    @Test
    void aDefectInOneReadIsThrownAndTheReadsNotBegunAreNotRun() {
        List<String> ran = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch failed = new CountDownLatch(1);
        List<Callable<String>> reads = new ArrayList<>();
        reads.add(() -> {
            try {
                throw new IllegalArgumentException("a defect");
            } finally {
                failed.countDown();
            }
        });
        for (int i = 0; i < 50; i++) {
            int n = i;
            reads.add(() -> {
                failed.await();
                Thread.sleep(20);
                ran.add("read " + n);
                return "read " + n;
            });
        }

        assertThatThrownBy(() -> StagedReads.inOrder(1, reads)).isInstanceOf(IllegalArgumentException.class).hasMessage("a defect");
        assertThat(ran).as("one thread: the reads queued behind the failure are cancelled").hasSizeLessThan(50);
    }
}

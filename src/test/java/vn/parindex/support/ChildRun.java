package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.parindex.cli.ParindexApplication;

/** {@code parindex <args>} in a child JVM on the test class path, for tests that kill it or cap its memory. */
public final class ChildRun {

    /**
     * Every child compiles with C1 only: a child lives for seconds to a minute, where C2's compilations cost the two
     * cores more than they save (issue 26: the child-JVM classes 25-30 s shorter over the suite). The heap, its
     * limits and everything the tests assert of the child are as they were.
     */
    public static final List<String> CHILD_JIT = List.of("-XX:TieredStopAtLevel=1");

    private ChildRun() {
    }

    /**
     * Starts the child in {@code home} with {@code env} (an empty map means the embedded database: any
     * PARINDEX_* variable of the test's own environment is removed), output to {@code home/child.out}.
     */
    public static Process start(Path home, Map<String, String> env, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CHILD_JIT);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ParindexApplication.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("child.out").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("PARINDEX_"));
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code parindex run --settle 0} in {@code parindex}'s home in a child JVM with {@code jvmOptions}: it must end
     * within ten minutes, exit 0 and not run out of memory. Returns its output.
     */
    public static String runToEnd(Installation parindex, List<String> jvmOptions) throws InterruptedException, IOException {
        try (Running run = runInBackground(parindex, jvmOptions)) {
            return run.toEnd();
        }
    }

    /**
     * {@link #runToEnd}'s run, started and left running while the test does something else (a child JVM has a heap
     * of its own, whatever runs beside it); {@link Running#toEnd} waits for it and checks it as runToEnd does.
     */
    public static Running runInBackground(Installation parindex, List<String> jvmOptions) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        return new Running(parindex, jvmOptions, start(parindex.home(), parindex.environment(), jvmOptions, "run", "--settle", "0"), deadline);
    }

    /** A {@code parindex run} in a child JVM; closing it kills the child if it still runs (a test that failed first). */
    public static final class Running implements AutoCloseable {

        private final Installation parindex;
        private final List<String> jvmOptions;
        private final Process child;
        private final long deadline;

        private Running(Installation parindex, List<String> jvmOptions, Process child, long deadline) {
            this.parindex = parindex;
            this.jvmOptions = jvmOptions;
            this.child = child;
            this.deadline = deadline;
        }

        /**
         * Waits for the run: it must end within ten minutes of its start, exit 0 and not run out of memory. Returns
         * its output.
         */
        public String toEnd() throws InterruptedException, IOException {
            boolean ended = child.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            String output = Files.readString(parindex.home().resolve("child.out"));
            assertThat(ended).as(output).isTrue();
            assertThat(child.exitValue()).as("%s: %s", jvmOptions, output).isZero();
            assertThat(output).doesNotContain("OutOfMemoryError");
            return output;
        }

        @Override
        public void close() throws InterruptedException {
            if (child.isAlive()) {
                child.destroyForcibly().waitFor();
            }
        }
    }

    /** A dossier ledger for unit 019 in 2024 (the worked example's unit) with {@code rows} valid rows. */
    public static String ledger(int rows, String idPrefix) {
        StringBuilder ledger = new StringBuilder(rows * 80)
                .append("year,unit_code,dossier_id,procedure_code,received_at,due_at,resolved_at,channel\n");
        for (int i = 0; i < rows; i++) {
            String day = String.format("%02d", 1 + i % 28);
            ledger.append("2024,019,").append(idPrefix).append(i).append(",1.004227,2024-03-").append(day)
                    .append(" 08:00,2024-04-").append(day).append(',')
                    .append(i % 7 == 0 ? "" : "2024-04-" + String.format("%02d", 1 + (i * 13) % 28)).append(',')
                    .append(i % 3 == 0 ? "offline" : "online").append('\n');
        }
        return ledger.toString();
    }
}

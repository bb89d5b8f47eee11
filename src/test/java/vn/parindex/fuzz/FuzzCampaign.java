package vn.parindex.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import vn.parindex.submission.FileError;

/**
 * Runs inputs through the {@link IntakeOracle}, counts outcomes, and writes every distinct failure (by signature)
 * under {@code target/fuzz-failures/}: the input as generated, the input minimised (bytes removed while the same
 * failure remains), and a text file with the seeds, the mutations, the stack trace, the minimal bytes escaped and in
 * hex, and the command that replays it.
 */
final class FuzzCampaign {

    static final Path FAILURES = Path.of("target", "fuzz-failures");

    /** One distinct failure: the first input that showed it, minimised, and how many inputs showed it. */
    record Failure(String signature, Mutator.Input input, IntakeOracle.Verdict verdict, byte[] minimal, int count, Path report) {
    }

    /** What a campaign found. */
    static final class Summary {
        long seed;
        /** The index of the first input (0 unless the campaign was split into ranges). */
        long first;
        long inputs;
        long accepted;
        long rejected;
        long crashes;
        long hangs;
        long violations;
        long bytes;
        long maxInputBytes;
        long millis;
        final Set<String> outcomes = new HashSet<>();
        final Set<String> kindOutcomes = new HashSet<>();
        final Map<String, Long> codes = new TreeMap<>();
        final Map<String, Long> kinds = new TreeMap<>();
        final Map<String, Long> truncated = new TreeMap<>();
        final Map<String, Failure> failures = new LinkedHashMap<>();
        /** The slowest inputs: milliseconds, seed, bytes, mutations. */
        final PriorityQueue<Slow> slowest = new PriorityQueue<>(Comparator.comparingLong(Slow::millis));
        final Map<String, long[]> millisByOp = new TreeMap<>();

        long failedInputs() {
            return crashes + hangs + violations;
        }

        String line() {
            return String.format(Locale.ROOT,
                    "fuzz: seed=%d inputs=%d accepted=%d rejected=%d crashes=%d hangs=%d violations=%d distinct_failures=%d "
                            + "distinct_outcomes=%d distinct_kind_outcomes=%d time=%.1fs rate=%.0f/s bytes=%d max_input=%d",
                    seed, inputs, accepted, rejected, crashes, hangs, violations, failures.size(), outcomes.size(),
                    kindOutcomes.size(), millis / 1000.0, inputs * 1000.0 / Math.max(1, millis), bytes, maxInputBytes)
                    + (first == 0 ? "" : " first_input=" + first);
        }

        String details() {
            StringBuilder out = new StringBuilder();
            out.append("fuzz: kinds (the kind in the outcome; none: no kind told, or a file-level error such as ENCODING or QUOTE) ").append(kinds).append('\n');
            out.append("fuzz: codes (inputs whose report holds the code) ").append(codes).append('\n');
            out.append("fuzz: slowest inputs ").append(slowest.stream().sorted(Comparator.comparingLong(Slow::millis).reversed())
                    .map(x -> x.millis() + " ms (seed " + x.seed() + ", " + x.bytes() + " bytes, " + x.outcome() + ", " + x.trace() + ")")
                    .toList()).append('\n');
            out.append("fuzz: milliseconds by mutation (inputs, total ms) ");
            millisByOp.forEach((op, v) -> out.append(op).append('=').append(v[0]).append('/').append(v[1]).append(' '));
            out.append('\n');
            if (!truncated.isEmpty()) {
                out.append("fuzz: reports truncated at 1,000 rows ").append(truncated).append('\n');
            }
            for (Failure f : failures.values()) {
                out.append("fuzz: FAILURE ").append(f.signature()).append(" x").append(f.count()).append(" first input seed=")
                        .append(f.input().seed()).append(" report ").append(f.report()).append('\n');
            }
            return out.toString();
        }
    }

    record Slow(long millis, long seed, int bytes, String outcome, List<String> trace) {
    }

    private final LongFunction<Mutator.Input> generator;
    private final IntakeOracle oracle;
    private final long minimiseMillis;
    /** The test class whose {@code campaign} replays a failure. */
    private final String replayTest;

    FuzzCampaign(Mutator mutator, IntakeOracle oracle, long minimiseMillis) {
        this(mutator::generate, oracle, minimiseMillis, "IntakeFuzzTest");
    }

    /** A campaign over the inputs of {@code generator} (by input seed), saved with the oracle's file extension. */
    FuzzCampaign(LongFunction<Mutator.Input> generator, IntakeOracle oracle, long minimiseMillis, String replayTest) {
        this.generator = generator;
        this.oracle = oracle;
        this.minimiseMillis = minimiseMillis;
        this.replayTest = replayTest;
    }

    /** The seed of input {@code index} of the campaign {@code campaignSeed} (SplitMix64 of the pair). */
    static long inputSeed(long campaignSeed, long index) {
        long z = campaignSeed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    Summary run(long campaignSeed, long inputs, PrintStream progress) {
        return run(campaignSeed, 0, inputs, progress);
    }

    /**
     * Inputs {@code first} to {@code first + inputs - 1} of the campaign {@code campaignSeed}: a campaign split into
     * ranges run side by side checks the same inputs as one run.
     */
    Summary run(long campaignSeed, long first, long inputs, PrintStream progress) {
        Summary s = new Summary();
        s.seed = campaignSeed;
        s.first = first;
        long start = System.nanoTime();
        long step = Math.max(1, inputs / 10);
        for (long i = first; i < first + inputs; i++) {
            Mutator.Input input = generator.apply(inputSeed(campaignSeed, i));
            long t0 = System.nanoTime();
            IntakeOracle.Verdict verdict = oracle.check(input.bytes(), input.world());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            record(s, input, verdict);
            s.slowest.add(new Slow(millis, input.seed(), input.bytes().length,
                    verdict.failed() ? verdict.signature() : verdict.outcome().codes(), input.trace()));
            if (s.slowest.size() > 5) {
                s.slowest.poll();
            }
            for (String op : new HashSet<>(input.trace().stream().map(t -> t.replaceAll(":.*", "")).toList())) {
                long[] v = s.millisByOp.computeIfAbsent(op, k -> new long[2]);
                v[0]++;
                v[1] += millis;
            }
            if (progress != null && inputs >= 10_000 && (i + 1 - first) % step == 0) {
                progress.printf("fuzz: %d/%d inputs, %d failed, %.0f s%n", i + 1 - first, inputs, s.failedInputs(),
                        (System.nanoTime() - start) / 1e9);
            }
        }
        s.millis = (System.nanoTime() - start) / 1_000_000;
        return s;
    }

    void record(Summary s, Mutator.Input input, IntakeOracle.Verdict v) {
        s.inputs++;
        s.bytes += input.bytes().length;
        s.maxInputBytes = Math.max(s.maxInputBytes, input.bytes().length);
        if (v.failed()) {
            switch (v.failureKind()) {
                case "crash" -> s.crashes++;
                case "hang" -> s.hangs++;
                default -> s.violations++;
            }
            Failure known = s.failures.get(v.signature());
            if (known == null) {
                s.failures.put(v.signature(), save(input, v));
            } else {
                s.failures.put(v.signature(), new Failure(known.signature(), known.input(), known.verdict(), known.minimal(),
                        known.count() + 1, known.report()));
            }
            return;
        }
        IntakeOracle.Outcome o = v.outcome();
        if (o.accepted()) {
            s.accepted++;
        } else {
            s.rejected++;
            for (String code : new HashSet<>(o.report().stream().map(FileError::code).toList())) {
                s.codes.merge(code, 1L, Long::sum);
            }
            if (o.errorCount() > o.report().size()) {
                s.truncated.merge(o.kind() == null ? "none" : o.kind().code(), 1L, Long::sum);
            }
        }
        s.kinds.merge(o.kind() == null ? "none" : o.kind().code(), 1L, Long::sum);
        s.outcomes.add(o.codes());
        s.kindOutcomes.add((o.kind() == null ? "none" : o.kind().code()) + " " + o.codes());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Failures

    private Failure save(Mutator.Input input, IntakeOracle.Verdict v) {
        byte[] minimal = minimise(input.bytes(), bytes -> {
            IntakeOracle.Verdict again = oracle.check(bytes, input.world());
            return again.failed() && v.signature().equals(again.signature());
        }, v.failureKind().equals("hang") ? 8 : 5_000);
        IntakeOracle.Verdict minimalVerdict = oracle.check(minimal, input.world());
        if (!minimalVerdict.failed()) {
            minimalVerdict = v; // a flaky failure (a hang under load): keep the original's trace
            minimal = input.bytes();
        }
        String name = slug(v.signature()) + "-" + Long.toUnsignedString(input.seed());
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(name + oracle.extension()), input.bytes());
            Files.write(FAILURES.resolve(name + ".min" + oracle.extension()), minimal);
            Path report = FAILURES.resolve(name + ".txt");
            Files.writeString(report, describe(input, v, minimal, minimalVerdict, name), StandardCharsets.UTF_8);
            return new Failure(v.signature(), input, v, minimal, 1, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String describe(Mutator.Input input, IntakeOracle.Verdict v, byte[] minimal, IntakeOracle.Verdict minimalVerdict,
            String name) {
        StringBuilder out = new StringBuilder();
        out.append("signature: ").append(v.signature()).append('\n');
        out.append("input seed: ").append(input.seed()).append('\n');
        out.append("reference world: ").append(input.world().name()).append('\n');
        out.append("base seed file: ").append(input.base()).append('\n');
        out.append("mutations: ").append(input.trace()).append('\n');
        out.append("input: ").append(input.bytes().length).append(" bytes (").append(name).append(oracle.extension()).append(")\n");
        out.append("minimal input: ").append(minimal.length).append(" bytes (").append(name).append(".min").append(oracle.extension()).append(")\n");
        out.append("minimal input escaped: ").append(escape(minimal, 2_000)).append('\n');
        out.append("minimal input hex: ").append(hex(minimal, 1_000)).append('\n');
        out.append("replay the input: mvn -B -q test -Dtest=" + replayTest + "#campaign -Dsurefire.failIfNoSpecifiedTests=false "
                + "-Dparindex.fuzz.inputSeed=").append(input.seed()).append('\n');
        out.append("replay the minimal file: mvn -B -q test -Dtest=" + replayTest + "#campaign -Dsurefire.failIfNoSpecifiedTests=false "
                + "-Dparindex.fuzz.replay=").append(FAILURES.resolve(name + ".min" + oracle.extension())).append(" -Dparindex.fuzz.world=")
                .append(input.world().name()).append('\n');
        out.append('\n').append("detail: ").append(v.detail()).append('\n');
        if (minimalVerdict.cause() != null) {
            out.append('\n').append("stack trace (minimal input):\n").append(stackTrace(minimalVerdict.cause()));
        }
        if (v.cause() != null && minimalVerdict != v) {
            out.append('\n').append("stack trace (input as generated):\n").append(stackTrace(v.cause()));
        }
        return out.toString();
    }

    /**
     * Removes chunks of bytes, halving the chunk size, while {@code stillFails}; at most {@code maxChecks} checks and
     * the campaign's minimisation time.
     */
    private byte[] minimise(byte[] input, Predicate<byte[]> stillFails, int maxChecks) {
        long deadline = System.nanoTime() + minimiseMillis * 1_000_000;
        byte[] current = input;
        int checks = 0;
        int chunk = Math.max(1, current.length / 2);
        while (chunk >= 1 && checks < maxChecks && System.nanoTime() < deadline) {
            boolean removed = false;
            int at = 0;
            while (at < current.length && checks < maxChecks && System.nanoTime() < deadline) {
                int end = Math.min(current.length, at + chunk);
                byte[] candidate = new byte[current.length - (end - at)];
                System.arraycopy(current, 0, candidate, 0, at);
                System.arraycopy(current, end, candidate, at, current.length - end);
                checks++;
                if (stillFails.test(candidate)) {
                    current = candidate;
                    removed = true;
                } else {
                    at += chunk;
                }
            }
            if (!removed) {
                if (chunk == 1) {
                    break;
                }
                chunk /= 2;
            }
        }
        return current;
    }

    static String escape(byte[] bytes, int max) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < Math.min(bytes.length, max); i++) {
            int b = bytes[i] & 0xFF;
            switch (b) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b));
            }
        }
        return out.append(bytes.length > max ? "\"…" : "\"").toString();
    }

    static String hex(byte[] bytes, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, max); i++) {
            out.append(i == 0 ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
        }
        return out.append(bytes.length > max ? " …" : "").toString();
    }

    static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static String slug(String signature) {
        String s = signature.replaceAll("[^A-Za-z0-9_.]+", "-");
        return s.length() > 90 ? s.substring(0, 90) : s;
    }
}

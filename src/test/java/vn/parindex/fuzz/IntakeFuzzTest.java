package vn.parindex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.submission.FileError;
import vn.parindex.submission.FileErrors;

/**
 * Seeded-mutation fuzzing of intake validation: the CSV reader and every kind's contract, through the path the
 * product takes (see {@link IntakeOracle} for the path and the property, {@link Mutator} for the inputs,
 * docs/fuzzing.md for the campaigns and their figures).
 *
 * <p>By default a short campaign of 3,000 inputs runs with the suite. System properties:
 * <ul>
 * <li>{@code parindex.fuzz.inputs} (3000) and {@code parindex.fuzz.seed} (a fixed default; {@code random} for a new
 * one, printed): the campaign ({@code scripts/fuzz} runs 100,000);</li>
 * <li>{@code parindex.fuzz.timeoutMs} (10000): the time one input may take before it counts as a hang;</li>
 * <li>{@code parindex.fuzz.inputSeed}: regenerate and check only that input (printed with every failure);</li>
 * <li>{@code parindex.fuzz.replay} and {@code parindex.fuzz.world} (example, sample or empty): check one file.</li>
 * </ul>
 * A failure is written under {@code target/fuzz-failures/} (input, minimised input, seeds, stack trace, replay
 * command) and fails the test.
 */
class IntakeFuzzTest {

    static final long DEFAULT_SEED = 20_240_611L;

    private static FuzzSeeds seeds;

    @BeforeAll
    static void loadSeeds() {
        seeds = FuzzSeeds.load();
    }

    @Test
    void everySeedAndDialectVariantIsAccepted(@TempDir Path dir) {
        try (IntakeOracle oracle = new IntakeOracle(dir, timeoutMillis())) {
            List<String> problems = new ArrayList<>();
            for (FuzzSeeds.Seed seed : seeds.seeds()) {
                IntakeOracle.Verdict v = oracle.check(seed.bytes(), seed.world());
                if (v.failed() || !v.outcome().accepted()) {
                    problems.add(seed.name() + ": " + (v.failed() ? v.signature() + " " + v.detail()
                            : v.outcome().report().stream().limit(3).toList()));
                }
            }
            assertThat(problems).as("seeds not accepted in their reference world").isEmpty();
            assertThat(seeds.seeds()).hasSizeGreaterThanOrEqualTo(22 * 7);
        }
    }

    /** Hand-written corners of SPEC §2–§3: each keeps the property, with the code the spec names. */
    @Test
    void fileLevelCornersKeepTheProperty(@TempDir Path dir) {
        FuzzSeeds.World world = seeds.world("example");
        String appraisal = "year,unit_code,criterion_code,appraised_score,comment\n";
        try (IntakeOracle oracle = new IntakeOracle(dir, timeoutMillis())) {
            assertOutcome(oracle, world, new byte[0], "EMPTY");
            assertOutcome(oracle, world, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "EMPTY");
            assertOutcome(oracle, world, new byte[] {(byte) 0xFF, (byte) 0xFE}, "EMPTY");
            assertOutcome(oracle, world, "\n\r\n,,,\n;;;\n".getBytes(StandardCharsets.UTF_8), "EMPTY");
            assertOutcome(oracle, world, appraisal.getBytes(StandardCharsets.UTF_8), "EMPTY");
            assertOutcome(oracle, world, (appraisal + "2024,019,1.1,14,ok\n").getBytes(StandardCharsets.UTF_16LE), "ENCODING");
            assertOutcome(oracle, world, (appraisal + "2024,019,1.1,14,Qu\u00E1 h\u1EA1n\n").getBytes(Charset.forName("windows-1252")), "ENCODING");
            assertOutcome(oracle, world, (appraisal + "2024,019,1.1,14,\"never closed\n").getBytes(StandardCharsets.UTF_8), "QUOTE");
            // a quote never closed, then more than a record may hold: refused either way, never gathered whole
            assertOutcome(oracle, world, (appraisal + "2024,019,1.1,14,\"" + "a".repeat(1_000_100)).getBytes(StandardCharsets.UTF_8),
                    "QUOTE", "TOO_LONG");
            assertOutcome(oracle, world, (appraisal + "2024,019,1.1,14," + "a".repeat(1_000_100) + "\n").getBytes(StandardCharsets.UTF_8),
                    "TOO_LONG");
            assertOutcome(oracle, world, (appraisal + "2024,019,1.1,14,ok\n".repeat(1_500)).getBytes(StandardCharsets.UTF_8),
                    "DUPLICATE_KEY");
            IntakeOracle.Verdict many = oracle.check((appraisal + "1999,019,1.1,14,ok\n".repeat(1_200)).getBytes(StandardCharsets.UTF_8), world);
            assertThat(many.failed()).as("%s", many.detail()).isFalse();
            assertThat(many.outcome().report()).hasSize(IntakeOracle.MAX_REPORT_ROWS);
            assertThat(many.outcome().report().get(FileErrors.LIMIT).code()).isEqualTo("TRUNCATED");
        }
    }

    @Test
    void campaign(@TempDir Path dir) throws IOException {
        try (IntakeOracle oracle = new IntakeOracle(dir, timeoutMillis())) {
            Mutator mutator = new Mutator(seeds.seeds(), seeds.worlds());
            FuzzCampaign campaign = new FuzzCampaign(mutator, oracle, Long.getLong("parindex.fuzz.minimiseSeconds", 60) * 1000);
            String replay = System.getProperty("parindex.fuzz.replay");
            String inputSeed = System.getProperty("parindex.fuzz.inputSeed");
            if (replay != null && !replay.isBlank()) {
                replay(oracle, Path.of(replay), seeds.world(System.getProperty("parindex.fuzz.world", "example")));
                return;
            }
            if (inputSeed != null && !inputSeed.isBlank()) {
                Mutator.Input input = mutator.generate(Long.parseLong(inputSeed));
                System.out.println("fuzz: input seed " + inputSeed + " from " + input.base() + " in world " + input.world().name()
                        + " by " + input.trace() + ", " + input.bytes().length + " bytes: " + FuzzCampaign.escape(input.bytes(), 400));
                assertHolds(oracle.check(input.bytes(), input.world()));
                return;
            }
            long seed = seed();
            long inputs = Long.getLong("parindex.fuzz.inputs", 3_000);
            FuzzCampaign.Summary summary = campaign.run(seed, inputs, System.out);
            String report = summary.line() + "\n" + summary.details();
            System.out.print(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "fuzz-summary.txt"), report, StandardCharsets.UTF_8);
            assertThat(summary.failures).as("inputs that escaped the file-level outcome (see target/fuzz-failures/):%n%s",
                    summary.details()).isEmpty();
            assertThat(summary.inputs).isEqualTo(inputs);
        }
    }

    private static void replay(IntakeOracle oracle, Path file, FuzzSeeds.World world) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long start = System.nanoTime();
        IntakeOracle.Verdict v = oracle.check(bytes, world);
        System.out.println("fuzz: replay " + file + " (" + bytes.length + " bytes) in world " + world.name() + ": "
                + (v.failed() ? v.signature() : v.outcome().codes()) + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertHolds(v);
    }

    private static void assertHolds(IntakeOracle.Verdict v) {
        if (v.failed() && v.cause() != null) {
            System.out.println(FuzzCampaign.stackTrace(v.cause()));
        }
        assertThat(v.failed()).as("%s: %s", v.signature(), v.detail()).isFalse();
        if (!v.outcome().accepted()) {
            v.outcome().report().stream().limit(20).map(FileError::toString).forEach(e -> System.out.println("fuzz:   " + e));
        }
    }

    /** The property holds and the file is rejected with one of {@code codes} among its rows. */
    private static void assertOutcome(IntakeOracle oracle, FuzzSeeds.World world, byte[] input, String... codes) {
        IntakeOracle.Verdict v = oracle.check(input, world);
        assertThat(v.failed()).as("%s: %s", v.signature(), v.detail()).isFalse();
        assertThat(v.outcome().accepted()).isFalse();
        assertThat(v.outcome().report()).extracting(FileError::code).containsAnyOf(codes);
    }

    private static long seed() {
        String text = System.getProperty("parindex.fuzz.seed", "");
        if (text.isBlank()) {
            return DEFAULT_SEED;
        }
        if (text.equals("random")) {
            long seed = System.nanoTime() ^ System.currentTimeMillis() * 0x9E3779B97F4A7C15L;
            System.out.println("fuzz: random seed " + seed);
            return seed;
        }
        return Long.parseLong(text);
    }

    private static long timeoutMillis() {
        return Long.getLong("parindex.fuzz.timeoutMs", 10_000);
    }
}

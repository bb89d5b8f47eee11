package vn.parindex.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.submission.FileError;
import vn.parindex.support.HostileWorkbooks;
import vn.parindex.support.Workbooks;

/**
 * Seeded-mutation fuzzing of workbook intake (issue 21): the same oracle and property as {@link IntakeFuzzTest}, over
 * {@code .xlsx} inputs from {@link WorkbookMutator} (the XML, shared strings, styles, relationships and content types
 * inside the package, the package, the zip), each error's line a sheet row (0 to 1,048,576).
 *
 * <p>By default a campaign of 250 inputs runs with the suite (about 0.14 s an input on the shared 2-core machine
 * under load; loading the seeds takes most of the rest). System properties: {@code parindex.fuzz.workbookInputs}
 * (250; {@code scripts/fuzz --workbooks N} sets it), {@code parindex.fuzz.seed}, {@code parindex.fuzz.timeoutMs},
 * {@code parindex.fuzz.inputSeed}, {@code parindex.fuzz.replay} and {@code parindex.fuzz.world} as for
 * {@link IntakeFuzzTest}.
 */
class WorkbookFuzzTest {

    static final long DEFAULT_SEED = 20_261_206L;

    private static FuzzSeeds csvSeeds;
    private static List<FuzzSeeds.Seed> seeds;

    @BeforeAll
    static void loadSeeds() {
        csvSeeds = FuzzSeeds.load();
        seeds = WorkbookMutator.seeds(csvSeeds);
    }

    @Test
    void everyWorkbookSeedIsAccepted(@TempDir Path dir) {
        try (IntakeOracle oracle = new IntakeOracle(dir, timeoutMillis(), ".xlsx")) {
            List<String> problems = new ArrayList<>();
            for (FuzzSeeds.Seed seed : seeds) {
                IntakeOracle.Verdict v = oracle.check(seed.bytes(), seed.world());
                if (v.failed() || !v.outcome().accepted()) {
                    problems.add(seed.name() + ": " + (v.failed() ? v.signature() + " " + v.detail()
                            : v.outcome().report().stream().limit(3).toList()));
                }
            }
            assertThat(problems).as("workbook seeds not accepted in their reference world").isEmpty();
            assertThat(seeds).extracting(FuzzSeeds.Seed::name).anyMatch(n -> n.endsWith(".xlsx"))
                    .anyMatch(n -> n.startsWith("examples/")).hasSizeGreaterThanOrEqualTo(25);
        }
    }

    /** The same seed gives the same bytes; the mutations reach inside the package and change it. */
    @Test
    void inputsAreDeterministicAndMutated() {
        WorkbookMutator mutator = new WorkbookMutator(seeds, csvSeeds.worlds());
        Set<String> ops = new HashSet<>();
        int changed = 0;
        for (long seed = 0; seed < 300; seed++) {
            Mutator.Input a = mutator.generate(seed);
            Mutator.Input b = mutator.generate(seed);
            assertThat(a.bytes()).isEqualTo(b.bytes());
            assertThat(a.trace()).isEqualTo(b.trace()).isNotEmpty();
            a.trace().forEach(t -> ops.add(t.replaceAll(":.*", "")));
            if (seeds.stream().noneMatch(s -> java.util.Arrays.equals(s.bytes(), a.bytes()))) {
                changed++;
            }
        }
        assertThat(changed).isGreaterThan(280);
        assertThat(ops).contains("delete-element", "duplicate-element", "insert-fragment", "attribute", "text", "doctype",
                "remove-part", "duplicate-entry", "rename-part", "zip-flip-bits", "zip-truncate", "zip-header");
    }

    /** The hostile workbooks of issue 21 keep the property, with the code the contract names. */
    @Test
    void hostileWorkbooksKeepTheProperty(@TempDir Path dir) {
        FuzzSeeds.World world = csvSeeds.world("example");
        try (IntakeOracle oracle = new IntakeOracle(dir, timeoutMillis(), ".xlsx")) {
            assertOutcome(oracle, world, HostileWorkbooks.duplicatedEntry(), "FORMAT");
            assertOutcome(oracle, world, HostileWorkbooks.longSharedString(200_000, 2_000), "TOO_LARGE");
            assertOutcome(oracle, world, "not a zip".getBytes(StandardCharsets.UTF_8), "FORMAT");
            assertOutcome(oracle, world, HostileWorkbooks.sheet(HostileWorkbooks.inlineRow("year", "unit_code", "criterion_code",
                    "self_score", "evidence", "note"), "<c><v>2024</v></c>" + HostileWorkbooks.inlineRow("0_x200B_19", "1.1")
                    + "<c><v>1</v></c>" + HostileWorkbooks.inlineRow("x", "y")), "CHARACTER");
            IntakeOracle.Verdict wide = oracle.check(HostileWorkbooks.wideRows(1_000), world);
            assertThat(wide.failed()).as("%s", wide.detail()).isFalse();
            byte[] bomb = Workbooks.zipBomb(Workbooks.fromCsv(FuzzSeeds.EXAMPLES.resolve("self-019.csv")), 200);
            assertOutcome(oracle, world, bomb, "FORMAT", "TOO_LARGE");
        }
    }

    @Test
    void campaign(@TempDir Path dir) throws IOException {
        try (IntakeOracle oracle = new IntakeOracle(dir, timeoutMillis(), ".xlsx")) {
            WorkbookMutator mutator = new WorkbookMutator(seeds, csvSeeds.worlds());
            FuzzCampaign campaign = new FuzzCampaign(mutator::generate, oracle,
                    Long.getLong("parindex.fuzz.minimiseSeconds", 60) * 1000, "WorkbookFuzzTest");
            String replay = System.getProperty("parindex.fuzz.replay");
            String inputSeed = System.getProperty("parindex.fuzz.inputSeed");
            if (replay != null && !replay.isBlank()) {
                byte[] bytes = Files.readAllBytes(Path.of(replay));
                assertHolds(oracle.check(bytes, csvSeeds.world(System.getProperty("parindex.fuzz.world", "sample"))));
                return;
            }
            if (inputSeed != null && !inputSeed.isBlank()) {
                Mutator.Input input = mutator.generate(Long.parseLong(inputSeed));
                System.out.println("fuzz: workbook input seed " + inputSeed + " from " + input.base() + " in world "
                        + input.world().name() + " by " + input.trace() + ", " + input.bytes().length + " bytes");
                assertHolds(oracle.check(input.bytes(), input.world()));
                return;
            }
            long seed = seed();
            long inputs = Long.getLong("parindex.fuzz.workbookInputs", 250);
            // a range of the campaign (parindex.fuzz.firstInput), so that two JVMs can share a long one
            long first = Long.getLong("parindex.fuzz.firstInput", 0);
            FuzzCampaign.Summary summary = campaign.run(seed, first, inputs, System.out);
            String report = "fuzz: workbooks\n" + summary.line() + "\n" + summary.details();
            System.out.print(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "fuzz-workbook-summary.txt"), report, StandardCharsets.UTF_8);
            Files.write(Path.of("target", "fuzz-workbook-outcomes.txt"), new java.util.TreeSet<>(summary.kindOutcomes));
            assertThat(summary.failures).as("workbooks that escaped the file-level outcome (see target/fuzz-failures/):%n%s",
                    summary.details()).isEmpty();
            assertThat(summary.inputs).isEqualTo(inputs);
            // the campaign reaches both ends: accepted workbooks and rejected ones, among several distinct outcomes
            assertThat(summary.accepted).isPositive();
            assertThat(summary.rejected).isPositive();
            assertThat(summary.outcomes.size()).isGreaterThan(inputs >= 250 ? 15 : 2);
        }
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

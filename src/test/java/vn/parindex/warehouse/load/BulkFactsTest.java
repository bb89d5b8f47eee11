package vn.parindex.warehouse.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.cli.SharedWarehouse;
import vn.parindex.submission.FileError;
import vn.parindex.submission.Kind;
import vn.parindex.submission.ReferenceData;
import vn.parindex.submission.SubmissionReader;
import vn.parindex.warehouse.ReferenceRepository;

/**
 * Repeated keys in a bulk-loaded file are found exactly whichever way: confirmed from the sieve's candidates
 * (few or, with a tiny sieve, thousands of false ones), or by the second pass when the sieve overflows; and the
 * same over LOAD DATA and batched inserts. On the real warehouse, one connection, rolled back after each test.
 */
class BulkFactsTest extends SharedWarehouse {

    private static final String LEDGER = "year,unit_code,dossier_id,received_at,due_at,channel\n";
    private static final String[] UNITS = {"019", "021", "005"};


    private ExampleWarehouse warehouse;
    private JdbcTemplate jdbc;
    private ReferenceData reference;
    private final List<KeySieve> sieves = new ArrayList<>();
    /** Each load as a file of its own, since nothing is rolled back between the loads of one test. */
    private long fileId = 990;

    @BeforeEach
    void warehouseWithUnits() {
        warehouse = new ExampleWarehouse(installation());
        jdbc = warehouse.jdbc();
        reference = new ReferenceRepository(jdbc).load();
    }

    @AfterEach
    void rollBack() throws Exception {
        warehouse.close();
    }

    /** 3 x 4,000 dossiers, units interleaved when asked; lines 40, 5,000 and 12,001 repeat lines 2, 4 and 7. */
    private Path ledger(boolean interleaved) throws IOException {
        StringBuilder csv = new StringBuilder(LEDGER);
        List<String> units = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            long line = i + 2;
            int repeats = line == 40 ? 0 : line == 5000 ? 2 : line == 12_001 ? 5 : -1;
            units.add(repeats >= 0 ? units.get(repeats) : UNITS[interleaved ? i % 3 : i / 4000]);
            ids.add(repeats >= 0 ? ids.get(repeats) : "D-" + i);
            csv.append("2024,").append(units.get(i)).append(',').append(ids.get(i)).append(",2024-03-01,2024-03-08,online\n");
        }
        Path file = home.resolve(interleaved ? "dossiers-interleaved.csv" : "dossiers.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private SubmissionReader.Result load(Path file, FactLoadPath path, LongFunction<KeySieve> sieve) throws IOException {
        LongFunction<KeySieve> kept = bytes -> {
            KeySieve made = sieve.apply(bytes);
            sieves.add(made);
            return made;
        };
        return new BulkFacts(jdbc, ++fileId, () -> { }, RowTransport.of(path), kept)
                .load(records(file), Kind.DOSSIERS, Files.size(file), (kind, unitYears) -> { });
    }

    /** The file's records as the intake reads them. */
    private FileRecords records(Path file) {
        return sink -> SubmissionReader.read(file, reference, sink);
    }

    private static List<String> lines(SubmissionReader.Result result) {
        return result.errors().kept().stream().map(e -> e.line() + " " + e.code() + " " + e.message()).toList();
    }

    @ParameterizedTest
    @EnumSource(FactLoadPath.class)
    void falseAlarmsOfATinySieveAreClearedAndEveryRowLoads(FactLoadPath path) throws IOException {
        StringBuilder csv = new StringBuilder(LEDGER);
        for (int i = 0; i < 12_000; i++) {
            csv.append("2024,").append(UNITS[i % 3]).append(",D-").append(i).append(",2024-03-01,2024-03-08,offline\n");
        }
        Path file = Files.writeString(home.resolve("clean.csv"), csv, StandardCharsets.UTF_8);

        SubmissionReader.Result result = load(file, path, bytes -> new KeySieve(KeySieve.MIN_BITS_LOG2, 1_000_000));

        assertThat(result.errors().kept()).isEmpty();
        assertThat(sieves.get(0).candidates()).hasSizeGreaterThan(100);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier WHERE source_file_id = ?", Long.class, fileId)).isEqualTo(12_000);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT dossier_id) FROM dossier WHERE source_file_id = ? AND unit_code = '021'",
                Long.class, fileId)).isEqualTo(4000);
    }

    @ParameterizedTest
    @EnumSource(FactLoadPath.class)
    void repeatsAreTheSameFromCandidatesFromATinySieveAndFromTheSecondPass(FactLoadPath path) throws IOException {
        for (boolean interleaved : new boolean[] {false, true}) {
            Path file = ledger(interleaved);

            List<String> sized = lines(load(file, path, bytes -> KeySieve.forFileOfSize(bytes, KeySieve.MAX_CANDIDATES)));
            List<String> tiny = lines(load(file, path, bytes -> new KeySieve(KeySieve.MIN_BITS_LOG2, 1_000_000)));
            List<String> overflowed = lines(load(file, path, bytes -> KeySieve.forFileOfSize(bytes, 2)));

            assertThat(sized).as("interleaved " + interleaved).hasSize(3);
            assertThat(sized.get(0)).startsWith("40 DUPLICATE_KEY").contains("D-0").contains("dòng 2");
            assertThat(sized.get(1)).startsWith("5000 DUPLICATE_KEY").contains("D-2").contains("dòng 4");
            assertThat(sized.get(2)).startsWith("12001 DUPLICATE_KEY").contains("D-5").contains("dòng 7");
            assertThat(tiny).isEqualTo(sized);
            assertThat(overflowed).isEqualTo(sized);
        }
        assertThat(sieves.get(1).candidates()).hasSizeGreaterThan(100);
        assertThat(sieves.get(2).overflowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(FactLoadPath.class)
    void surveyAnswersRepeatOnlyWhenRespondentAndQuestionBothRepeat(FactLoadPath path) throws IOException {
        Path file = Files.writeString(home.resolve("survey.csv"), "year,unit_code,respondent_id,question_code,answer\n"
                + "2024,019,R1,S1,5\n2024,019,R1,S2,4\n2024,019,R2,S1,4\n2024,021,R1,S1,3\n2024,019,R1,S2,1\n", StandardCharsets.UTF_8);

        for (LongFunction<KeySieve> sieve : List.<LongFunction<KeySieve>>of(bytes -> KeySieve.forFileOfSize(bytes, 100),
                bytes -> KeySieve.forFileOfSize(bytes, 0))) {
            List<FileError> errors = new BulkFacts(jdbc, ++fileId, () -> { }, RowTransport.of(path), sieve)
                    .load(records(file), Kind.SURVEY, Files.size(file), (kind, unitYears) -> { }).errors().kept();

            assertThat(errors).extracting(FileError::line).containsExactly(6L);
            assertThat(errors.get(0).message()).contains("R1").contains("S2").contains("dòng 3");
        }
    }
}

package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.sample.DataKind;
import vn.parindex.sample.GeneratorOptions;
import vn.parindex.sample.ProvinceGenerator;
import vn.parindex.sample.SampleUnit;
import vn.parindex.support.CsvLines;
import vn.parindex.support.Installation;
import vn.parindex.support.ReportCsv;

/**
 * System-level properties of the nightly run on generated provinces (vn.parindex.sample), through the real
 * command line on the real database. Each repetition has its own fixed seed, so a failure names the repetition
 * that reproduces it. Repetitions are few: every run of an installation costs a second or two.
 */
class WarehouseProperties {

    private static final long SEED = 0x9A41DE7L;
    private static final List<Integer> YEARS = List.of(2024, 2025);
    private static final Set<String> LINEAGE_OF_ROWS = Set.of("source_sha256", "source_line");

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path temp;

    /**
     * Files are dropped in a shuffled order (so their modification times differ) and the rows of every file but
     * the framework (whose row order is the criteria order, SPEC §3) are shuffled. Row order moves the line
     * numbers and so the SHA-256 of the files; those two lineage columns are all that may change.
     */
    @RepeatedTest(3)
    void fileOrderAndRowOrderNeverChangeTheResults(RepetitionInfo repetition) {
        Random random = random(repetition);
        ProvinceGenerator generator = generator(random, temp.resolve("generated"));
        List<Path> files = generator.generate();

        Installation inOrder = new Installation(temp.resolve("in-order"));
        files.forEach(f -> inOrder.drop(name(f), read(f)));
        assertRunsCleanly(inOrder);

        Installation shuffled = new Installation(temp.resolve("shuffled"));
        List<Path> order = new ArrayList<>(files);
        Collections.shuffle(order, random);
        for (Path f : order) {
            byte[] content = name(f).startsWith("framework-") ? read(f) : CsvLines.of(read(f)).shuffled(random).bytes();
            shuffled.drop(name(f), content);
        }
        assertRunsCleanly(shuffled);

        for (int year : YEARS) {
            assertThat(read(ranking(shuffled, year))).isEqualTo(read(ranking(inOrder, year)));
            assertThat(ReportCsv.read(scores(shuffled, year)).masking(LINEAGE_OF_ROWS, r -> true))
                    .isEqualTo(ReportCsv.read(scores(inOrder, year)).masking(LINEAGE_OF_ROWS, r -> true));
        }
    }

    /**
     * One unit re-submits one kind for one year (v2). Loading the province and then v2 must equal loading v2
     * alone: the province with that unit's rows of v1 blanked out (same file name, same line numbers) plus v2.
     * The blanked file's SHA-256 is the only thing that legitimately differs, on the rows it is the source of.
     */
    @RepeatedTest(3)
    void loadingV1ThenV2EqualsLoadingV2Alone(RepetitionInfo repetition) {
        Random random = random(repetition);
        ProvinceGenerator generator = generator(random, temp.resolve("generated"));
        List<Path> files = generator.generate();
        int year = YEARS.get(random.nextInt(YEARS.size()));
        DataKind kind = DataKind.values()[random.nextInt(DataKind.values().length)];
        SampleUnit unit = generator.province().units().get(random.nextInt(generator.province().units().size()));
        String v1Name = kind.prefix() + "-" + unit.groupCode().toLowerCase(java.util.Locale.ROOT) + "-" + year + ".csv";
        Path v2 = generator.writeUnitFile(kind, year, unit.code(), 1 + random.nextInt(1000),
                temp.resolve("v2").resolve(kind.prefix() + "-" + unit.code() + "-" + year + "-v2.csv"));

        Installation both = new Installation(temp.resolve("v1-then-v2"));
        files.forEach(f -> both.drop(name(f), read(f)));
        assertRunsCleanly(both);
        both.drop(name(v2), read(v2));
        assertRunsCleanly(both);

        Installation v2Alone = new Installation(temp.resolve("v2-alone"));
        for (Path f : files) {
            CsvLines lines = name(f).equals(v1Name) ? CsvLines.of(read(f)).withoutUnit(unit.code()) : CsvLines.of(read(f));
            if (lines.hasRows()) {
                v2Alone.drop(name(f), lines.bytes());
            }
        }
        v2Alone.drop(name(v2), read(v2));
        assertRunsCleanly(v2Alone);

        for (int y : YEARS) {
            assertThat(read(ranking(v2Alone, y))).as("ranking-%d after %s of %s", y, kind, unit.code())
                    .isEqualTo(read(ranking(both, y)));
            assertThat(ReportCsv.read(scores(v2Alone, y)).masking(Set.of("source_sha256"), r -> r.get("source_file").equals(v1Name)))
                    .as("scores-%d after %s of %s", y, kind, unit.code())
                    .isEqualTo(ReportCsv.read(scores(both, y)).masking(Set.of("source_sha256"), r -> r.get("source_file").equals(v1Name)));
        }
    }

    /** Nothing new (an empty inbox, or only exact duplicates; with or without --year): nothing changes. */
    @RepeatedTest(3)
    void aSecondRunWithNothingNewChangesNothing(RepetitionInfo repetition) {
        Random random = random(repetition);
        List<Path> files = generator(random, temp.resolve("generated")).generate();
        Installation parindex = new Installation(temp.resolve("home"));
        files.forEach(f -> parindex.drop(name(f), read(f)));
        assertRunsCleanly(parindex);
        Map<String, Object> warehouse = resultTables(parindex);
        Map<String, byte[]> reports = reportBytes(parindex);

        int duplicates = random.nextInt(3);
        for (int i = 0; i < duplicates; i++) {
            Path f = files.get(random.nextInt(files.size()));
            parindex.drop("again/" + name(f), read(f));
        }
        List<String> args = new ArrayList<>(List.of("run", "--settle", "0"));
        if (random.nextBoolean()) {
            args.addAll(List.of("--year", Integer.toString(YEARS.get(random.nextInt(YEARS.size())))));
        }
        Installation.Result again = parindex.run(args.toArray(String[]::new));

        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(resultTables(parindex)).isEqualTo(warehouse);
        Map<String, byte[]> after = reportBytes(parindex);
        assertThat(after.keySet()).isEqualTo(reports.keySet());
        reports.forEach((file, bytes) -> assertThat(after.get(file)).as(file).isEqualTo(bytes));
    }

    /**
     * A re-submitted appraisal file raises one appraised leaf of one unit (to anything up to its maximum): that
     * unit's index does not go down, and no other unit of the year moves up in rank or changes index.
     */
    @RepeatedTest(3)
    void raisingOneAppraisedLeafNeverLowersTheIndexNorLiftsAnotherUnit(RepetitionInfo repetition) {
        Random random = random(repetition);
        List<Path> files = generator(random, temp.resolve("generated")).generate();
        Installation parindex = new Installation(temp.resolve("home"));
        files.forEach(f -> parindex.drop(name(f), read(f)));
        assertRunsCleanly(parindex);
        int year = YEARS.get(random.nextInt(YEARS.size()));
        ReportCsv rankingBefore = ReportCsv.read(ranking(parindex, year));
        ReportCsv scores = ReportCsv.read(scores(parindex, year));
        List<String> appraised = scores.rows().stream().filter(r -> !r.get("appraised_score").isEmpty())
                .map(r -> r.get("unit_code")).distinct().toList();
        assertThat(appraised).as("the generator leaves most units appraised").isNotEmpty();
        String unit = appraised.get(random.nextInt(appraised.size()));

        List<Map<String, String>> leaves = scores.rowsOf(unit).stream().filter(r -> !r.get("appraised_score").isEmpty()).toList();
        Map<String, String> raised = leaves.get(random.nextInt(leaves.size()));
        StringBuilder file = new StringBuilder("year,unit_code,criterion_code,appraised_score,comment\n");
        for (Map<String, String> leaf : leaves) {
            BigDecimal score = new BigDecimal(leaf.get("appraised_score"));
            if (leaf == raised) {
                BigDecimal headroom = new BigDecimal(leaf.get("max_points")).subtract(score);
                score = score.add(headroom.multiply(BigDecimal.valueOf(random.nextInt(101), 2))).setScale(2, RoundingMode.DOWN);
            }
            file.append(year).append(',').append(unit).append(',').append(leaf.get("criterion_code")).append(',')
                    .append(score.toPlainString()).append(",Hội đồng thẩm định lại\n");
        }
        parindex.drop("appraisal-" + unit + "-" + year + "-lai.csv", file.toString());
        assertRunsCleanly(parindex);

        ReportCsv rankingAfter = ReportCsv.read(ranking(parindex, year));
        assertThat(new BigDecimal(rankingAfter.row(unit).get("index")))
                .isGreaterThanOrEqualTo(new BigDecimal(rankingBefore.row(unit).get("index")));
        for (Map<String, String> other : rankingBefore.rows()) {
            String code = other.get("unit_code");
            if (code.equals(unit) || other.get("rank").isEmpty()) {
                continue;
            }
            Map<String, String> now = rankingAfter.row(code);
            assertThat(Integer.parseInt(now.get("rank"))).as("rank of %s after raising %s", code, unit)
                    .isGreaterThanOrEqualTo(Integer.parseInt(other.get("rank")));
            assertThat(now.get("index")).as("index of %s", code).isEqualTo(other.get("index"));
        }
    }

    /**
     * An adjustment brings unit B to A's index give or take less than half a hundredth: equal on the 2-decimal
     * index, so they share a rank, and every rank stays 1 + the number of strictly better units of the group.
     */
    @RepeatedTest(3)
    void unitsWithTheSameTwoDecimalIndexShareARank(RepetitionInfo repetition) {
        Random random = random(repetition);
        List<Path> files = generator(random, temp.resolve("generated")).generate();
        Installation parindex = new Installation(temp.resolve("home"));
        files.forEach(f -> parindex.drop(name(f), read(f)));
        assertRunsCleanly(parindex);
        int year = YEARS.get(random.nextInt(YEARS.size()));
        ReportCsv before = ReportCsv.read(ranking(parindex, year));
        Map<String, List<String>> rankedByGroup = new TreeMap<>();
        before.rows().stream().filter(r -> !r.get("rank").isEmpty())
                .forEach(r -> rankedByGroup.computeIfAbsent(r.get("group"), g -> new ArrayList<>()).add(r.get("unit_code")));
        List<List<String>> pairs = rankedByGroup.values().stream().filter(units -> units.size() >= 2).toList();
        assertThat(pairs).as("a group with two ranked units").isNotEmpty();
        List<String> group = new ArrayList<>(pairs.get(random.nextInt(pairs.size())));
        Collections.shuffle(group, random);
        String a = group.get(0);
        String b = group.get(1);

        BigDecimal target = new BigDecimal(before.row(a).get("index"));
        BigDecimal earnedByB = ReportCsv.read(scores(parindex, year)).rowsOf(b).stream()
                .map(r -> new BigDecimal(r.get("points"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal off = BigDecimal.valueOf(random.nextInt(99) - 49, 4);
        if (target.signum() == 0 || target.compareTo(BigDecimal.valueOf(100)) == 0) {
            off = target.signum() == 0 ? off.abs() : off.abs().negate();
        }
        // The generated framework totals 100 points, so the index is the total.
        BigDecimal points = target.add(off).subtract(earnedByB);
        parindex.drop("adjustments-" + b + "-" + year + ".csv", "year,unit_code,points,reason\n" + year + "," + b + ","
                + points.toPlainString() + ",Điều chỉnh theo kết luận kiểm tra\n");
        assertRunsCleanly(parindex);

        ReportCsv after = ReportCsv.read(ranking(parindex, year));
        assertThat(after.row(b).get("index")).isEqualTo(after.row(a).get("index"));
        assertThat(after.row(b).get("rank")).isEqualTo(after.row(a).get("rank"));
        List<Map<String, String>> ranked = after.rows().stream()
                .filter(r -> r.get("group").equals(after.row(a).get("group")) && !r.get("rank").isEmpty()).toList();
        for (Map<String, String> unit : ranked) {
            BigDecimal index = new BigDecimal(unit.get("index"));
            long better = ranked.stream().filter(o -> new BigDecimal(o.get("index")).compareTo(index) > 0).count();
            assertThat(Integer.parseInt(unit.get("rank"))).as("rank of %s", unit.get("unit_code")).isEqualTo(better + 1);
        }
    }

    private static Random random(RepetitionInfo repetition) {
        return new Random(SEED * 1_000_003L + repetition.getCurrentRepetition());
    }

    /** A small province: six units in two groups, two years, a few dossiers and respondents, mixed dialects. */
    private static ProvinceGenerator generator(Random random, Path out) {
        return new ProvinceGenerator(new GeneratorOptions(out, 6, 2, YEARS, 2 + random.nextInt(6), 1 + random.nextInt(5),
                random.nextLong(), true));
    }

    private static void assertRunsCleanly(Installation parindex) {
        Installation.Result result = parindex.run("run", "--settle", "0");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    }

    private static Path ranking(Installation parindex, int year) {
        return parindex.reports(year).resolve("ranking-" + year + ".csv");
    }

    private static Path scores(Installation parindex, int year) {
        return parindex.reports(year).resolve("scores-" + year + ".csv");
    }

    private static Map<String, Object> resultTables(Installation parindex) {
        Map<String, Object> tables = new TreeMap<>();
        tables.put("result_unit", parindex.sql().queryForList("SELECT * FROM result_unit ORDER BY year, unit_code"));
        tables.put("result_domain", parindex.sql().queryForList("SELECT * FROM result_domain ORDER BY year, unit_code, domain_code"));
        tables.put("result_leaf", parindex.sql().queryForList("SELECT * FROM result_leaf ORDER BY year, unit_code, criterion_code"));
        tables.put("current", parindex.sql().queryForList("SELECT id, kind, year, unit_code, source_file_id FROM submission "
                + "WHERE is_current ORDER BY id"));
        return tables;
    }

    /** Every file under reports/&lt;year&gt;/ (not the run summaries, which are per run by design). */
    private static Map<String, byte[]> reportBytes(Installation parindex) {
        Map<String, byte[]> bytes = new TreeMap<>();
        for (int year : YEARS) {
            Installation.filesUnder(parindex.reports(year)).forEach(f -> bytes.put(parindex.home().relativize(f).toString(), read(f)));
        }
        return bytes;
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.parindex.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.support.Workbooks;

/**
 * {@code Sample2026 DIR}: writes the bundled sample's year 2026 into DIR ({@code input/sample}) from its 2025 files
 * there, the year the reorganisation's merged units appear: framework and bands as in 2025, self-assessments and
 * appraisals (the QUAN appraisal as a workbook) and the citizen survey. A continuing unit's scores drift a little
 * from its 2025 self-assessment (Mỹ Đức, which sent nothing for 2025, from its 2024 one); a merged unit starts from
 * the mean of its predecessors'. Đông Anh is not appraised (provisional), Hoài Đức has too few respondents. The same
 * files every time (the workbook but for the creation time POI stamps). The units file is edited by hand. A
 * developer tool: {@code scripts/tools-java vn.parindex.sample.Sample2026 input/sample}.
 */
public final class Sample2026 {

    private static final int YEAR = 2026;
    private static final long SEED = 2026;
    /** The new units and the 2025 units each was formed from (units.csv holds the same). */
    static final Map<String, List<String>> MERGED = Map.of(
            "283", List.of("001", "002", "003"),
            "284", List.of("272", "273"),
            "285", List.of("278", "280", "281"));
    private static final String NOT_APPRAISED = "017";
    private static final String FEW_RESPONDENTS = "274";
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    /** An appraised criterion of the QUAN framework (HUYEN's is the same): its code and max_points. */
    private static final Pattern APPRAISED = Pattern.compile("2026,QUAN,([0-9.]+),[0-9]+,(?:\"[^\"]*\"|[^,]*),([0-9.]+),appraised,");

    private final Path dir;
    private final Map<String, BigDecimal> maxPoints = new LinkedHashMap<>();

    private Sample2026(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: Sample2026 DIR");
            System.exit(2);
        }
        new Sample2026(Path.of(args[0])).write();
    }

    private void write() {
        copyForYear("framework-2025.csv", "framework-2026.csv");
        copyForYear("bands-2025.csv", "bands-2026.csv");
        for (String line : lines("framework-2026.csv")) {
            Matcher leaf = APPRAISED.matcher(line);
            if (leaf.matches()) {
                maxPoints.put(leaf.group(1), new BigDecimal(leaf.group(2)));
            }
        }
        Map<String, Map<String, BigDecimal>> quan = next(selfScores("self-quan-2025.csv", ","));
        Map<String, Map<String, BigDecimal>> huyenBefore = selfScores("self-huyen-2025.csv", ";");
        selfScores("self-huyen-2024.csv", ";").forEach(huyenBefore::putIfAbsent);
        Map<String, Map<String, BigDecimal>> huyen = next(huyenBefore);
        writeSubmission("self-quan-2026.csv", quan, false, ",", "\n", "self_score,evidence");
        writeSubmission("self-huyen-2026.csv", huyen, false, ";", "\r\n", "self_score;evidence");
        writeSubmission("appraisal-quan-2026.csv", quan, true, ",", "\n", "appraised_score,comment");
        writeSubmission("appraisal-huyen-2026.csv", huyen, true, ";", "\r\n", "appraised_score;comment");
        Path csv = dir.resolve("appraisal-quan-2026.csv");
        Workbooks.write(dir.resolve("appraisal-quan-2026.xlsx").toAbsolutePath(), Workbooks.fromCsv(csv));
        delete(csv);
        writeSurvey(new TreeSet<>(quan.keySet()), new TreeSet<>(huyen.keySet()));
    }

    /** Self-scores of the criteria other than the survey's 8.1, by unit and criterion, from a 2025 or 2024 file. */
    private Map<String, Map<String, BigDecimal>> selfScores(String file, String delimiter) {
        Map<String, Map<String, BigDecimal>> scores = new TreeMap<>();
        for (String line : rows(file)) {
            String[] c = line.split(delimiter);
            if (!c[2].equals("8.1")) {
                scores.computeIfAbsent(c[1], k -> new LinkedHashMap<>()).put(c[2], new BigDecimal(c[3].replace(',', '.')));
            }
        }
        return scores;
    }

    /** 2026's self-scores: the merged units from their predecessors' mean, every unit drifting by a unit trend and noise. */
    private Map<String, Map<String, BigDecimal>> next(Map<String, Map<String, BigDecimal>> before) {
        Map<String, Map<String, BigDecimal>> base = new TreeMap<>(before);
        for (Map.Entry<String, List<String>> merged : new TreeMap<>(MERGED).entrySet()) {
            if (!before.containsKey(merged.getValue().get(0))) {
                continue;
            }
            Map<String, BigDecimal> mean = new LinkedHashMap<>();
            for (String criterion : before.get(merged.getValue().get(0)).keySet()) {
                BigDecimal sum = merged.getValue().stream().map(p -> before.get(p).get(criterion))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                mean.put(criterion, quarter(sum.divide(BigDecimal.valueOf(merged.getValue().size()), 4, RoundingMode.HALF_UP)));
            }
            merged.getValue().forEach(base::remove);
            base.put(merged.getKey(), mean);
        }
        Map<String, Map<String, BigDecimal>> next = new TreeMap<>();
        base.forEach((unit, scores) -> {
            SplittableRandom random = Randoms.of(SEED, 1, Long.parseLong(unit));
            int trend = new int[] {-1, 0, 0, 1}[random.nextInt(4)];
            Map<String, BigDecimal> drifted = new LinkedHashMap<>();
            scores.forEach((criterion, score) -> {
                BigDecimal step = QUARTER.multiply(BigDecimal.valueOf(trend + random.nextInt(-1, 2)));
                drifted.put(criterion, score.add(step).max(BigDecimal.ONE).min(maxPoints.get(criterion)));
            });
            next.put(unit, drifted);
        });
        return next;
    }

    private void writeSubmission(String file, Map<String, Map<String, BigDecimal>> units, boolean appraisal, String d,
            String eol, String columns) {
        StringBuilder out = new StringBuilder("year" + d + "unit_code" + d + "criterion_code" + d + columns + eol);
        units.forEach((unit, scores) -> {
            if (appraisal && unit.equals(NOT_APPRAISED)) {
                return;
            }
            SplittableRandom random = Randoms.of(SEED, appraisal ? 2 : 3, Long.parseLong(unit));
            scores.forEach((criterion, self) -> {
                BigDecimal score = appraisal
                        ? self.subtract(QUARTER.multiply(BigDecimal.valueOf(deduction(random)))).max(BigDecimal.ZERO) : self;
                String number = score.stripTrailingZeros().toPlainString();
                String last = appraisal ? "" : "Báo cáo số " + random.nextInt(10, 100) + "/BC-UBND";
                out.append(YEAR).append(d).append(unit).append(d).append(criterion).append(d)
                        .append(d.equals(";") ? number.replace('.', ',') : number).append(d).append(last).append(eol);
            });
        });
        writeString(file, out.toString());
    }

    /** Quarter points the appraisal takes off a self-score: none 40%, one 30%, two 20%, three 10%. */
    private static int deduction(SplittableRandom random) {
        double r = random.nextDouble();
        return r < 0.4 ? 0 : r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
    }

    /** Respondents answer S1–S3 from 1 to 5, positive (4–5) about as often as the unit's (or its predecessors') were in 2025. */
    private void writeSurvey(TreeSet<String> quan, TreeSet<String> huyen) {
        Map<String, double[]> positive = new TreeMap<>();
        for (String line : rows("survey-2025.csv")) {
            String[] c = line.split(",");
            double[] counts = positive.computeIfAbsent(c[1], k -> new double[2]);
            counts[0] += Integer.parseInt(c[4]) >= 4 ? 1 : 0;
            counts[1]++;
        }
        TreeSet<String> units = new TreeSet<>(quan);
        units.addAll(huyen);
        StringBuilder out = new StringBuilder("year,unit_code,respondent_id,question_code,answer\n");
        for (String unit : units) {
            List<String> formedFrom = MERGED.getOrDefault(unit, List.of(unit));
            double share = formedFrom.stream().mapToDouble(u -> positive.containsKey(u) ? positive.get(u)[0] / positive.get(u)[1] : 0.6)
                    .average().orElseThrow();
            SplittableRandom random = Randoms.of(SEED, 4, Long.parseLong(unit));
            double p = Math.max(0.3, Math.min(0.95, share + random.nextDouble(-0.08, 0.08)));
            int respondents = unit.equals(FEW_RESPONDENTS) ? 24 : random.nextInt(35, 91);
            for (int r = 1; r <= respondents; r++) {
                for (String question : List.of("S1", "S2", "S3")) {
                    int answer = random.nextDouble() < p ? 4 + random.nextInt(2) : new int[] {1, 2, 3, 3}[random.nextInt(4)];
                    out.append(YEAR).append(',').append(unit).append(",KS").append(unit).append('-').append(String.format("%03d", r))
                            .append(',').append(question).append(',').append(answer).append('\n');
                }
            }
        }
        writeString("survey-2026.csv", out.toString());
    }

    private static BigDecimal quarter(BigDecimal value) {
        return value.divide(QUARTER, 0, RoundingMode.HALF_UP).multiply(QUARTER);
    }

    private void copyForYear(String from, String to) {
        List<String> out = new ArrayList<>();
        for (String line : lines(from)) {
            out.add(line.startsWith("2025,") ? YEAR + line.substring(4) : line);
        }
        writeString(to, String.join("\n", out) + "\n");
    }

    private List<String> lines(String file) {
        try {
            return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of {@code file} after its header. */
    private List<String> rows(String file) {
        List<String> lines = lines(file);
        return lines.subList(1, lines.size());
    }

    private void writeString(String file, String content) {
        try {
            Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

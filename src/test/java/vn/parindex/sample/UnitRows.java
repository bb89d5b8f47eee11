package vn.parindex.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The rows one unit submits of one kind for one year, written straight to a {@link SampleCsvWriter}. Each
 * (seed, year, unit, kind, variant) has its own random stream, so a unit's rows do not depend on what was
 * written before them; {@code variant} 0 is the generated province, other variants are re-submissions.
 */
final class UnitRows {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final List<String> EVIDENCE = List.of("Kế hoạch số %d/KH-UBND", "Báo cáo số %d/BC-UBND",
            "Quyết định số %d/QĐ-UBND", "Công văn số %d/UBND-VP");
    private static final List<String> REASONS = List.of("Chậm báo cáo cải cách hành chính quý II",
            "Để xảy ra sai phạm trong giải quyết thủ tục hành chính", "Có sáng kiến cải cách hành chính được công nhận",
            "Chậm triển khai kế hoạch, bị nhắc nhở", "Được khen thưởng về cải cách hành chính");
    private static final List<String> PROCEDURES = List.of("1.004227", "2.000488", "1.001612", "2.002256", "1.000894",
            "1.003003");

    private final long seed;
    private final SampleFramework framework;
    private final int dossiers;
    private final int respondents;

    UnitRows(long seed, SampleFramework framework, int dossiers, int respondents) {
        this.seed = seed;
        this.framework = framework;
        this.dossiers = dossiers;
        this.respondents = respondents;
    }

    /** {@code forced}: write at least one row even where the unit would usually send none (a re-submission). */
    void write(DataKind kind, int year, SampleUnit unit, UnitStatus status, long variant, boolean forced, SampleCsvWriter out) {
        if (status == UnitStatus.NOT_SUBMITTED || (status == UnitStatus.PROVISIONAL && kind == DataKind.APPRAISAL)) {
            return;
        }
        SplittableRandom random = Randoms.of(seed, year, unit.index(), kind.ordinal(), variant);
        double q = quality(year, unit);
        String y = Integer.toString(year);
        switch (kind) {
            case SELF_ASSESSMENT -> selfScores(year, unit, variant, q, random, out, y);
            case APPRAISAL -> appraisals(year, unit, variant, q, random, out, y);
            case METRICS -> metrics(unit, q, random, out, y);
            case SURVEY -> survey(unit, q, random, out, y, forced);
            case ADJUSTMENTS -> adjustments(unit, random, out, y, forced);
            case DOSSIERS -> dossiers(year, unit, q, random, out, y, forced);
        }
    }

    /** The unit's quality drifts a little from year to year. */
    private double quality(int year, SampleUnit unit) {
        return Randoms.clamp01(unit.quality() + 0.05 * Randoms.of(seed, year, unit.index(), 0x71L).nextGaussian());
    }

    private BigDecimal selfScore(SampleCriterion leaf, double q, SplittableRandom random) {
        double share = Randoms.clamp01(q + 0.08 + 0.12 * random.nextGaussian());
        return quarters(leaf.maxPoints().doubleValue() * share).min(leaf.maxPoints());
    }

    /** Self scores have a stream of their own, so that the council's scores can start from them. */
    private SplittableRandom selfScoreStream(int year, SampleUnit unit, long variant) {
        return Randoms.of(seed, year, unit.index(), 0x73656C66L, variant);
    }

    private void selfScores(int year, SampleUnit unit, long variant, double q, SplittableRandom random, SampleCsvWriter out,
            String y) {
        SplittableRandom scores = selfScoreStream(year, unit, variant);
        for (SampleCriterion leaf : framework.appraisedLeaves()) {
            BigDecimal score = selfScore(leaf, q, scores);
            String evidence = String.format(EVIDENCE.get(random.nextInt(EVIDENCE.size())), 1 + random.nextInt(200));
            String note = random.nextInt(8) == 0 ? "Đã bổ sung minh chứng, chờ thẩm định" : null;
            out.row(y, unit.code(), leaf.code(), score, evidence, note);
        }
    }

    /** The council starts from the self score and takes off up to three quarter points. */
    private void appraisals(int year, SampleUnit unit, long variant, double q, SplittableRandom random, SampleCsvWriter out,
            String y) {
        SplittableRandom self = selfScoreStream(year, unit, variant);
        for (SampleCriterion leaf : framework.appraisedLeaves()) {
            BigDecimal claimed = selfScore(leaf, q, self);
            BigDecimal cut = QUARTER.multiply(BigDecimal.valueOf(random.nextInt(4)));
            BigDecimal appraised = claimed.subtract(cut).max(BigDecimal.ZERO);
            String comment = cut.signum() > 0 ? "Thiếu minh chứng, trừ " + cut.stripTrailingZeros().toPlainString() + " điểm" : null;
            out.row(y, unit.code(), leaf.code(), appraised, comment);
        }
    }

    private void metrics(SampleUnit unit, double q, SplittableRandom random, SampleCsvWriter out, String y) {
        int tasks = 10 + random.nextInt(31);
        metric(out, y, unit, "plan.completed", Math.round(tasks * Randoms.clamp01(q + 0.15 + 0.1 * random.nextGaussian())), tasks);
        if (random.nextInt(20) > 0) {
            int staff = 40 + random.nextInt(361);
            metric(out, y, unit, "staff.vacancy", Math.round(staff * 0.2 * Randoms.clamp01(1 - q + 0.1 * random.nextGaussian())), staff);
        }
        if (random.nextInt(20) > 0) {
            BigDecimal budget = BigDecimal.valueOf(1000 + random.nextInt(49000)).add(BigDecimal.valueOf(random.nextInt(10), 1));
            BigDecimal spent = budget.multiply(BigDecimal.valueOf(Randoms.clamp01(q + 0.2 + 0.1 * random.nextGaussian())))
                    .setScale(1, RoundingMode.DOWN);
            out.row(y, unit.code(), "budget.disbursed", spent, budget);
        }
        if (random.nextInt(20) > 0) {
            int documents = 500 + random.nextInt(19501);
            metric(out, y, unit, "docs.electronic", Math.round(documents * Randoms.clamp01(q + 0.1 + 0.05 * random.nextGaussian())), documents);
        }
    }

    private static void metric(SampleCsvWriter out, String y, SampleUnit unit, String code, long numerator, long denominator) {
        out.row(y, unit.code(), code, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** One unit in twelve hears back from only a fifth of the usual respondents, usually too few to count. */
    private void survey(SampleUnit unit, double q, SplittableRandom random, SampleCsvWriter out, String y, boolean forced) {
        int people = random.nextInt(12) == 0 ? Math.max(1, respondents / 5) : respondents;
        if (people == 0 && forced) {
            people = 1;
        }
        for (int r = 1; r <= people; r++) {
            String id = String.format("PKS-%s-%05d", y, r);
            for (String question : SampleFramework.QUESTIONS) {
                if (!question.equals("S1") && random.nextInt(12) == 0) {
                    continue;
                }
                long answer = 1 + Math.round(4 * Randoms.clamp01(q + 0.25 * random.nextGaussian()));
                out.row(y, unit.code(), id, question, Long.toString(answer));
            }
        }
    }

    private void adjustments(SampleUnit unit, SplittableRandom random, SampleCsvWriter out, String y, boolean forced) {
        if (!forced && random.nextInt(7) > 0) {
            return;
        }
        int rows = 1 + random.nextInt(2);
        for (int i = 0; i < rows; i++) {
            int reason = random.nextInt(REASONS.size());
            boolean bonus = reason == 2 || reason == 4;
            BigDecimal points = QUARTER.multiply(BigDecimal.valueOf(1 + random.nextInt(4)));
            out.row(y, unit.code(), bonus ? points : points.negate(), REASONS.get(reason));
        }
    }

    /**
     * {@code dossiers} dossiers received over the year: most resolved, the better units more often on time and
     * online; a few still open. Due dates are plain dates, times vary in spelling.
     */
    private void dossiers(int year, SampleUnit unit, double q, SplittableRandom random, SampleCsvWriter out, String y,
            boolean forced) {
        int count = dossiers == 0 && forced ? 1 : dossiers;
        LocalDate start = LocalDate.of(year, 1, 1);
        int days = start.lengthOfYear();
        double onTime = 0.85 + 0.15 * q;
        double online = 0.3 + 0.6 * q;
        for (int i = 1; i <= count; i++) {
            LocalDate received = start.plusDays(random.nextInt(days));
            int allowed = 1 + random.nextInt(20);
            LocalDate due = received.plusDays(allowed);
            String resolved = null;
            if (random.nextInt(20) > 0) {
                LocalDate done = random.nextDouble() < onTime ? received.plusDays(random.nextInt(allowed + 1))
                        : due.plusDays(1 + random.nextInt(10));
                resolved = time(done, random);
            }
            String id = String.format("000.00.%s.H%02d-%s-%06d", unit.code(), 10 + (unit.index() % 90),
                    received.toString().substring(2).replace("-", ""), i);
            out.row(y, unit.code(), id, PROCEDURES.get(random.nextInt(PROCEDURES.size())), time(received, random),
                    due.toString(), resolved, random.nextDouble() < online ? "online" : "offline");
        }
    }

    /** "2024-03-05 08:12", sometimes "2024-03-05T08:12:40". */
    private static String time(LocalDate date, SplittableRandom random) {
        int minutes = 7 * 60 + 30 + random.nextInt(9 * 60 + 30);
        if (random.nextInt(10) == 0) {
            return String.format("%sT%02d:%02d:%02d", date, minutes / 60, minutes % 60, random.nextInt(60));
        }
        return String.format("%s %02d:%02d", date, minutes / 60, minutes % 60);
    }

    private static BigDecimal quarters(double value) {
        return BigDecimal.valueOf(Math.round(value * 4)).multiply(QUARTER).setScale(2, RoundingMode.UNNECESSARY);
    }
}

package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random but valid frameworks and unit facts, for the property tests. Every figure respects the intake rules of
 * SPEC §3 (scores within [0, max], numerator ≤ denominator, answers 1–5); maxima have 2 decimals.
 */
public final class RandomScoringData {

    private static final List<String> QUESTIONS = List.of("S1", "S2", "S3");

    private final Random random;

    public RandomScoringData(Random random) {
        this.random = random;
    }

    /** 1–4 domains of 1–3 children each, a quarter of them nested groups; leaves of every method unless told. */
    public Framework framework(boolean appraisedOnly) {
        List<Criterion> criteria = new ArrayList<>();
        int domains = 1 + random.nextInt(4);
        for (int d = 1; d <= domains; d++) {
            String domain = String.valueOf(d);
            List<Criterion> below = new ArrayList<>();
            int children = 1 + random.nextInt(3);
            for (int c = 1; c <= children; c++) {
                String code = domain + "." + c;
                if (random.nextInt(4) == 0) {
                    List<Criterion> leaves = new ArrayList<>();
                    for (int l = 1; l <= 1 + random.nextInt(3); l++) {
                        leaves.add(leaf(code + "." + l, code, appraisedOnly));
                    }
                    below.add(new Criterion(code, domain, "Nhóm " + code, sum(leaves), Method.GROUP, null));
                    below.addAll(leaves);
                } else {
                    below.add(leaf(code, domain, appraisedOnly));
                }
            }
            List<Criterion> direct = below.stream().filter(c -> c.parentCode().equals(domain)).toList();
            criteria.add(new Criterion(domain, null, "Lĩnh vực " + domain, sum(direct), Method.GROUP, null));
            criteria.addAll(below);
        }
        Framework framework = new Framework(2025, "G", criteria);
        return framework.totalMax().signum() > 0 ? framework : framework(appraisedOnly);
    }

    private Criterion leaf(String code, String parent, boolean appraisedOnly) {
        BigDecimal max = cents(3000);
        Method method = appraisedOnly ? Method.APPRAISED
                : List.of(Method.APPRAISED, Method.RATIO, Method.SURVEY).get(random.nextInt(3));
        Rule rule = switch (method) {
            case RATIO -> RuleParser.parse(method, ratioRule(code));
            case SURVEY -> RuleParser.parse(method, surveyRule());
            default -> null;
        };
        return new Criterion(code, parent, "Tiêu chí " + code, max, method, rule);
    }

    private String ratioRule(String code) {
        String metric = "m" + code;
        if (random.nextBoolean()) {
            return "metric=" + metric + "; linear";
        }
        StringBuilder rule = new StringBuilder("metric=" + metric);
        for (int i = random.nextInt(4); i > 0; i--) {
            rule.append(random.nextBoolean() ? "; >=" : "; <=").append(fraction()).append(':').append(fraction());
        }
        return rule.append("; else:").append(fraction()).toString();
    }

    private String surveyRule() {
        List<String> questions = QUESTIONS.subList(0, 1 + random.nextInt(QUESTIONS.size()));
        return "questions=" + String.join(",", questions) + "; mode=" + (random.nextBoolean() ? "share" : "mean")
                + "; min_responses=" + (1 + random.nextInt(3));
    }

    /** Facts for every leaf of {@code framework}, each figure present or not at random; adjustments may be large. */
    public UnitFacts facts(Framework framework, String unitCode) {
        FactsBuilder facts = FactsBuilder.unit(unitCode);
        for (Criterion leaf : framework.leaves()) {
            switch (leaf.method()) {
                case APPRAISED -> {
                    if (random.nextInt(3) > 0) {
                        facts.appraised(leaf.code(), scoreUpTo(leaf.maxPoints()));
                    }
                    if (random.nextBoolean()) {
                        facts.self(leaf.code(), scoreUpTo(leaf.maxPoints()));
                    }
                }
                case RATIO -> {
                    if (random.nextInt(4) > 0) {
                        int denominator = 1 + random.nextInt(1000);
                        facts.metric(((RatioRule) leaf.rule()).metric(), String.valueOf(random.nextInt(denominator + 1)),
                                String.valueOf(denominator));
                    }
                }
                case SURVEY -> {
                    for (int i = random.nextInt(8); i > 0; i--) {
                        facts.answer("R" + random.nextInt(4), QUESTIONS.get(random.nextInt(QUESTIONS.size())),
                                1 + random.nextInt(5));
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            facts.adjustment(new BigDecimal(random.nextInt(30001) - 15000).movePointLeft(2).toPlainString());
        }
        return facts.build();
    }

    /** A score in [0, max] with up to 4 decimals, as intake allows. */
    public String scoreUpTo(BigDecimal max) {
        long tenThousandths = max.movePointRight(4).longValueExact();
        return BigDecimal.valueOf((long) (random.nextDouble() * (tenThousandths + 1))).movePointLeft(4)
                .min(max).toPlainString();
    }

    private String fraction() {
        return BigDecimal.valueOf(random.nextInt(101)).movePointLeft(2).toPlainString();
    }

    private BigDecimal cents(int maxCents) {
        return BigDecimal.valueOf(random.nextInt(maxCents + 1)).movePointLeft(2);
    }

    private static BigDecimal sum(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

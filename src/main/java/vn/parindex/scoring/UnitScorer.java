package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's score for one year against its group's framework (SPEC §6): leaf points, domain points and
 * sub-indices, the adjusted and clamped total, and the index. Every published decimal has scale 2.
 */
public final class UnitScorer {

    private UnitScorer() {
    }

    public static UnitScore score(Framework framework, UnitFacts facts) {
        List<LeafScore> leaves = framework.leaves().stream().map(leaf -> LeafScorer.score(leaf, facts)).toList();
        Map<String, BigDecimal> pointsByLeaf = new HashMap<>();
        leaves.forEach(l -> pointsByLeaf.put(l.code(), l.points()));

        List<DomainScore> domains = framework.domains().stream()
                .map(domain -> domainScore(framework, domain, pointsByLeaf))
                .toList();
        BigDecimal earned = domains.stream().map(DomainScore::points).reduce(Decimals.ZERO, BigDecimal::add);
        BigDecimal adjustment = facts.adjustments() == null ? BigDecimal.ZERO
                : facts.adjustments().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totalMax = framework.totalMax();
        BigDecimal total = clamp(earned.add(adjustment), totalMax);
        boolean provisional = leaves.stream().anyMatch(l -> l.flag() == LeafFlag.PROVISIONAL);

        return new UnitScore(facts.unitCode(), provisional, domains, leaves, Decimals.round2(adjustment),
                Decimals.round2(total), Decimals.display(totalMax), Decimals.percent(total, totalMax));
    }

    /** A domain's points are the sum of its leaves' rounded points, whatever the nesting in between. */
    private static DomainScore domainScore(Framework framework, Criterion domain, Map<String, BigDecimal> pointsByLeaf) {
        BigDecimal points = framework.leavesUnder(domain.code()).stream()
                .map(leaf -> pointsByLeaf.get(leaf.code()))
                .reduce(Decimals.ZERO, BigDecimal::add);
        return new DomainScore(domain.code(), domain.name(), points, Decimals.display(domain.maxPoints()),
                Decimals.percent(points, domain.maxPoints()));
    }

    private static BigDecimal clamp(BigDecimal value, BigDecimal max) {
        if (value.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return value.compareTo(max) > 0 ? max : value;
    }
}

package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import vn.parindex.scoring.Criterion;
import vn.parindex.scoring.Framework;
import vn.parindex.scoring.Method;
import vn.parindex.scoring.RandomScoringData;
import vn.parindex.scoring.UnitFacts;
import vn.parindex.scoring.UnitScore;
import vn.parindex.scoring.UnitScorer;

/**
 * Scoring and ranking together: a unit whose appraisal council raises one score never falls in the index, and
 * no other unit of the group moves up because of it.
 */
class RaisingAScoreProperties {

    private static final long SEED = 0x4A15EL;

    @RepeatedTest(200)
    void raisingOneAppraisedScoreNeverLowersTheIndexNorLiftsAnotherUnit(RepetitionInfo repetition) {
        Random random = new Random(SEED + repetition.getCurrentRepetition());
        RandomScoringData data = new RandomScoringData(random);
        Framework framework = data.framework(random.nextBoolean());
        List<UnitFacts> group = new ArrayList<>();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            group.add(data.facts(framework, String.format("%03d", group.size() + 1)));
        }
        List<Criterion> appraised = framework.leaves().stream().filter(l -> l.method() == Method.APPRAISED).toList();
        if (appraised.isEmpty()) {
            return;
        }
        int raisedUnit = random.nextInt(group.size());
        Criterion leaf = appraised.get(random.nextInt(appraised.size()));
        List<UnitFacts> after = new ArrayList<>(group);
        after.set(raisedUnit, withRaisedScore(framework, group.get(raisedUnit), leaf,
                data.scoreUpTo(leaf.maxPoints())));

        Map<String, RankedUnit> before = rank(framework, group);
        Map<String, RankedUnit> now = rank(framework, after);

        String raisedCode = group.get(raisedUnit).unitCode();
        assertThat(now.get(raisedCode).index()).isGreaterThanOrEqualTo(before.get(raisedCode).index());
        assertThat(now.get(raisedCode).rank()).isLessThanOrEqualTo(before.get(raisedCode).rank());
        for (String other : before.keySet()) {
            if (!other.equals(raisedCode)) {
                assertThat(now.get(other).rank()).as("rank of %s", other).isGreaterThanOrEqualTo(before.get(other).rank());
            }
        }
    }

    private static Map<String, RankedUnit> rank(Framework framework, List<UnitFacts> group) {
        List<RankInput> inputs = group.stream().map(facts -> {
            UnitScore score = UnitScorer.score(framework, facts);
            Map<String, BigDecimal> subIndices = new LinkedHashMap<>();
            score.domains().forEach(d -> subIndices.put(d.code(), d.subIndex()));
            return new RankInput(score.unitCode(), "Đơn vị " + score.unitCode(), score.index(), subIndices);
        }).toList();
        return GroupRanker.rank(inputs, List.of(), Map.of()).stream()
                .collect(Collectors.toMap(RankedUnit::unitCode, Function.identity()));
    }

    /** The unit's facts with an appraised score for {@code leaf} of at least what the leaf earns now. */
    private static UnitFacts withRaisedScore(Framework framework, UnitFacts facts, Criterion leaf, String candidate) {
        BigDecimal current = UnitScorer.score(framework, facts).leaves().stream()
                .filter(l -> l.code().equals(leaf.code())).findFirst().orElseThrow().points();
        Map<String, vn.parindex.scoring.ScoreValue> appraised = new LinkedHashMap<>(facts.appraisedScores());
        appraised.put(leaf.code(), new vn.parindex.scoring.ScoreValue(current.max(new BigDecimal(candidate)), null));
        return new UnitFacts(facts.unitCode(), facts.selfScores(), appraised, facts.metrics(), facts.survey(),
                facts.adjustments(), true);
    }
}

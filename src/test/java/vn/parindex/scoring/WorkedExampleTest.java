package vn.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.Band;
import vn.parindex.ranking.GroupRanker;
import vn.parindex.ranking.RankInput;
import vn.parindex.ranking.RankedUnit;

/** src/test/resources/examples/README.md at the level of scoring and ranking: the same numbers, exactly. */
class WorkedExampleTest {

    static Framework framework2024() {
        return new Framework(2024, "QUAN", List.of(
                group("1", null, "Công tác chỉ đạo, điều hành cải cách hành chính", "40"),
                leaf("1.1", "1", "Kế hoạch cải cách hành chính năm", "15", Method.APPRAISED, ""),
                leaf("1.2", "1", "Mức độ hoàn thành kế hoạch", "25", Method.RATIO, "metric=plan.completed; linear"),
                group("2", null, "Cải cách thủ tục hành chính", "35"),
                leaf("2.1", "2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "20", Method.RATIO,
                        "metric=dossiers.ontime; >=0.98:1; >=0.95:0.75; >=0.9:0.5; else:0"),
                leaf("2.2", "2", "Hồ sơ tiếp nhận trực tuyến", "15", Method.RATIO, "metric=dossiers.online; linear"),
                group("3", null, "Tác động của cải cách hành chính", "25"),
                leaf("3.1", "3", "Sự hài lòng của người dân", "25", Method.SURVEY,
                        "questions=S1,S2; mode=share; min_responses=2")));
    }

    static List<Band> bands2024() {
        return List.of(band("Xuất sắc", "90"), band("Tốt", "80"), band("Khá", "70"), band("Trung bình", "50"),
                band("Yếu", "0"));
    }

    static UnitFacts namTuLiem() {
        return FactsBuilder.unit("019")
                .self("1.1", "14.5")
                .appraised("1.1", "14")
                .metric("plan.completed", "21", "22")
                .metric("dossiers.ontime", "1", "2")
                .metric("dossiers.online", "2", "3")
                .answer("R001", "S1", 5).answer("R001", "S2", 4)
                .answer("R002", "S1", 3).answer("R002", "S2", 5)
                .build();
    }

    static UnitFacts bacTuLiem() {
        return FactsBuilder.unit("021")
                .appraised("1.1", "13.5")
                .metric("plan.completed", "20", "22")
                .adjustment("-1")
                .build();
    }

    @Test
    void namTuLiemScoresAsTheReadmeWorksOut() {
        UnitScore score = UnitScorer.score(framework2024(), namTuLiem());

        assertThat(pointsByLeaf(score)).containsExactly(
                Map.entry("1.1", new BigDecimal("14.00")),
                Map.entry("1.2", new BigDecimal("23.86")),
                Map.entry("2.1", new BigDecimal("0.00")),
                Map.entry("2.2", new BigDecimal("10.00")),
                Map.entry("3.1", new BigDecimal("18.75")));
        assertThat(score.domains()).extracting(DomainScore::points).containsExactly(
                new BigDecimal("37.86"), new BigDecimal("10.00"), new BigDecimal("18.75"));
        assertThat(score.domains()).extracting(DomainScore::subIndex).containsExactly(
                new BigDecimal("94.65"), new BigDecimal("28.57"), new BigDecimal("75.00"));
        assertThat(score.total()).isEqualTo(new BigDecimal("66.61"));
        assertThat(score.totalMax()).isEqualTo(new BigDecimal("100.00"));
        assertThat(score.index()).isEqualTo(new BigDecimal("66.61"));
        assertThat(score.provisional()).isFalse();
        assertThat(score.leaves()).extracting(LeafScore::flag).containsOnlyNulls();

        LeafScore appraised = score.leaves().get(0);
        assertThat(appraised.selfScore()).isEqualTo(new BigDecimal("14.50"));
        assertThat(appraised.appraisedScore()).isEqualTo(new BigDecimal("14.00"));
        assertThat(appraised.source()).isEqualTo(FactsBuilder.APPRAISAL_FILE);
        assertThat(score.leaves()).extracting(LeafScore::source).containsExactly(FactsBuilder.APPRAISAL_FILE,
                FactsBuilder.METRICS_FILE, FactsBuilder.DOSSIERS_FILE, FactsBuilder.DOSSIERS_FILE, FactsBuilder.SURVEY_FILE);
    }

    @Test
    void bacTuLiemLosesWhatItHasNoDataForAndItsAdjustment() {
        UnitScore score = UnitScorer.score(framework2024(), bacTuLiem());

        assertThat(pointsByLeaf(score)).containsExactly(
                Map.entry("1.1", new BigDecimal("13.50")),
                Map.entry("1.2", new BigDecimal("22.73")),
                Map.entry("2.1", new BigDecimal("0.00")),
                Map.entry("2.2", new BigDecimal("0.00")),
                Map.entry("3.1", new BigDecimal("0.00")));
        assertThat(score.leaves()).extracting(LeafScore::flag)
                .containsExactly(null, null, LeafFlag.MISSING, LeafFlag.MISSING, LeafFlag.MISSING);
        assertThat(score.leaves().get(4).source()).isNull();
        assertThat(score.domains()).extracting(DomainScore::subIndex).containsExactly(
                new BigDecimal("90.58"), new BigDecimal("0.00"), new BigDecimal("0.00"));
        assertThat(score.adjustment()).isEqualTo(new BigDecimal("-1.00"));
        assertThat(score.total()).isEqualTo(new BigDecimal("35.23"));
        assertThat(score.index()).isEqualTo(new BigDecimal("35.23"));
    }

    @Test
    void rankingPutsNamTuLiemFirstInTrungBinhAndBacTuLiemSecondInYeu() {
        Framework framework = framework2024();
        List<RankInput> inputs = List.of(
                rankInput(UnitScorer.score(framework, bacTuLiem()), "Quận Bắc Từ Liêm"),
                rankInput(UnitScorer.score(framework, namTuLiem()), "Quận Nam Từ Liêm"));

        List<RankedUnit> ranked = GroupRanker.rank(inputs, bands2024(), Map.of());

        assertThat(ranked).extracting(RankedUnit::unitCode).containsExactly("019", "021");
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2);
        assertThat(ranked).extracting(RankedUnit::index)
                .containsExactly(new BigDecimal("66.61"), new BigDecimal("35.23"));
        assertThat(ranked).extracting(RankedUnit::band).containsExactly("Trung bình", "Yếu");
        assertThat(ranked).extracting(RankedUnit::nextBand).containsExactly("Khá", "Trung bình");
        assertThat(ranked).extracting(RankedUnit::pointsToNextBand)
                .containsExactly(new BigDecimal("3.39"), new BigDecimal("14.77"));
        assertThat(ranked).extracting(RankedUnit::deltaRank).containsOnlyNulls();
        assertThat(ranked.get(0).domainRanks()).containsExactly(Map.entry("1", 1), Map.entry("2", 1), Map.entry("3", 1));
        assertThat(ranked.get(1).domainRanks()).containsExactly(Map.entry("1", 2), Map.entry("2", 2), Map.entry("3", 2));
    }

    static RankInput rankInput(UnitScore score, String name) {
        Map<String, BigDecimal> subIndices = new LinkedHashMap<>();
        score.domains().forEach(d -> subIndices.put(d.code(), d.subIndex()));
        return new RankInput(score.unitCode(), name, score.index(), subIndices);
    }

    private static Map<String, BigDecimal> pointsByLeaf(UnitScore score) {
        return score.leaves().stream().collect(Collectors.toMap(LeafScore::code, LeafScore::points,
                (a, b) -> a, LinkedHashMap::new));
    }

    private static Criterion group(String code, String parent, String name, String max) {
        return new Criterion(code, parent, name, new BigDecimal(max), Method.GROUP, null);
    }

    private static Criterion leaf(String code, String parent, String name, String max, Method method, String rule) {
        return new Criterion(code, parent, name, new BigDecimal(max), method,
                rule.isEmpty() ? null : RuleParser.parse(method, rule));
    }

    private static Band band(String name, String minIndex) {
        return new Band(name, new BigDecimal(minIndex));
    }
}

package vn.parindex.warehouse;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.parindex.scoring.Framework;
import vn.parindex.scoring.SurveyRule;
import vn.parindex.scoring.SurveyTally;
import vn.parindex.scoring.TalliedSurveyResponses;
import vn.parindex.scoring.MetricValue;
import vn.parindex.scoring.ScoreValue;
import vn.parindex.scoring.Source;
import vn.parindex.scoring.SurveyResponses;
import vn.parindex.scoring.UnitFacts;
import vn.parindex.submission.UnitInfo;
import vn.parindex.uncertainty.UnitAnswers;

/**
 * Reads one year's current facts with one set-based query per kind (dossiers from the tallies kept at load time,
 * survey answers aggregated in SQL per question set), never a query per unit or per criterion.
 */
@Repository
public class ScoringInputsRepository {

    /** The submissions of one year whose unit is of one group (arguments: year, group). */
    private static final String IN_YEAR_AND_GROUP = "s.year = ? AND s.unit_code IN (SELECT unit_code FROM unit WHERE group_code = ?)";
    private static final String CURRENT = " FROM submission s JOIN source_file f ON f.id = s.source_file_id ";
    /** Bulk-loaded facts (dossiers, survey answers) belong to a submission by file, year and unit. */
    private static final String SAME_FILE_UNIT_YEAR =
            "x.source_file_id = s.source_file_id AND x.year = s.year AND x.unit_code = s.unit_code";

    private final JdbcTemplate jdbc;
    private final ReferenceRepository references;

    public ScoringInputsRepository(JdbcTemplate jdbc, ReferenceRepository references) {
        this.jdbc = jdbc;
        this.references = references;
    }

    /** The groups that have a framework in {@code year}, in order. */
    public List<String> groups(int year) {
        return references.frameworks(year).keySet().stream().map(k -> k.groupCode()).distinct().sorted().toList();
    }

    /** The framework of {@code group} in {@code year}; null when the group has none that year. */
    public Framework framework(int year, String group) {
        Framework[] found = {null};
        references.frameworks(year).forEach((key, criteria) -> {
            if (group.equals(key.groupCode())) {
                found[0] = new Framework(year, key.groupCode(), List.copyOf(criteria.values()));
            }
        });
        return found[0];
    }

    /** What scoring the units of {@code group} in {@code year} needs. */
    public YearInputs load(int year, String group) {
        Map<String, Framework> frameworks = new TreeMap<>();
        references.frameworks(year).forEach((key, criteria) -> {
            if (group.equals(key.groupCode())) {
                frameworks.put(key.groupCode(), new Framework(year, key.groupCode(), List.copyOf(criteria.values())));
            }
        });
        Map<String, List<UnitInfo>> active = new TreeMap<>();
        references.units().values().stream()
                .filter(u -> u.activeIn(year) && frameworks.containsKey(u.groupCode()))
                .forEach(u -> active.computeIfAbsent(u.groupCode(), g -> new ArrayList<>()).add(u));
        Map<String, UnitFacts> facts = new HashMap<>();
        Set<Set<String>> questionSets = new HashSet<>();
        frameworks.values().forEach(f -> f.leaves().forEach(leaf -> {
            if (leaf.rule() instanceof SurveyRule rule) {
                questionSets.add(Set.copyOf(rule.questions()));
            }
        }));
        Facts all = readFacts(new Object[] {year, group}, questionSets);
        active.values().forEach(units -> units.forEach(u -> facts.put(u.code(), all.of(u.code()))));
        return new YearInputs(year, frameworks, active, facts);
    }

    /**
     * The current survey answers of the units of {@code group} in {@code year} to any of {@code questions}, per unit,
     * streamed from the server (a national year holds a million answers: never a whole result set in memory).
     */
    public Map<String, UnitAnswers> surveyAnswers(int year, String group, Set<String> questions) {
        Map<String, UnitAnswers> answers = new HashMap<>();
        if (questions.isEmpty()) {
            return answers;
        }
        String in = String.join(", ", java.util.Collections.nCopies(questions.size(), "?"));
        List<Object> args = new ArrayList<>(List.of(year, group));
        args.addAll(questions.stream().sorted().toList());
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(Integer.MIN_VALUE);   // Connector/J: row by row
        streaming.query("SELECT s.unit_code, x.respondent_id, x.question_code, x.answer FROM submission s JOIN survey_answer x ON "
                        + SAME_FILE_UNIT_YEAR + " WHERE s.kind = 'survey' AND " + IN_YEAR_AND_GROUP + " AND s.is_current "
                        + "AND x.question_code IN (" + in + ")",
                rs -> { answers.computeIfAbsent(rs.getString(1), u -> new UnitAnswers()).add(rs.getString(2), rs.getString(3), rs.getInt(4)); },
                args.toArray());
        return answers;
    }

    private static Source source(ResultSet rs, boolean withLine) throws SQLException {
        return new Source(rs.getLong("file_id"), rs.getString("file_name"), rs.getString("sha256"),
                withLine ? rs.getLong("source_line") : null);
    }

    /** The current facts of the year's units of one group; {@code yearAndGroup} are the arguments of {@link #IN_YEAR_AND_GROUP}. */
    private Facts readFacts(Object[] yearAndGroup, Set<Set<String>> questionSets) {
        Facts facts = new Facts();
        String fileColumns = "s.unit_code, f.id AS file_id, f.original_name AS file_name, f.sha256";
        jdbc.query("SELECT DISTINCT s.unit_code FROM submission s WHERE " + IN_YEAR_AND_GROUP + " AND s.is_current",
                rs -> { facts.submitted.add(rs.getString(1)); }, yearAndGroup);
        jdbc.query("SELECT " + fileColumns + ", x.criterion_code, x.self_score AS score, x.source_line" + CURRENT
                        + "JOIN self_score x ON x.submission_id = s.id WHERE " + IN_YEAR_AND_GROUP + " AND s.is_current",
                rs -> { facts.unit(rs.getString(1)).self.put(rs.getString("criterion_code"), new ScoreValue(rs.getBigDecimal("score"), source(rs, true))); },
                yearAndGroup);
        jdbc.query("SELECT " + fileColumns + ", x.criterion_code, x.appraised_score AS score, x.source_line" + CURRENT
                        + "JOIN appraised_score x ON x.submission_id = s.id WHERE " + IN_YEAR_AND_GROUP + " AND s.is_current",
                rs -> { facts.unit(rs.getString(1)).appraised.put(rs.getString("criterion_code"), new ScoreValue(rs.getBigDecimal("score"), source(rs, true))); },
                yearAndGroup);
        jdbc.query("SELECT " + fileColumns + ", x.metric_code, x.numerator, x.denominator" + CURRENT
                        + "JOIN metric x ON x.submission_id = s.id WHERE " + IN_YEAR_AND_GROUP + " AND s.is_current",
                rs -> { facts.unit(rs.getString(1)).metrics.put(rs.getString("metric_code"),
                        new MetricValue(rs.getBigDecimal("numerator"), rs.getBigDecimal("denominator"), source(rs, false))); },
                yearAndGroup);
        // Dossiers were tallied per (file, year, unit) as they were loaded (BulkFacts): no pass over the ledger here.
        jdbc.query("SELECT " + fileColumns + ", t.dossiers, t.online, t.resolved, t.ontime" + CURRENT
                        + "JOIN dossier_tally t ON t.source_file_id = s.source_file_id AND t.year = s.year AND t.unit_code = s.unit_code "
                        + "WHERE s.kind = 'dossiers' AND " + IN_YEAR_AND_GROUP + " AND s.is_current",
                rs -> { addDossierMetrics(facts.unit(rs.getString(1)).metrics, rs); }, yearAndGroup);
        jdbc.query("SELECT " + fileColumns + CURRENT + "WHERE s.kind = 'survey' AND " + IN_YEAR_AND_GROUP + " AND s.is_current",
                rs -> { facts.unit(rs.getString(1)).surveySource = source(rs, false); }, yearAndGroup);
        for (Set<String> questions : questionSets) {
            String in = String.join(", ", java.util.Collections.nCopies(questions.size(), "?"));
            List<Object> args = new ArrayList<>(List.of(yearAndGroup));
            args.addAll(questions);
            jdbc.query("SELECT s.unit_code, COUNT(*), SUM(x.answer >= 4), SUM(x.answer), COUNT(DISTINCT x.respondent_id) "
                            + "FROM submission s JOIN survey_answer x ON " + SAME_FILE_UNIT_YEAR + " WHERE s.kind = 'survey' "
                            + "AND " + IN_YEAR_AND_GROUP + " AND s.is_current AND x.question_code IN (" + in + ") GROUP BY s.id, s.unit_code",
                    rs -> { facts.unit(rs.getString(1)).surveyTallies.put(questions,
                            new SurveyTally(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))); }, args.toArray());
        }
        jdbc.query("SELECT s.unit_code, x.points" + CURRENT
                        + "JOIN adjustment x ON x.submission_id = s.id WHERE " + IN_YEAR_AND_GROUP + " AND s.is_current ORDER BY x.source_line",
                rs -> { facts.unit(rs.getString(1)).adjustments.add(rs.getBigDecimal(2)); }, yearAndGroup);
        return facts;
    }

    private static void addDossierMetrics(Map<String, MetricValue> metrics, ResultSet rs) throws SQLException {
        Source source = source(rs, false);
        long dossiers = rs.getLong("dossiers");
        long resolved = rs.getLong("resolved");
        metrics.put("dossiers.online", new MetricValue(BigDecimal.valueOf(rs.getLong("online")), BigDecimal.valueOf(dossiers), source));
        if (resolved > 0) {
            metrics.put("dossiers.ontime", new MetricValue(BigDecimal.valueOf(rs.getLong("ontime")), BigDecimal.valueOf(resolved), source));
        }
    }

    private static final class Facts {
        final Set<String> submitted = new HashSet<>();
        final Map<String, UnitFactsBuilder> units = new HashMap<>();

        UnitFactsBuilder unit(String code) {
            return units.computeIfAbsent(code, c -> new UnitFactsBuilder());
        }

        UnitFacts of(String code) {
            UnitFactsBuilder b = units.getOrDefault(code, new UnitFactsBuilder());
            SurveyResponses survey = b.surveySource == null ? SurveyResponses.none() : new TalliedSurveyResponses(b.surveyTallies, b.surveySource);
            return new UnitFacts(code, b.self, b.appraised, b.metrics, survey, b.adjustments, submitted.contains(code));
        }
    }

    private static final class UnitFactsBuilder {
        final Map<String, ScoreValue> self = new LinkedHashMap<>();
        final Map<String, ScoreValue> appraised = new LinkedHashMap<>();
        final Map<String, MetricValue> metrics = new LinkedHashMap<>();
        final Map<Set<String>, SurveyTally> surveyTallies = new HashMap<>();
        final List<BigDecimal> adjustments = new ArrayList<>();
        Source surveySource;
    }
}

package vn.parindex.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the spreadsheet templates of one year are made of: the appraised leaves per group and the current self scores. */
@Repository
public class TemplateDataRepository {

    /** A leaf of a framework scored by self-assessment and appraisal. */
    public record AppraisedLeaf(String code, String name, BigDecimal maxPoints) {
    }

    private final JdbcTemplate jdbc;

    public TemplateDataRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every group with a framework for {@code year}, in code order, each with its {@code appraised} leaves in
     * framework order (the order of the framework file, as the scorecards show them); a group whose framework
     * has no appraised leaf maps to an empty list.
     */
    public Map<String, List<AppraisedLeaf>> appraisedLeaves(int year) {
        Map<String, List<AppraisedLeaf>> groups = new LinkedHashMap<>();
        jdbc.query("SELECT group_code, code, name, max_points, method FROM criterion WHERE year = ? ORDER BY group_code, position",
                rs -> {
                    List<AppraisedLeaf> leaves = groups.computeIfAbsent(rs.getString(1), g -> new ArrayList<>());
                    if ("appraised".equals(rs.getString(5))) {
                        leaves.add(new AppraisedLeaf(rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
                    }
                }, year);
        return groups;
    }

    /** The current self score of {@code year} by unit code and criterion code. */
    public Map<String, Map<String, BigDecimal>> currentSelfScores(int year) {
        Map<String, Map<String, BigDecimal>> scores = new HashMap<>();
        jdbc.query("SELECT s.unit_code, x.criterion_code, x.self_score FROM submission s JOIN self_score x ON x.submission_id = s.id "
                        + "WHERE s.kind = 'self_assessment' AND s.year = ? AND s.is_current",
                rs -> {
                    scores.computeIfAbsent(rs.getString(1), u -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                }, year);
        return scores;
    }
}

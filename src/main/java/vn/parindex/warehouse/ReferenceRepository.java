package vn.parindex.warehouse;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.parindex.scoring.Criterion;
import vn.parindex.scoring.Method;
import vn.parindex.scoring.RuleParser;
import vn.parindex.submission.ReferenceData;
import vn.parindex.submission.ReferenceData.FrameworkKey;
import vn.parindex.submission.UnitInfo;

/** Reads the reference data (units, frameworks) as currently committed. */
@Repository
public class ReferenceRepository {

    private final JdbcTemplate jdbc;

    public ReferenceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ReferenceData load() {
        return new ReferenceData(units(), frameworks(null));
    }

    public Map<String, UnitInfo> units() {
        Map<String, UnitInfo> units = new LinkedHashMap<>();
        jdbc.query("SELECT unit_code, unit_name, group_code, unit_type, valid_from, valid_to FROM unit ORDER BY unit_code", rs -> {
            units.put(rs.getString(1), new UnitInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    (Integer) rs.getObject(5, Integer.class), (Integer) rs.getObject(6, Integer.class)));
        });
        return units;
    }

    /** Frameworks by (year, group), criteria in file order, rules parsed; only {@code year} when not null. */
    public Map<FrameworkKey, Map<String, Criterion>> frameworks(Integer year) {
        Map<FrameworkKey, Map<String, Criterion>> frameworks = new HashMap<>();
        String sql = "SELECT year, group_code, code, parent_code, name, max_points, method, rule_text FROM criterion"
                + (year == null ? "" : " WHERE year = " + year.intValue()) + " ORDER BY year, group_code, position";
        jdbc.query(sql, rs -> {
            Method method = Method.fromCode(rs.getString(7)).orElseThrow();
            String ruleText = rs.getString(8);
            Criterion c = new Criterion(rs.getString(3), rs.getString(4), rs.getString(5), rs.getBigDecimal(6), method,
                    ruleText == null ? null : RuleParser.parse(method, ruleText));
            frameworks.computeIfAbsent(new FrameworkKey(rs.getInt(1), rs.getString(2)), k -> new LinkedHashMap<>()).put(c.code(), c);
        });
        return frameworks;
    }
}

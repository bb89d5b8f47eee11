package vn.parindex.warehouse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.parindex.ranking.DomainPoints;
import vn.parindex.ranking.UnitTotal;
import vn.parindex.ranking.YearBaseline;

/** The figures the reports need beyond the unit results: criteria, bands, leaf lineage, the data date. */
@Repository
public class ReportDataRepository {

    public record CriterionRow(String groupCode, String code, String parentCode, String name, BigDecimal maxPoints,
            String method, String ruleText) {
    }

    public record BandRow(String groupCode, String band, BigDecimal minIndex) {
    }

    public record LeafRow(String unitCode, String criterionCode, String method, BigDecimal maxPoints, BigDecimal selfScore,
            BigDecimal appraisedScore, BigDecimal points, String flag, String sourceFile, String sourceSha256, Long sourceLine) {
    }

    /** A unit ranked in some year: the group it was in then, its index and its rank in that group. */
    public record RankedRow(int year, String groupCode, String unitCode, BigDecimal index, int rank) {
    }

    private final JdbcTemplate jdbc;

    public ReportDataRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CriterionRow> criteria(int year) {
        return jdbc.query("SELECT group_code, code, parent_code, name, max_points, method, rule_text FROM criterion "
                        + "WHERE year = ? ORDER BY group_code, position",
                (rs, i) -> new CriterionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6), rs.getString(7)), year);
    }

    public List<BandRow> bands(int year) {
        return jdbc.query("SELECT group_code, band, min_index FROM band WHERE year = ? ORDER BY group_code, min_index DESC, band",
                (rs, i) -> new BandRow(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)), year);
    }

    /** Leaves of every scored unit of the year, in framework order per unit. */
    public List<LeafRow> leaves(int year) {
        return jdbc.query("SELECT l.unit_code, l.criterion_code, l.method, l.max_points, l.self_score, l.appraised_score, "
                        + "l.points, l.flag, f.original_name, f.sha256, l.source_line FROM result_leaf l "
                        + "LEFT JOIN source_file f ON f.id = l.source_file_id WHERE l.year = ? ORDER BY l.unit_code, l.position",
                (rs, i) -> new LeafRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getObject(11, Long.class)), year);
    }

    /**
     * How many people answered the questions of survey leaf {@code criterionCode} of {@code group} in {@code year}, for each
     * unit whose leaf was scored {@code insufficient} (SPEC §6: fewer respondents than the rule's minimum), counted in
     * the survey file the leaf was scored from; keyed by unit code.
     */
    public java.util.Map<String, Long> insufficientRespondents(int year, String group, String criterionCode, List<String> questions) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        if (questions.isEmpty()) {
            return counts;
        }
        List<Object> args = new java.util.ArrayList<>(List.of(year, criterionCode, year, group));
        args.addAll(questions);
        jdbc.query("SELECT l.unit_code, COUNT(DISTINCT x.respondent_id) FROM result_leaf l "
                        + "JOIN survey_answer x ON x.source_file_id = l.source_file_id AND x.year = l.year AND x.unit_code = l.unit_code "
                        + "WHERE l.year = ? AND l.criterion_code = ? AND l.flag = 'insufficient' "
                        + "AND l.unit_code IN (SELECT unit_code FROM result_unit WHERE year = ? AND group_code = ?) "
                        + "AND x.question_code IN (" + String.join(", ", java.util.Collections.nCopies(questions.size(), "?")) + ") "
                        + "GROUP BY l.unit_code",
                rs -> { counts.put(rs.getString(1), rs.getLong(2)); }, args.toArray());
        return counts;
    }

    /** The name of unit {@code code} in the units file, if there is such a unit. */
    public java.util.Optional<String> unitName(String code) {
        return jdbc.query("SELECT unit_name FROM unit WHERE unit_code = ?", (rs, i) -> rs.getString(1), code).stream().findFirst();
    }

    /** Totals of every ranked unit of the year. */
    public List<UnitTotal> unitTotals(int year) {
        return jdbc.query("SELECT group_code, unit_code, adjustment, total, total_max FROM result_unit "
                        + "WHERE year = ? AND status <> 'not_submitted' ORDER BY group_code, unit_code",
                (rs, i) -> new UnitTotal(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5)), year);
    }

    /** Domain points of every ranked unit of the year (e.g. last year's, to show the change), in framework order. */
    public List<DomainPoints> domainPoints(int year) {
        return jdbc.query("SELECT u.group_code, d.unit_code, d.domain_code, d.points, d.max_points, d.sub_index "
                        + "FROM result_domain d JOIN result_unit u ON u.year = d.year AND u.unit_code = d.unit_code "
                        + "WHERE d.year = ? AND u.status <> 'not_submitted' ORDER BY d.unit_code, d.position",
                (rs, i) -> new DomainPoints(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6)), year);
    }

    /**
     * What each unit of {@code year} that has a change is measured against (SPEC §7, §13), by unit code, with its
     * group that year: the rows {@link YearBaseline} needs beside {@code year − 1}'s {@link #unitTotals} and
     * {@link #domainPoints}.
     */
    public java.util.Map<String, YearBaseline.Basis> changeBases(int year) {
        java.util.Map<String, YearBaseline.Basis> basis = new java.util.HashMap<>();
        jdbc.query("SELECT unit_code, group_code, delta_basis FROM result_unit WHERE year = ? AND delta_basis IS NOT NULL",
                rs -> { basis.put(rs.getString(1), new YearBaseline.Basis(rs.getString(2),
                        vn.parindex.ranking.DeltaBasis.fromCode(rs.getString(3)))); }, year);
        return basis;
    }

    /**
     * Display names of groups by group code (SPEC §13), for reports to show instead of the code: only groups that
     * some units file has named (the latest file naming a group wins); a report shows the code of any other group.
     */
    public java.util.Map<String, String> groupNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT group_code, group_name FROM unit_group ORDER BY group_code",
                rs -> { names.put(rs.getString(1), rs.getString(2)); });
        return names;
    }

    /** A unit a merged unit of the year was formed from, ranked the year before: its name and status then. */
    public record PredecessorRow(String unitCode, String predecessorCode, String predecessorName, boolean provisional) {
    }

    /**
     * For each unit of {@code year} measured against its predecessors (SPEC §13), those of them ranked in {@code year − 1}
     * (the ones its baseline is the mean of), in the order the units file gives them.
     */
    public List<PredecessorRow> rankedPredecessors(int year) {
        return jdbc.query("SELECT p.unit_code, p.predecessor_code, r.unit_name, r.status FROM unit_predecessor p "
                + "JOIN result_unit u ON u.year = ? AND u.unit_code = p.unit_code AND u.delta_basis = 'predecessors' "
                + "JOIN result_unit r ON r.year = ? AND r.unit_code = p.predecessor_code AND r.rank_no IS NOT NULL "
                + "ORDER BY p.unit_code, p.position",
                (rs, i) -> new PredecessorRow(rs.getString(1), rs.getString(2), rs.getString(3), "provisional".equals(rs.getString(4))),
                year, year - 1);
    }

    /** Every unit ranked in {@code year} or before (SPEC §13's history is made from them). */
    public List<RankedRow> rankedUpTo(int year) {
        return jdbc.query("SELECT year, group_code, unit_code, index_value, rank_no FROM result_unit "
                + "WHERE year <= ? AND rank_no IS NOT NULL AND index_value IS NOT NULL ORDER BY year, group_code, unit_code",
                (rs, i) -> new RankedRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getInt(5)), year);
    }

    /** The day the newest file used for {@code year} was last modified (its data's date, never the run's). */
    public LocalDate dataDate(int year) {
        java.sql.Timestamp newest = jdbc.queryForObject("""
                SELECT MAX(f.modified_at) FROM source_file f WHERE f.id IN (
                  SELECT source_file_id FROM submission WHERE year = ? AND is_current
                  UNION SELECT source_file_id FROM criterion WHERE year = ?
                  UNION SELECT source_file_id FROM band WHERE year = ?
                  UNION SELECT source_file_id FROM unit)""", java.sql.Timestamp.class, year, year, year);
        return newest == null ? LocalDate.of(year, 1, 1) : newest.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    public boolean hasFramework(int year) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM criterion WHERE year = ?", Boolean.class, year));
    }
}

package vn.parindex.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The explanation round (SPEC §15): what a provisional year's current results change against its last published
 * version, unit by unit and leaf by leaf.
 */
@Repository
public class ChangesRepository {

    /** A unit's figures in the published version ({@code before}) and now ({@code after}); absent sides are nulls. */
    public record UnitFigures(String groupCode, String unitCode, String unitName, String status, BigDecimal index, Integer rank,
            String band, Integer listPosition) {
    }

    /** A leaf whose points differ, with the file, line and comment of the row it now comes from. */
    public record LeafChange(String unitCode, String criterionCode, int position, BigDecimal before, BigDecimal after, String sourceFile,
            Long sourceLine, String comment) {
    }

    private final JdbcTemplate jdbc;

    public ChangesRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The version a provisional year's changes are measured against: its last published one; empty when not provisional. */
    public Optional<Integer> comparedVersion(int year) {
        return jdbc.queryForList("SELECT version_no FROM year_stage WHERE year = ? AND stage = 'provisional'", Integer.class, year)
                .stream().findFirst();
    }

    public Map<String, UnitFigures> publishedUnits(int year, int version) {
        Map<String, UnitFigures> units = new LinkedHashMap<>();
        jdbc.query("SELECT group_code, unit_code, unit_name, status, index_value, rank_no, band, list_position FROM published_unit "
                + "WHERE year = ? AND version_no = ? ORDER BY group_code, list_position IS NULL, list_position, unit_code",
                rs -> { units.put(rs.getString(2), figures(rs)); }, year, version);
        return units;
    }

    public Map<String, UnitFigures> currentUnits(int year) {
        Map<String, UnitFigures> units = new LinkedHashMap<>();
        jdbc.query("SELECT group_code, unit_code, unit_name, status, index_value, rank_no, band, list_position FROM result_unit "
                + "WHERE year = ? ORDER BY group_code, list_position IS NULL, list_position, unit_code",
                rs -> { units.put(rs.getString(2), figures(rs)); }, year);
        return units;
    }

    /** Every leaf whose points differ between version {@code version} and now, by unit and framework order. */
    public List<LeafChange> leafChanges(int year, int version) {
        Map<List<String>, BigDecimal> before = new HashMap<>();
        jdbc.query("SELECT unit_code, criterion_code, points FROM published_leaf WHERE year = ? AND version_no = ?",
                rs -> { before.put(List.of(rs.getString(1), rs.getString(2)), rs.getBigDecimal(3)); }, year, version);
        List<LeafChange> changes = new ArrayList<>();
        jdbc.query("SELECT l.unit_code, l.criterion_code, l.position, l.points, f.original_name, l.source_line, l.source_file_id "
                + "FROM result_leaf l LEFT JOIN source_file f ON f.id = l.source_file_id WHERE l.year = ? ORDER BY l.unit_code, l.position", rs -> {
                    List<String> key = List.of(rs.getString(1), rs.getString(2));
                    BigDecimal was = before.remove(key);
                    BigDecimal now = rs.getBigDecimal(4);
                    if (was == null || was.compareTo(now) != 0) {
                        Long fileId = rs.getObject(7, Long.class);
                        Long line = rs.getObject(6, Long.class);
                        changes.add(new LeafChange(key.get(0), key.get(1), rs.getInt(3), was, now, rs.getString(5), line,
                                fileId == null || line == null ? null : comment(year, key.get(0), key.get(1), fileId, line)));
                    }
                }, year);
        // leaves the version had and the results no longer have (a unit that no longer submits)
        before.forEach((key, was) -> changes.add(new LeafChange(key.get(0), key.get(1), Integer.MAX_VALUE, was, null, null, null, null)));
        return changes;
    }

    /** The {@code comment} (appraisal) or {@code note} (self-assessment) of the row a leaf's points come from. */
    private String comment(int year, String unit, String criterion, long fileId, long line) {
        List<String> found = jdbc.queryForList("SELECT a.comment FROM appraised_score a JOIN submission s ON s.id = a.submission_id "
                + "WHERE s.source_file_id = ? AND s.year = ? AND s.unit_code = ? AND a.criterion_code = ? AND a.source_line = ?",
                String.class, fileId, year, unit, criterion, line);
        if (found.isEmpty()) {
            found = jdbc.queryForList("SELECT a.note FROM self_score a JOIN submission s ON s.id = a.submission_id "
                    + "WHERE s.source_file_id = ? AND s.year = ? AND s.unit_code = ? AND a.criterion_code = ? AND a.source_line = ?",
                    String.class, fileId, year, unit, criterion, line);
        }
        return found.stream().filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static UnitFigures figures(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UnitFigures(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getObject(6, Integer.class), rs.getString(7), rs.getObject(8, Integer.class));
    }
}

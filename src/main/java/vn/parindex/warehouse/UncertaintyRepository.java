package vn.parindex.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.parindex.uncertainty.ScoredUnit;
import vn.parindex.uncertainty.UnitInterval;
import vn.parindex.warehouse.load.BatchedStatement;

/** The bootstrap's results per ranked unit (SPEC §12): percentiles and band shares, beside the year's other results. */
@Repository
public class UncertaintyRepository {

    private final JdbcTemplate jdbc;

    public UncertaintyRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces what is stored for the units of {@code group} in {@code year}. */
    public void replace(int year, String group, int replicates, List<UnitInterval> intervals) {
        jdbc.update("DELETE b FROM result_band_share b JOIN result_uncertainty u ON u.year = b.year AND u.unit_code = b.unit_code "
                + "WHERE u.year = ? AND u.group_code = ?", year, group);
        jdbc.update("DELETE FROM result_uncertainty WHERE year = ? AND group_code = ?", year, group);
        BatchedStatement units = new BatchedStatement(jdbc, "INSERT INTO result_uncertainty (year, unit_code, group_code, replicates, sampled, "
                + "rank_p05, rank_p50, rank_p95, index_p05, index_p50, index_p95) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        BatchedStatement shares = new BatchedStatement(jdbc, "INSERT INTO result_band_share (year, unit_code, position, band, share) VALUES (?, ?, ?, ?, ?)");
        for (UnitInterval i : intervals) {
            units.add(year, i.unitCode(), group, replicates, i.sampled(), i.rankP05(), i.rankP50(), i.rankP95(), i.indexP05(), i.indexP50(),
                    i.indexP95());
            int position = 0;
            for (Map.Entry<String, BigDecimal> share : i.bandShares().entrySet()) {
                shares.add(year, i.unitCode(), position++, share.getKey(), share.getValue());
            }
        }
        units.flush();
        shares.flush();
    }

    /**
     * The units of {@code group} scored in {@code year} (not those that submitted nothing), as the score step stored
     * them: leaf points and flags in framework order and the index; with the sum of their current adjustment points,
     * unrounded (the stored adjustment is rounded to 2 decimals, the index was computed from the exact sum).
     */
    public List<ScoredUnit> scoredUnits(int year, String group) {
        Map<String, BigDecimal> index = new LinkedHashMap<>();
        jdbc.query("SELECT unit_code, index_value FROM result_unit WHERE year = ? AND group_code = ? AND status <> 'not_submitted' "
                + "ORDER BY unit_code", rs -> { index.put(rs.getString(1), rs.getBigDecimal(2)); }, year, group);
        Map<String, List<ScoredUnit.Leaf>> leaves = new HashMap<>();
        jdbc.query("SELECT l.unit_code, l.criterion_code, l.points, l.flag FROM result_leaf l JOIN result_unit u "
                + "ON u.year = l.year AND u.unit_code = l.unit_code WHERE l.year = ? AND u.group_code = ? AND u.status <> 'not_submitted' "
                + "ORDER BY l.unit_code, l.position", rs -> {
                    leaves.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new ScoredUnit.Leaf(rs.getString(2), rs.getBigDecimal(3), rs.getString(4) != null));
                }, year, group);
        Map<String, BigDecimal> adjustments = new HashMap<>();
        jdbc.query("SELECT s.unit_code, SUM(x.points) FROM submission s JOIN source_file f ON f.id = s.source_file_id "
                + "JOIN adjustment x ON x.submission_id = s.id WHERE s.year = ? "
                + "AND s.unit_code IN (SELECT unit_code FROM unit WHERE group_code = ?) AND s.is_current GROUP BY s.unit_code",
                rs -> { adjustments.put(rs.getString(1), rs.getBigDecimal(2)); }, year, group);
        List<ScoredUnit> units = new ArrayList<>(index.size());
        index.forEach((unit, value) -> units.add(new ScoredUnit(unit, leaves.getOrDefault(unit, List.of()),
                adjustments.getOrDefault(unit, BigDecimal.ZERO), value)));
        return units;
    }

    /** Removes every result of {@code year} (the analysis turned off). */
    public void clear(int year) {
        jdbc.update("DELETE FROM result_band_share WHERE year = ?", year);
        jdbc.update("DELETE FROM result_uncertainty WHERE year = ?", year);
    }

    /** How many replicates the stored intervals of {@code year} come from; 0 when none are stored. */
    public int replicates(int year) {
        Integer replicates = jdbc.queryForObject("SELECT MAX(replicates) FROM result_uncertainty WHERE year = ?", Integer.class, year);
        return replicates == null ? 0 : replicates;
    }

    /**
     * Whether what is stored for {@code year} is what an analysis with {@code replicates} would store now: one row of
     * that many replicates for every ranked unit, in its group, and none for another unit. A year scored again since
     * (its results cleared), a run killed before its uncertainty step, or another R each make this false.
     */
    public boolean isCurrent(int year, int replicates) {
        Integer unanalysed = jdbc.queryForObject("SELECT COUNT(*) FROM result_unit r LEFT JOIN result_uncertainty u ON u.year = r.year "
                + "AND u.unit_code = r.unit_code AND u.group_code = r.group_code AND u.replicates = ? "
                + "WHERE r.year = ? AND r.rank_no IS NOT NULL AND u.unit_code IS NULL", Integer.class, replicates, year);
        Integer stray = jdbc.queryForObject("SELECT COUNT(*) FROM result_uncertainty u LEFT JOIN result_unit r ON r.year = u.year "
                + "AND r.unit_code = u.unit_code AND r.group_code = u.group_code AND r.rank_no IS NOT NULL "
                + "WHERE u.year = ? AND (r.unit_code IS NULL OR u.replicates <> ?)", Integer.class, year, replicates);
        return unanalysed == 0 && stray == 0;
    }

    /** The stored intervals of {@code year} by unit code, with the units' point rank and index. */
    public Map<String, UnitInterval> intervals(int year) {
        Map<String, Map<String, BigDecimal>> shares = new LinkedHashMap<>();
        jdbc.query("SELECT unit_code, band, share FROM result_band_share WHERE year = ? ORDER BY unit_code, position",
                rs -> { shares.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getBigDecimal(3)); }, year);
        Map<String, UnitInterval> intervals = new LinkedHashMap<>();
        List<UnitInterval> rows = new ArrayList<>(jdbc.query("SELECT u.unit_code, r.rank_no, u.rank_p05, u.rank_p50, u.rank_p95, r.index_value, "
                        + "u.index_p05, u.index_p50, u.index_p95, u.sampled FROM result_uncertainty u "
                        + "JOIN result_unit r ON r.year = u.year AND r.unit_code = u.unit_code WHERE u.year = ? ORDER BY u.unit_code",
                (rs, n) -> new UnitInterval(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), shares.getOrDefault(rs.getString(1), Map.of()),
                        rs.getBoolean(10)), year));
        rows.forEach(i -> intervals.put(i.unitCode(), i));
        return intervals;
    }
}

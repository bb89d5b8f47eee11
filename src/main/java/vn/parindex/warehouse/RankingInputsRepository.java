package vn.parindex.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.parindex.ranking.Band;
import vn.parindex.ranking.PreviousRank;
import vn.parindex.ranking.RankInput;
import vn.parindex.ranking.YearRankingInputs;

/** Bands of a year, last year's places by group, and what merged units are compared with. */
@Repository
public class RankingInputsRepository {

    private final JdbcTemplate jdbc;

    public RankingInputsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything ranking {@code year} reads: its scored units and bands, and {@code year − 1}'s places and indices. */
    public YearRankingInputs year(int year) {
        Map<String, Map<String, BigDecimal>> subIndices = new HashMap<>();
        jdbc.query("SELECT unit_code, domain_code, sub_index FROM result_domain WHERE year = ? ORDER BY unit_code, position",
                rs -> { subIndices.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getBigDecimal(3)); },
                year);
        Map<String, List<RankInput>> scored = new HashMap<>();
        jdbc.query("SELECT group_code, unit_code, unit_name, index_value FROM result_unit WHERE year = ? AND status <> 'not_submitted' "
                        + "ORDER BY group_code, list_position IS NULL, list_position, unit_code",
                rs -> { scored.computeIfAbsent(rs.getString(1), g -> new ArrayList<>()).add(new RankInput(rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), subIndices.getOrDefault(rs.getString(2), new LinkedHashMap<>()))); }, year);
        Map<String, Map<String, PreviousRank>> previousRanks = new HashMap<>();
        jdbc.query("SELECT group_code, unit_code, rank_no, index_value FROM result_unit WHERE year = ? AND rank_no IS NOT NULL",
                rs -> { previousRanks.computeIfAbsent(rs.getString(1), g -> new HashMap<>())
                        .put(rs.getString(2), new PreviousRank(rs.getInt(3), rs.getBigDecimal(4))); }, year - 1);
        return new YearRankingInputs(year, scored, bands(year), previousRanks, indices(year - 1), predecessors());
    }

    /** Bands by group code, lowest first. */
    public Map<String, List<Band>> bands(int year) {
        Map<String, List<Band>> bands = new HashMap<>();
        jdbc.query("SELECT group_code, band, min_index FROM band WHERE year = ? ORDER BY group_code, min_index, band",
                rs -> { bands.computeIfAbsent(rs.getString(1), g -> new ArrayList<>()).add(new Band(rs.getString(2), rs.getBigDecimal(3))); },
                year);
        return bands;
    }

    /** Index of every unit ranked in {@code year}, whatever its group then, by unit code (a merged unit's baseline). */
    public Map<String, BigDecimal> indices(int year) {
        Map<String, BigDecimal> indices = new HashMap<>();
        jdbc.query("SELECT unit_code, index_value FROM result_unit WHERE year = ? AND rank_no IS NOT NULL",
                rs -> { indices.put(rs.getString(1), rs.getBigDecimal(2)); }, year);
        return indices;
    }

    /** The units each unit was formed from (SPEC §13), in the order its row lists them; units without any are absent. */
    public Map<String, List<String>> predecessors() {
        Map<String, List<String>> predecessors = new HashMap<>();
        jdbc.query("SELECT unit_code, predecessor_code FROM unit_predecessor ORDER BY unit_code, position",
                rs -> { predecessors.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)); });
        return predecessors;
    }
}

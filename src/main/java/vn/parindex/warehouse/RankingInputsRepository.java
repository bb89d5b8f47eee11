package vn.parindex.warehouse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.parindex.ranking.Band;
import vn.parindex.ranking.PreviousRank;

/** Bands of a year and last year's places, by group. */
@Repository
public class RankingInputsRepository {

    private final JdbcTemplate jdbc;

    public RankingInputsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Bands by group code, lowest first. */
    public Map<String, List<Band>> bands(int year) {
        Map<String, List<Band>> bands = new HashMap<>();
        jdbc.query("SELECT group_code, band, min_index FROM band WHERE year = ? ORDER BY group_code, min_index, band",
                rs -> { bands.computeIfAbsent(rs.getString(1), g -> new ArrayList<>()).add(new Band(rs.getString(2), rs.getBigDecimal(3))); },
                year);
        return bands;
    }

    /** Where each unit of {@code group} was ranked in {@code year}, by unit code (empty when the year has no results). */
    public Map<String, PreviousRank> ranks(int year, String group) {
        Map<String, PreviousRank> ranks = new HashMap<>();
        jdbc.query("SELECT unit_code, rank_no, index_value FROM result_unit WHERE year = ? AND group_code = ? AND rank_no IS NOT NULL",
                rs -> { ranks.put(rs.getString(1), new PreviousRank(rs.getInt(2), rs.getBigDecimal(3))); }, year, group);
        return ranks;
    }
}

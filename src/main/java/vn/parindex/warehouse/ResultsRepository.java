package vn.parindex.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.parindex.ranking.RankedUnit;
import vn.parindex.scoring.DomainScore;
import vn.parindex.scoring.LeafScore;
import vn.parindex.scoring.UnitScore;
import vn.parindex.submission.UnitInfo;
import vn.parindex.warehouse.UnitResult.DomainResult;
import vn.parindex.warehouse.load.BatchedStatement;

/** The computed results of each year: units, domains and leaves, then ranks. */
@Repository
public class ResultsRepository {

    private final JdbcTemplate jdbc;

    public ResultsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit of the year with its score, or a null score when it submitted nothing. */
    public record Scored(UnitInfo unit, UnitScore score) {
    }

    /** Removes the year's results, before its groups are scored (each group then adds its own). */
    public void clearScores(int year) {
        for (String table : List.of("result_band_share", "result_uncertainty", "result_leaf", "result_domain", "result_unit")) {
            jdbc.update("DELETE FROM " + table + " WHERE year = ?", year);
        }
    }

    /** Adds results of {@code year} (of one group) to a year cleared by {@link #clearScores}. */
    public void insertScores(int year, List<Scored> units) {
        BatchedStatement unitRows = new BatchedStatement(jdbc, "INSERT INTO result_unit (year, group_code, unit_code, unit_name, status, adjustment, total, "
                + "total_max, index_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        BatchedStatement domainRows = new BatchedStatement(jdbc, "INSERT INTO result_domain (year, unit_code, domain_code, position, points, max_points, "
                + "sub_index) VALUES (?, ?, ?, ?, ?, ?, ?)");
        BatchedStatement leafRows = new BatchedStatement(jdbc, "INSERT INTO result_leaf (year, unit_code, criterion_code, position, method, max_points, "
                + "self_score, appraised_score, points, flag, source_file_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (Scored s : units) {
            UnitScore score = s.score();
            String status = score == null ? "not_submitted" : score.provisional() ? "provisional" : "final";
            unitRows.add(year, s.unit().groupCode(), s.unit().code(), s.unit().name(), status,
                    score == null ? null : score.adjustment(), score == null ? null : score.total(),
                    score == null ? null : score.totalMax(), score == null ? null : score.index());
            if (score == null) {
                continue;
            }
            int position = 0;
            for (DomainScore d : score.domains()) {
                domainRows.add(year, s.unit().code(), d.code(), position++, d.points(), d.maxPoints(), d.subIndex());
            }
            position = 0;
            for (LeafScore l : score.leaves()) {
                leafRows.add(year, s.unit().code(), l.code(), position++, l.method().code(), l.maxPoints(),
                        l.selfScore(), l.appraisedScore(), l.points(), l.flag() == null ? null : l.flag().code(),
                        l.source() == null ? null : l.source().fileId(), l.source() == null ? null : l.source().line());
            }
        }
        unitRows.flush();
        domainRows.flush();
        leafRows.flush();
    }

    public void saveRanks(int year, List<RankedUnit> ranked) {
        BatchedStatement rows = new BatchedStatement(jdbc, "UPDATE result_unit SET rank_no = ?, list_position = ?, band = ?, delta_rank = ?, delta_index = ?, "
                + "delta_basis = ?, next_band = ?, points_to_next_band = ? WHERE year = ? AND unit_code = ?");
        for (int i = 0; i < ranked.size(); i++) {
            RankedUnit r = ranked.get(i);
            rows.add(r.rank(), i, r.band(), r.deltaRank(), r.deltaIndex(),
                    r.deltaBasis() == null ? null : r.deltaBasis().code(), r.nextBand(), r.pointsToNextBand(), year, r.unitCode());
        }
        rows.flush();
        BatchedStatement domainRanks = new BatchedStatement(jdbc, "UPDATE result_domain SET domain_rank = ? WHERE year = ? AND unit_code = ? AND domain_code = ?");
        ranked.forEach(r -> r.domainRanks().forEach((domain, rank) -> domainRanks.add(rank, year, r.unitCode(), domain)));
        domainRanks.flush();
    }

    /** Every unit result of {@code year}, by group, then in ranking list order (unranked last, by code). */
    public List<UnitResult> results(int year) {
        Map<String, List<DomainResult>> domains = new LinkedHashMap<>();
        jdbc.query("SELECT unit_code, domain_code, points, max_points, sub_index, domain_rank FROM result_domain "
                + "WHERE year = ? ORDER BY unit_code, position", rs -> {
                    domains.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DomainResult(rs.getString(2),
                            rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getObject(6, Integer.class)));
                }, year);
        return jdbc.query("SELECT group_code, unit_code, unit_name, status, index_value, rank_no, band, delta_rank, delta_index, "
                        + "next_band, points_to_next_band, delta_basis FROM result_unit WHERE year = ? "
                        + "ORDER BY group_code, list_position IS NULL, list_position, unit_code",
                (rs, i) -> new UnitResult(year, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getObject(6, Integer.class), rs.getString(7), rs.getObject(8, Integer.class),
                        rs.getBigDecimal(9), rs.getString(10), rs.getBigDecimal(11), domains.getOrDefault(rs.getString(2), List.of()),
                        rs.getString(12)),
                year);
    }

    public List<Integer> yearsWithResults() {
        return jdbc.queryForList("SELECT DISTINCT year FROM result_unit ORDER BY year", Integer.class);
    }
}

package vn.parindex.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the warehouse holds of a year's collection (SPEC §16); reads only. */
@Repository
public class CollectionRepository {

    private final JdbcTemplate jdbc;

    public CollectionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The years with a framework, in order. */
    public List<Integer> yearsWithFramework() {
        return jdbc.queryForList("SELECT DISTINCT year FROM criterion ORDER BY year", Integer.class);
    }

    public CollectionFacts facts(int year) {
        long t0 = System.nanoTime();
        var received = received(year);
        long t1 = System.nanoTime();
        var respondents = respondents(year);
        long t2 = System.nanoTime();
        var dossiers = dossierRows(year);
        long t3 = System.nanoTime();
        var metrics = metricCodes(year);
        long t4 = System.nanoTime();
        var rejections = rejections(year);
        long t5 = System.nanoTime();
        var gaps = evidenceGaps(year);
        long t6 = System.nanoTime();
        org.slf4j.LoggerFactory.getLogger(CollectionRepository.class).debug("collection facts of {} read in ms: received {}, respondents {}, "
                + "dossiers {}, metrics {}, rejections {}, evidence {}", year, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000, (t6 - t5) / 1_000_000);
        return new CollectionFacts(received, respondents, dossiers, metrics, rejections, gaps);
    }

    private Map<DataKind, Map<String, ReceivedFile>> received(int year) {
        Map<DataKind, Map<String, ReceivedFile>> received = new EnumMap<>(DataKind.class);
        jdbc.query("SELECT s.kind, s.unit_code, f.original_name, f.loaded_at FROM submission s "
                + "JOIN source_file f ON f.id = s.source_file_id "
                + "WHERE s.year = ? AND s.is_current AND s.kind IN ('self_assessment', 'appraisal', 'survey', 'dossiers', 'metrics')",
                rs -> {
                    received.computeIfAbsent(DataKind.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)), k -> new HashMap<>())
                            .put(rs.getString(2), new ReceivedFile(rs.getString(3), time(rs, 4)));
                }, year);
        return received;
    }

    private Map<String, Long> respondents(int year) {
        Map<String, Long> respondents = new HashMap<>();
        jdbc.query("SELECT s.unit_code, COUNT(DISTINCT a.respondent_id) FROM submission s "
                + "JOIN survey_answer a ON a.source_file_id = s.source_file_id AND a.year = s.year AND a.unit_code = s.unit_code WHERE s.kind = 'survey' AND s.year = ? AND s.is_current "
                + "GROUP BY s.unit_code", rs -> {
                    respondents.put(rs.getString(1), rs.getLong(2));
                }, year);
        return respondents;
    }

    /** Dossier rows per unit, from the tallies the loader keeps (the ledger itself is millions of rows nationally). */
    private Map<String, Long> dossierRows(int year) {
        Map<String, Long> rows = new HashMap<>();
        jdbc.query("SELECT s.unit_code, t.dossiers FROM submission s JOIN dossier_tally t ON t.source_file_id = s.source_file_id "
                + "AND t.year = s.year AND t.unit_code = s.unit_code WHERE s.kind = 'dossiers' AND s.year = ? AND s.is_current", rs -> {
                    rows.merge(rs.getString(1), rs.getLong(2), Long::sum);
                }, year);
        return rows;
    }

    private Map<String, Set<String>> metricCodes(int year) {
        Map<String, Set<String>> codes = new HashMap<>();
        jdbc.query("SELECT s.unit_code, m.metric_code FROM submission s JOIN metric m ON m.submission_id = s.id "
                + "WHERE s.kind = 'metrics' AND s.year = ? AND s.is_current", rs -> {
                    codes.computeIfAbsent(rs.getString(1), u -> new TreeSet<>()).add(rs.getString(2));
                }, year);
        return codes;
    }

    private Map<String, List<Rejection>> rejections(int year) {
        Map<String, List<Rejection>> rejections = new HashMap<>();
        jdbc.query("SELECT r.unit_code, f.kind, f.original_name, f.loaded_at, r.error_code FROM rejected_file r "
                + "JOIN source_file f ON f.id = r.source_file_id WHERE r.year = ? AND r.unit_code IS NOT NULL ORDER BY f.id",
                rs -> {
                    rejections.computeIfAbsent(rs.getString(1), u -> new ArrayList<>())
                            .add(new Rejection(kind(rs.getString(2)), rs.getString(3), time(rs, 4), rs.getString(5)));
                }, year);
        return rejections;
    }

    private Map<String, List<EvidenceGap>> evidenceGaps(int year) {
        Map<String, List<EvidenceGap>> gaps = new HashMap<>();
        jdbc.query("SELECT s.unit_code, x.criterion_code, x.self_score, f.original_name, x.source_line FROM submission s "
                + "JOIN self_score x ON x.submission_id = s.id JOIN source_file f ON f.id = s.source_file_id "
                + "WHERE s.kind = 'self_assessment' AND s.year = ? AND s.is_current AND x.self_score > 0 "
                + "AND (x.evidence IS NULL OR TRIM(x.evidence) = '') ORDER BY s.unit_code, x.source_line", rs -> {
                    gaps.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(new EvidenceGap(rs.getString(1),
                            rs.getString(2), null, rs.getBigDecimal(3).stripTrailingZeros(), rs.getString(4), rs.getLong(5)));
                }, year);
        return gaps;
    }

    private static DataKind kind(String code) {
        for (DataKind kind : DataKind.values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        return null;
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}

package vn.parindex.publish;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The published versions of the year's record (SPEC §15) in the warehouse: only ever inserted (V12 makes the
 * database refuse an UPDATE or DELETE of them), with the year's stage beside them.
 */
@Repository
public class PublishedVersions {

    /** One version as listed by {@code publications}. */
    public record Version(int year, int number, String stage, LocalDateTime publishedAt, String publishedBy, LocalDate commentsUntil,
            String decision, LocalDate decisionDate, String replacesDecision, LocalDate replacesDecisionDate, String folder) {

        public String decisionText() {
            return decision == null ? null : "Quyết định số " + decision + " ngày " + dmy(decisionDate);
        }

        public String replacedText() {
            return replacesDecision == null ? null : "Quyết định số " + replacesDecision + " ngày " + dmy(replacesDecisionDate);
        }

        private static String dmy(LocalDate d) {
            return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
    }

    public record PublishedFile(String name, String sha256, long size) {
    }

    public record Reopening(int year, LocalDateTime at, String by, String reason, String fromStage, int fromVersion) {
    }

    private final JdbcTemplate jdbc;

    public PublishedVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int nextNumber(int year) {
        Integer last = jdbc.queryForObject("SELECT MAX(version_no) FROM published_version WHERE year = ?", Integer.class, year);
        return last == null ? 1 : last + 1;
    }

    public List<Version> versions(Integer year) {
        return jdbc.query("SELECT year, version_no, stage, published_at, published_by, comments_until, decision_no, decision_date, "
                + "replaces_decision_no, replaces_decision_date, folder FROM published_version"
                + (year == null ? "" : " WHERE year = " + year.intValue()) + " ORDER BY year, version_no",
                (rs, i) -> new Version(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getObject(4, LocalDateTime.class), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
                        rs.getObject(10, LocalDate.class), rs.getString(11)));
    }

    /** The folder names of the committed versions of {@code year}. */
    public Set<String> folders(int year) {
        return versions(year).stream().map(Version::folder).collect(Collectors.toSet());
    }

    /** The last final version of {@code year}, if any (the decision a new final version replaces). */
    public Optional<Version> lastFinal(int year) {
        return versions(year).stream().filter(v -> "final".equals(v.stage())).reduce((a, b) -> b);
    }

    public List<PublishedFile> files(int year, int version) {
        return jdbc.query("SELECT file_name, sha256, size_bytes FROM published_file WHERE year = ? AND version_no = ? ORDER BY file_name",
                (rs, i) -> new PublishedFile(rs.getString(1), rs.getString(2), rs.getLong(3)), year, version);
    }

    public List<Reopening> reopenings(Integer year) {
        return jdbc.query("SELECT year, reopened_at, reopened_by, reason, from_stage, from_version_no FROM year_reopening"
                + (year == null ? "" : " WHERE year = " + year.intValue()) + " ORDER BY year, id",
                (rs, i) -> new Reopening(rs.getInt(1), rs.getObject(2, LocalDateTime.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)));
    }

    /**
     * Records version {@code v} with the year's current results and its files, and sets the year's stage; the
     * caller runs this in one transaction, whose commit is the moment the version exists.
     */
    void insert(Version v, List<PublishedFile> files) {
        jdbc.update("INSERT INTO published_version (year, version_no, stage, published_at, published_by, comments_until, decision_no, "
                + "decision_date, replaces_decision_no, replaces_decision_date, folder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.year(), v.number(), v.stage(), v.publishedAt(), v.publishedBy(), v.commentsUntil(), v.decision(), v.decisionDate(),
                v.replacesDecision(), v.replacesDecisionDate(), v.folder());
        jdbc.update("INSERT INTO published_unit (year, version_no, group_code, unit_code, unit_name, status, index_value, rank_no, "
                + "list_position, band, delta_rank, delta_index, delta_basis) SELECT year, ?, group_code, unit_code, unit_name, status, "
                + "index_value, rank_no, list_position, band, delta_rank, delta_index, delta_basis FROM result_unit WHERE year = ?",
                v.number(), v.year());
        jdbc.update("INSERT INTO published_domain (year, version_no, unit_code, domain_code, position, points, max_points, sub_index, "
                + "domain_rank) SELECT year, ?, unit_code, domain_code, position, points, max_points, sub_index, domain_rank "
                + "FROM result_domain WHERE year = ?", v.number(), v.year());
        jdbc.update("INSERT INTO published_leaf (year, version_no, unit_code, criterion_code, position, points, flag, source_file_id, "
                + "source_line) SELECT year, ?, unit_code, criterion_code, position, points, flag, source_file_id, source_line "
                + "FROM result_leaf WHERE year = ?", v.number(), v.year());
        jdbc.batchUpdate("INSERT INTO published_file (year, version_no, file_name, sha256, size_bytes) VALUES (?, ?, ?, ?, ?)",
                files.stream().map(f -> new Object[] {v.year(), v.number(), f.name(), f.sha256(), f.size()}).toList());
        setStage(v.year(), v.stage(), v.number(), v.publishedAt());
    }

    void reopen(Reopening r) {
        jdbc.update("INSERT INTO year_reopening (year, reopened_at, reopened_by, reason, from_stage, from_version_no) VALUES (?, ?, ?, ?, ?, ?)",
                r.year(), r.at(), r.by(), r.reason(), r.fromStage(), r.fromVersion());
        setStage(r.year(), "open", r.fromVersion(), r.at());
    }

    /** The version the year's stage rests on (its last version), if any. */
    public Optional<Integer> currentVersion(int year) {
        return jdbc.queryForList("SELECT version_no FROM year_stage WHERE year = ? AND version_no IS NOT NULL", Integer.class, year)
                .stream().findFirst();
    }

    private void setStage(int year, String stage, int version, LocalDateTime at) {
        jdbc.update("INSERT INTO year_stage (year, stage, version_no, changed_at) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE stage = VALUES(stage), version_no = VALUES(version_no), changed_at = VALUES(changed_at)",
                year, stage, version, at);
    }

    /** Unit codes and names of {@code year}'s ranked units still provisional (no appraisal), in code order. */
    public Map<String, String> provisionalUnits(int year) {
        Map<String, String> units = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT unit_code, unit_name FROM result_unit WHERE year = ? AND status = 'provisional' ORDER BY unit_code",
                rs -> { units.put(rs.getString(1), rs.getString(2)); }, year);
        return units;
    }
}

package vn.parindex.warehouse;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code source_file} ledger: one row per file the job has accepted, archived as duplicate or rejected. */
@Repository
public class SourceFiles {

    public enum Status { ACCEPTED, DUPLICATE, REJECTED }

    public record NewFile(String originalName, String sha256, String kind, Status status, long rows, long errors,
            Instant modifiedAt, Instant loadedAt, String runId) {
    }

    private final JdbcTemplate jdbc;

    public SourceFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> acceptedWithSha(String sha256) {
        return jdbc.query("SELECT id FROM source_file WHERE sha256 = ? AND status = 'accepted' ORDER BY id LIMIT 1",
                (rs, i) -> rs.getLong(1), sha256).stream().findFirst();
    }

    public long insert(NewFile f) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO source_file (original_name, sha256, kind, status, row_count, error_count, modified_at, loaded_at, run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, f.originalName());
            ps.setString(2, f.sha256());
            ps.setString(3, f.kind());
            ps.setString(4, f.status().name().toLowerCase(java.util.Locale.ROOT));
            ps.setLong(5, f.rows());
            ps.setLong(6, f.errors());
            ps.setTimestamp(7, Timestamp.from(f.modifiedAt()));
            ps.setTimestamp(8, Timestamp.from(f.loadedAt()));
            ps.setString(9, f.runId());
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    public void complete(long id, String kind, long rows) {
        jdbc.update("UPDATE source_file SET kind = ?, row_count = ? WHERE id = ?", kind, rows, id);
    }
}

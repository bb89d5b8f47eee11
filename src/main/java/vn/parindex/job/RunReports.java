package vn.parindex.job;

import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The report files a run wrote, as rows of {@code run_report} (V14), in the order they were written. */
@Repository
public class RunReports {

    private final JdbcTemplate jdbc;

    public RunReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void written(String runId, List<Path> reports) {
        if (reports.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO run_report (run_id, path) VALUES (?, ?)",
                reports.stream().map(r -> new Object[] {runId, r.toString()}).toList());
    }

    public List<Path> of(String runId) {
        return jdbc.query("SELECT path FROM run_report WHERE run_id = ? ORDER BY id", (rs, i) -> Path.of(rs.getString(1)), runId);
    }
}

package vn.parindex.job;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.parindex.intake.FileOutcome;
import vn.parindex.intake.InboxFile;
import vn.parindex.intake.PlannedFile;
import vn.parindex.submission.Kind;

/**
 * The run's files as rows of {@code run_file} (V14): the plan the intake made, each file's outcome recorded in the
 * transaction that loaded it, and the files the intake left in the inbox. What the run summary lists, in its order.
 * {@code meet_group} is the intake's group of a data file ({@link PlannedFile#group}); V14's comment that the load
 * scans a file without one is out of date: since issue 26 such a file keeps its kind in one partition, in order.
 * {@code load_seq} (V15) is a data file's place in load order, numbered by the load partitioner so that each
 * partition's files are one range of it.
 */
@Repository
public class RunFiles {

    /** {@code listed}: a planned file, listed in plan order. */
    private static final int PLANNED = 0;
    /** {@code listed}: a later note on a file already listed (its load committed but it could not be moved). */
    private static final int NOTE = 1;
    /** {@code listed}: a file the intake left in the inbox (still being written, or out of reach). */
    private static final int LEFT_BY_INTAKE = 2;
    private static final String PLANNED_COLUMNS = "id, name, staged_path, size, modified_ms, announced_kind, entry, meet_group";

    private final JdbcTemplate jdbc;

    public RunFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The run's plan: {@code files} (staged), in processing order, each with its group of {@code groups}. */
    void plan(String runId, List<InboxFile> files, List<Integer> groups) {
        if (files.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            InboxFile f = files.get(i);
            rows.add(new Object[] {runId, f.name(), f.path().toString(), f.size(), f.modified().toEpochMilli(),
                    f.kind() == null ? null : f.kind().name(), f.entry().name(), groups.get(i)});
        }
        jdbc.batchUpdate("INSERT INTO run_file (run_id, listed, name, staged_path, size, modified_ms, announced_kind, entry, meet_group) "
                + "VALUES (?, " + PLANNED + ", ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    void leftByIntake(String runId, List<FileOutcome> outcomes) {
        insert(runId, LEFT_BY_INTAKE, outcomes);
    }

    void noted(String runId, List<FileOutcome> notes) {
        insert(runId, NOTE, notes);
    }

    /** The run's plan: every planned file, loaded or not, in plan order. */
    List<PlannedFile> plan(String runId) {
        return plannedFiles(runId, "");
    }

    /** The planned files no outcome is recorded for yet, in plan order. */
    List<PlannedFile> unloaded(String runId) {
        return plannedFiles(runId, " AND status IS NULL");
    }

    private List<PlannedFile> plannedFiles(String runId, String andCondition) {
        return jdbc.query("SELECT " + PLANNED_COLUMNS + " FROM run_file WHERE run_id = ? AND listed = " + PLANNED
                + andCondition + " ORDER BY id", RunFiles::planned, runId);
    }

    /** The files numbered {@code first} to {@code last} in load order no outcome is recorded for yet, in load order. */
    List<PlannedFile> unloaded(String runId, long first, long last) {
        return jdbc.query("SELECT " + PLANNED_COLUMNS + " FROM run_file WHERE run_id = ? AND load_seq BETWEEN ? AND ?"
                + " AND status IS NULL ORDER BY load_seq", RunFiles::planned, runId, first, last);
    }

    /** Records the data files' load order: {@code load_seq} by plan id. */
    void number(Map<Long, Long> loadOrder) {
        if (loadOrder.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE run_file SET load_seq = ? WHERE id = ?",
                loadOrder.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
    }

    /** What became of planned file {@code id}: in the transaction that loaded it. */
    void record(long id, FileOutcome o) {
        jdbc.update("UPDATE run_file SET status = ?, kind = ?, sha256 = ?, row_count = ?, error_count = ?, note = ? WHERE id = ?",
                o.status(), o.kind(), o.sha256(), o.rows(), o.errorCount(), o.note(), id);
    }

    /** Every outcome of the run as its summary lists them (without error rows: they are in the files' error reports). */
    public List<FileOutcome> outcomes(String runId) {
        return jdbc.query("SELECT name, kind, sha256, status, row_count, error_count, note FROM run_file "
                + "WHERE run_id = ? AND status IS NOT NULL ORDER BY listed, id", (rs, i) -> new FileOutcome(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6), List.of(), rs.getString(7)), runId);
    }

    private void insert(String runId, int listed, List<FileOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO run_file (run_id, listed, name, status, kind, sha256, row_count, error_count, note) "
                + "VALUES (?, " + listed + ", ?, ?, ?, ?, ?, ?, ?)", outcomes.stream().map(o -> new Object[] {runId, o.name(),
                        o.status(), o.kind(), o.sha256(), o.rows(), o.errorCount(), o.note()}).toList());
    }

    private static PlannedFile planned(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString(6);
        return new PlannedFile(rs.getLong(1), new InboxFile(Path.of(rs.getString(3)), rs.getString(2), rs.getLong(4),
                Instant.ofEpochMilli(rs.getLong(5)), kind == null ? null : Kind.valueOf(kind), InboxFile.Entry.valueOf(rs.getString(7))),
                rs.getObject(8, Integer.class));
    }
}

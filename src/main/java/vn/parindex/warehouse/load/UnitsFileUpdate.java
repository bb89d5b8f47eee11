package vn.parindex.warehouse.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.submission.Records.UnitRecord;
import vn.parindex.submission.UnitInfo;

/**
 * A units file's rows applied to the warehouse, row by row as a file's later row supersedes an earlier one: a unit's
 * columns and predecessors are replaced by its row, and a group's name by the latest row that names it (SPEC §3, §13).
 * The stored units, group names and predecessors are read once, the rows applied to them in memory, and what
 * changed written in batches: a national units file has thousands of rows, and five round trips a row cost seconds.
 * A changed unit queues every year (with a framework) it was or is now active in; a changed name, every year its
 * group has a framework.
 */
final class UnitsFileUpdate {

    private final JdbcTemplate jdbc;
    private final long fileId;
    private final Map<String, UnitInfo> units = new HashMap<>();
    private final Map<String, String> groupNames = new HashMap<>();
    private final Map<String, List<String>> predecessors = new HashMap<>();

    private final Map<String, UnitRecord> changedUnits = new LinkedHashMap<>();
    private final Map<String, UnitRecord> changedGroupNames = new LinkedHashMap<>();
    private final Map<String, List<String>> changedPredecessors = new LinkedHashMap<>();
    /** The (valid_from, valid_to) spans whose years a change touches; null ends are open. */
    private final Set<List<Integer>> touchedSpans = new LinkedHashSet<>();

    private UnitsFileUpdate(JdbcTemplate jdbc, long fileId) {
        this.jdbc = jdbc;
        this.fileId = fileId;
    }

    /** Applies {@code records}, in file order, inside the caller's transaction. */
    static void apply(JdbcTemplate jdbc, long fileId, List<UnitRecord> records) {
        UnitsFileUpdate update = new UnitsFileUpdate(jdbc, fileId);
        update.readStored();
        records.forEach(update::applyRow);
        update.write();
    }

    private void readStored() {
        jdbc.query("SELECT unit_code, unit_name, group_code, unit_type, valid_from, valid_to FROM unit", rs -> {
            units.put(rs.getString(1), new UnitInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getObject(5, Integer.class), rs.getObject(6, Integer.class)));
        });
        jdbc.query("SELECT group_code, group_name FROM unit_group", rs -> {
            groupNames.put(rs.getString(1), rs.getString(2));
        });
        jdbc.query("SELECT unit_code, predecessor_code FROM unit_predecessor ORDER BY unit_code, position", rs -> {
            predecessors.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(rs.getString(2));
        });
    }

    private void applyRow(UnitRecord record) {
        UnitInfo unit = record.unit();
        if (record.groupName() != null && !record.groupName().equals(groupNames.get(unit.groupCode()))) {
            groupNames.put(unit.groupCode(), record.groupName());
            changedGroupNames.put(unit.groupCode(), record);
        }
        boolean predecessorsChanged = !predecessors.getOrDefault(unit.code(), List.of()).equals(record.predecessors());
        if (predecessorsChanged) {
            predecessors.put(unit.code(), record.predecessors());
            changedPredecessors.put(unit.code(), record.predecessors());
        }
        UnitInfo stored = units.get(unit.code());
        if (Objects.equals(stored, unit)) {
            if (predecessorsChanged) {
                touchedSpans.add(span(unit));
            }
            return;
        }
        units.put(unit.code(), unit);
        changedUnits.put(unit.code(), record);
        touchedSpans.add(span(unit));
        if (stored != null) {
            touchedSpans.add(span(stored));
        }
    }

    private static List<Integer> span(UnitInfo unit) {
        return java.util.Arrays.asList(unit.validFrom(), unit.validTo());
    }

    private void write() {
        if (!changedGroupNames.isEmpty()) {
            // the reports of every year the group has a framework show the name
            jdbc.batchUpdate("INSERT IGNORE INTO pending_year (year, queued_by) SELECT DISTINCT year, ? FROM criterion WHERE group_code = ?",
                    changedGroupNames.keySet().stream().map(group -> new Object[] {fileId, group}).toList());
            jdbc.batchUpdate("""
                    INSERT INTO unit_group (group_code, group_name, source_file_id, source_line) VALUES (?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE group_name = VALUES(group_name), source_file_id = VALUES(source_file_id),
                      source_line = VALUES(source_line)""",
                    changedGroupNames.values().stream().map(r -> new Object[] {r.unit().groupCode(), r.groupName(), fileId, r.line()}).toList());
        }
        if (!changedPredecessors.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM unit_predecessor WHERE unit_code = ?",
                    changedPredecessors.keySet().stream().map(code -> new Object[] {code}).toList());
            List<Object[]> rows = new ArrayList<>();
            changedPredecessors.forEach((code, list) -> {
                for (int i = 0; i < list.size(); i++) {
                    rows.add(new Object[] {code, i, list.get(i)});
                }
            });
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO unit_predecessor (unit_code, position, predecessor_code) VALUES (?, ?, ?)", rows);
            }
        }
        if (!changedUnits.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO unit (unit_code, unit_name, group_code, unit_type, valid_from, valid_to, source_file_id, source_line)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE unit_name = VALUES(unit_name), group_code = VALUES(group_code), unit_type = VALUES(unit_type),
                      valid_from = VALUES(valid_from), valid_to = VALUES(valid_to), source_file_id = VALUES(source_file_id),
                      source_line = VALUES(source_line)""",
                    changedUnits.values().stream().map(r -> {
                        UnitInfo u = r.unit();
                        return new Object[] {u.code(), u.name(), u.groupCode(), u.unitType(), u.validFrom(), u.validTo(), fileId, r.line()};
                    }).toList());
        }
        for (List<Integer> span : touchedSpans) {
            jdbc.update("INSERT IGNORE INTO pending_year (year, queued_by) SELECT DISTINCT year, ? FROM criterion WHERE year >= ? AND year <= ?",
                    fileId, span.get(0) == null ? 0 : span.get(0), span.get(1) == null ? 9999 : span.get(1));
        }
    }
}

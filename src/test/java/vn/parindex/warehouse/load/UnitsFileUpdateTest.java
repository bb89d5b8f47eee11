package vn.parindex.warehouse.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.cli.SharedWarehouse;
import vn.parindex.submission.Records.UnitRecord;
import vn.parindex.submission.UnitInfo;

/**
 * A units file applied at once ({@link UnitsFileUpdate}) leaves the warehouse as applying its rows one by one against
 * the stored tables does (the oracle below, the loader's code before issue 26): the units, group names, predecessors
 * and the years queued. Random files over a few codes, so that a file names a unit twice and changes stored ones.
 * On the real warehouse (the worked example loaded, frameworks of QUAN for 2023 and 2024 and of HUYEN for 2025, two
 * units stored with a group name and predecessors), one connection, rolled back.
 */
class UnitsFileUpdateTest extends SharedWarehouse {

    private static final List<String> CODES = List.of("019", "021", "005", "N1", "N2");
    private static final List<String> GROUPS = List.of("QUAN", "HUYEN");
    private static final List<Integer> YEARS = Arrays.asList(null, 2023, 2024, 2025);

    private ExampleWarehouse warehouse;
    private JdbcTemplate jdbc;
    private long fileId;

    @BeforeEach
    void warehouseWithThreeFrameworkYears() {
        warehouse = new ExampleWarehouse(installation());
        jdbc = warehouse.jdbc();
        for (Object[] yearGroup : List.of(new Object[] {2023, "QUAN"}, new Object[] {2025, "HUYEN"})) {
            jdbc.update("INSERT INTO criterion (year, group_code, code, parent_code, name, max_points, method, rule_text, position, "
                    + "source_file_id, source_line) SELECT ?, ?, code, parent_code, name, max_points, method, rule_text, position, "
                    + "source_file_id, source_line FROM criterion WHERE year = 2024 AND group_code = 'QUAN'", yearGroup);
        }
        fileId = jdbc.queryForObject("SELECT MAX(id) FROM source_file", Long.class);
        // stored group names and predecessors to start from, one unit's out of code order
        RowByRow seed = new RowByRow(jdbc, fileId);
        seed.apply(new UnitRecord(new UnitInfo("N1", "Đơn vị N1", "HUYEN", null, 2025, null), "Khối huyện", List.of("021", "019"), 2));
        seed.apply(new UnitRecord(new UnitInfo("019", "Quận Nam Từ Liêm", "QUAN", "quận", 2014, null), "Khối quận", List.of("005"), 3));
        jdbc.update("DELETE FROM pending_year");
    }

    @AfterEach
    void rollBack() throws Exception {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    /** Forty files, each applied both ways from the same state; over them, every table changes at least once. */
    @Test
    void appliedAtOnceAsRowByRow() throws Exception {
        List<List<Map<String, Object>>> before = state();
        boolean[] changed = new boolean[before.size()];
        for (int seed = 1; seed <= 40; seed++) {
            List<UnitRecord> file = randomFile(new Random(seed));
            Savepoint untouched = warehouse.connection().setSavepoint();
            file.forEach(new RowByRow(jdbc, fileId)::apply);
            List<List<Map<String, Object>>> oneByOne = state();
            warehouse.connection().rollback(untouched);

            UnitsFileUpdate.apply(jdbc, fileId, file);

            List<List<Map<String, Object>>> atOnce = state();
            assertThat(atOnce).as("file %d: %s", seed, file).isEqualTo(oneByOne);
            for (int table = 0; table < changed.length; table++) {
                changed[table] |= !atOnce.get(table).equals(before.get(table));
            }
            warehouse.connection().rollback(untouched);
        }
        assertThat(changed).as("units, group names, predecessors, queued years").containsOnly(true);
    }

    @Test
    void theStoredUnitsAgainChangeNothingAndQueueNoYear() {
        List<UnitRecord> stored = jdbc.query("SELECT unit_code, unit_name, group_code, unit_type, valid_from, valid_to, source_line FROM unit",
                (rs, i) -> new UnitRecord(new UnitInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Integer.class), rs.getObject(6, Integer.class)),
                        jdbc.queryForList("SELECT group_name FROM unit_group WHERE group_code = ?", String.class, rs.getString(3))
                                .stream().findFirst().orElse(null),
                        jdbc.queryForList("SELECT predecessor_code FROM unit_predecessor WHERE unit_code = ? ORDER BY position",
                                String.class, rs.getString(1)), rs.getLong(7)));
        assertThat(stored).hasSize(4);
        assertThat(stored).filteredOn(r -> r.groupName() != null && !r.predecessors().isEmpty()).hasSize(2);
        List<List<Map<String, Object>>> before = state();

        UnitsFileUpdate.apply(jdbc, fileId + 1, stored);

        assertThat(state()).isEqualTo(before);
    }

    private static List<UnitRecord> randomFile(Random random) {
        List<UnitRecord> rows = new ArrayList<>();
        int size = 1 + random.nextInt(8);
        for (int line = 2; line < size + 2; line++) {
            String code = CODES.get(random.nextInt(CODES.size()));
            String group = GROUPS.get(random.nextInt(GROUPS.size()));
            Integer from = YEARS.get(random.nextInt(YEARS.size()));
            Integer to = YEARS.get(random.nextInt(YEARS.size()));
            String groupName = List.of("", "Khối 0", "Khối quận", "Khối huyện").get(random.nextInt(4));
            groupName = groupName.isEmpty() ? null : groupName;
            List<String> predecessors = new ArrayList<>(CODES.subList(0, random.nextInt(3)));
            predecessors.remove(code);
            java.util.Collections.shuffle(predecessors, random);
            String name = random.nextBoolean() ? "Đơn vị " + code : "Đơn vị " + code + " mới";
            rows.add(new UnitRecord(new UnitInfo(code, name, group, random.nextBoolean() ? "xã" : null, from, to), groupName, predecessors, line));
        }
        return rows;
    }

    private List<List<Map<String, Object>>> state() {
        return List.of(
                jdbc.queryForList("SELECT * FROM unit ORDER BY unit_code"),
                jdbc.queryForList("SELECT * FROM unit_group ORDER BY group_code"),
                jdbc.queryForList("SELECT * FROM unit_predecessor ORDER BY unit_code, position"),
                jdbc.queryForList("SELECT * FROM pending_year ORDER BY year, queued_by"));
    }

    /** The oracle: each row against the stored tables, as the loader applied a units file before issue 26. */
    private record RowByRow(JdbcTemplate jdbc, long fileId) {

        void apply(UnitRecord record) {
            UnitInfo u = record.unit();
            List<UnitInfo> existing = jdbc.query("SELECT unit_code, unit_name, group_code, unit_type, valid_from, valid_to FROM unit WHERE unit_code = ?",
                    (rs, i) -> new UnitInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, Integer.class), rs.getObject(6, Integer.class)), u.code());
            if (record.groupName() != null
                    && !jdbc.queryForList("SELECT group_name FROM unit_group WHERE group_code = ?", String.class, u.groupCode())
                            .equals(List.of(record.groupName()))) {
                jdbc.update("INSERT IGNORE INTO pending_year (year, queued_by) SELECT DISTINCT year, ? FROM criterion WHERE group_code = ?",
                        fileId, u.groupCode());
                jdbc.update("""
                        INSERT INTO unit_group (group_code, group_name, source_file_id, source_line) VALUES (?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE group_name = VALUES(group_name), source_file_id = VALUES(source_file_id),
                          source_line = VALUES(source_line)""", u.groupCode(), record.groupName(), fileId, record.line());
            }
            boolean predecessorsChanged = !jdbc.queryForList("SELECT predecessor_code FROM unit_predecessor WHERE unit_code = ? ORDER BY position",
                    String.class, u.code()).equals(record.predecessors());
            if (predecessorsChanged) {
                jdbc.update("DELETE FROM unit_predecessor WHERE unit_code = ?", u.code());
                for (int i = 0; i < record.predecessors().size(); i++) {
                    jdbc.update("INSERT INTO unit_predecessor (unit_code, position, predecessor_code) VALUES (?, ?, ?)",
                            u.code(), i, record.predecessors().get(i));
                }
            }
            if (!existing.isEmpty() && Objects.equals(existing.get(0), u)) {
                if (predecessorsChanged) {
                    touch(u);
                }
                return;
            }
            jdbc.update("""
                    INSERT INTO unit (unit_code, unit_name, group_code, unit_type, valid_from, valid_to, source_file_id, source_line)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE unit_name = VALUES(unit_name), group_code = VALUES(group_code), unit_type = VALUES(unit_type),
                      valid_from = VALUES(valid_from), valid_to = VALUES(valid_to), source_file_id = VALUES(source_file_id),
                      source_line = VALUES(source_line)""",
                    u.code(), u.name(), u.groupCode(), u.unitType(), u.validFrom(), u.validTo(), fileId, record.line());
            touch(u);
            existing.forEach(this::touch);
        }

        private void touch(UnitInfo u) {
            jdbc.update("INSERT IGNORE INTO pending_year (year, queued_by) SELECT DISTINCT year, ? FROM criterion WHERE year >= ? AND year <= ?",
                    fileId, u.validFrom() == null ? 0 : u.validFrom(), u.validTo() == null ? 9999 : u.validTo());
        }
    }
}

package vn.parindex.intake;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.parindex.support.Installation;

/** Snapshots of what an installation's warehouse holds, for before/after comparisons. */
final class Warehouse {

    static final List<String> DATA_TABLES = List.of("unit", "criterion", "band", "submission", "self_score",
            "appraised_score", "metric", "survey_answer", "adjustment", "dossier", "dossier_tally", "result_unit", "result_leaf",
            "unit_group", "unit_predecessor");

    private Warehouse() {
    }

    /** Every row of every data table, and how many source files are accepted. */
    static Map<String, Object> contents(Installation parindex) {
        Map<String, Object> snapshot = new TreeMap<>();
        for (String table : DATA_TABLES) {
            snapshot.put(table, parindex.sql().queryForList("SELECT * FROM " + table).stream().map(Object::toString).sorted().toList());
        }
        snapshot.put("accepted files", parindex.sql().queryForObject(
                "SELECT COUNT(*) FROM source_file WHERE status = 'accepted'", Long.class));
        return snapshot;
    }

    /** The status recorded for the file with this original name. */
    static List<String> statusOf(Installation parindex, String originalName) {
        return parindex.sql().queryForList("SELECT status FROM source_file WHERE original_name = ? ORDER BY id", String.class, originalName);
    }
}

package vn.parindex.warehouse;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Each assessment year's stage (SPEC §15): {@code open} (no row in year_stage), {@code provisional} or {@code final},
 * and the decision that closed a final year.
 */
@Repository
public class YearStages {

    public static final String OPEN = "open";
    public static final String PROVISIONAL = "provisional";
    public static final String FINAL = "final";

    /** The decision a final version is attached to. */
    public record Decision(int year, int version, String number, LocalDate date) {
        /** "Quyết định số 15/QĐ-UBND ngày 20/01/2025" */
        public String text() {
            return "Quyết định số " + number + " ngày " + String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
    }

    private final JdbcTemplate jdbc;

    public YearStages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String stage(int year) {
        List<String> stage = jdbc.queryForList("SELECT stage FROM year_stage WHERE year = ?", String.class, year);
        return stage.isEmpty() ? OPEN : stage.get(0);
    }

    /** The stage of each of {@code years}, in year order. */
    public Map<Integer, String> stages(Collection<Integer> years) {
        Map<Integer, String> stages = new TreeMap<>();
        years.forEach(y -> stages.put(y, stage(y)));
        return stages;
    }

    public List<Integer> finalYears() {
        return jdbc.queryForList("SELECT year FROM year_stage WHERE stage = 'final' ORDER BY year", Integer.class);
    }

    public boolean closed(int year) {
        return FINAL.equals(stage(year));
    }

    /** The decision of the final version that closed {@code year}, when it is final. */
    public Optional<Decision> closingDecision(int year) {
        return jdbc.query("SELECT v.version_no, v.decision_no, v.decision_date FROM year_stage s JOIN published_version v "
                + "ON v.year = s.year AND v.version_no = s.version_no WHERE s.year = ? AND s.stage = 'final'",
                (rs, i) -> new Decision(year, rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class)), year)
                .stream().findFirst();
    }
}

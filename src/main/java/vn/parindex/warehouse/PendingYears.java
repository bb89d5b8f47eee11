package vn.parindex.warehouse;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Years queued for recomputation. A year is queued in the same transaction as the data that changed it and
 * cleared only once its reports are written, so a killed run leaves it queued for the next.
 */
@Repository
public class PendingYears {

    private final JdbcTemplate jdbc;

    public PendingYears(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Collection<Integer> years) {
        years.forEach(y -> jdbc.update("INSERT IGNORE INTO pending_year (year) VALUES (?)", y));
    }

    /** The years queued, in order. */
    public List<Integer> queued() {
        return jdbc.queryForList("SELECT year FROM pending_year ORDER BY year", Integer.class);
    }

    /**
     * The queued years plus, because their year-over-year change depends on them, every later year that has
     * results.
     */
    public List<Integer> withDependents() {
        TreeSet<Integer> years = new TreeSet<>(jdbc.queryForList("SELECT DISTINCT year FROM pending_year", Integer.class));
        if (!years.isEmpty()) {
            years.addAll(jdbc.queryForList("SELECT DISTINCT year FROM result_unit WHERE year > ?", Integer.class, years.first()));
        }
        return List.copyOf(years);
    }

    public void done(int year) {
        jdbc.update("DELETE FROM pending_year WHERE year = ?", year);
    }
}

package vn.parindex.warehouse.load;

import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.installation.ConfigurationException;

/**
 * The path the large kinds (dossier ledgers, survey answers) take into the warehouse. LOAD DATA LOCAL INFILE is
 * the faster (docs/performance.md) and the default wherever the server allows it; batched inserts are the
 * fallback for a server with {@code local_infile} off, and can be chosen with {@code PARINDEX_LOAD_PATH=batched}
 * to compare the two.
 */
public enum FactLoadPath {
    LOAD_DATA, BATCHED;

    /** The path {@code configured} names ("load-data" or "batched"), or null for "auto" or nothing set. */
    public static FactLoadPath parse(String configured) {
        String value = configured == null ? "" : configured.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "auto" -> null;
            case "load-data" -> LOAD_DATA;
            case "batched" -> BATCHED;
            default -> throw new ConfigurationException("PARINDEX_LOAD_PATH must be auto, load-data or batched, got '" + configured + "'");
        };
    }

    /** What "auto" means: LOAD DATA where the server allows it, else batched inserts. */
    public static FactLoadPath serverDefault(JdbcTemplate jdbc) {
        return LoadDataTransport.available(jdbc) ? LOAD_DATA : BATCHED;
    }
}

package vn.parindex.report;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import vn.parindex.warehouse.ConfigFile;
import vn.parindex.warehouse.ConfigurationException;

/**
 * The heading block of Nghị định 30/2020/NĐ-CP that opens every PDF when configured (SPEC §13): the authority
 * (e.g. {@code UBND THÀNH PHỐ HÀ NỘI}) over the issuer (e.g. {@code SỞ NỘI VỤ}), kept in upper case as the decree
 * writes them.
 */
public record OfficialHeading(String authority, String issuer) {

    static final String AUTHORITY_ENV = "PARINDEX_REPORT_AUTHORITY";
    static final String ISSUER_ENV = "PARINDEX_REPORT_ISSUER";
    static final String AUTHORITY_KEY = "report.authority";
    static final String ISSUER_KEY = "report.issuer";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public OfficialHeading {
        authority = display(authority, "authority");
        issuer = display(issuer, "issuer");
    }

    /**
     * {@code PARINDEX_REPORT_AUTHORITY} and {@code PARINDEX_REPORT_ISSUER} from the environment, each else
     * {@code report.authority} / {@code report.issuer} from parindex.properties; blank counts as unset. Neither set:
     * no heading. Only one set is a configuration error (an administrator who set one meant the heading).
     */
    public static Optional<OfficialHeading> resolve(Path home, Map<String, String> env) {
        Properties file = ConfigFile.read(home);
        String authority = setting(AUTHORITY_ENV, AUTHORITY_KEY, env, file);
        String issuer = setting(ISSUER_ENV, ISSUER_KEY, env, file);
        if (authority == null && issuer == null) {
            return Optional.empty();
        }
        if (authority == null || issuer == null) {
            String lack = authority == null ? "an issuer but no authority (" + AUTHORITY_ENV + ", or " + AUTHORITY_KEY
                    : "an authority but no issuer (" + ISSUER_ENV + ", or " + ISSUER_KEY;
            throw new ConfigurationException("the official heading of the PDFs has " + lack + " in " + ConfigFile.NAME
                    + "): set both, or neither for PDFs without it");
        }
        return Optional.of(new OfficialHeading(authority, issuer));
    }

    private static String setting(String envName, String key, Map<String, String> env, Properties file) {
        String value = env.get(envName);
        if (value == null || value.isBlank()) {
            value = file.getProperty(key);
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** One line, NFC, upper case (Vietnamese rules), so "Sở Nội vụ" shows as "SỞ NỘI VỤ". */
    private static String display(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the official heading needs its " + what);
        }
        String line = value.strip().replaceAll("\\s+", " ");
        return Normalizer.normalize(line, Normalizer.Form.NFC).toUpperCase(VIETNAMESE);
    }
}

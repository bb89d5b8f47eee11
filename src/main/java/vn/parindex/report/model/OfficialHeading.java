package vn.parindex.report.model;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import vn.parindex.installation.ConfigFile;
import vn.parindex.installation.ConfigurationException;

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

    /** The longest authority or issuer line, in characters. */
    static final int MOST_CHARACTERS = 80;
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
        checkLine(authority, AUTHORITY_ENV, AUTHORITY_KEY);
        checkLine(issuer, ISSUER_ENV, ISSUER_KEY);
        return Optional.of(new OfficialHeading(authority, issuer));
    }

    /**
     * A heading line fits the left column of Nghị định 30's heading block in at most two lines (the longest real
     * authority, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", has 36 characters), and holds no control, bidirectional
     * or zero-width character, which would print nothing or reorder the line.
     */
    private static void checkLine(String value, String envName, String key) {
        String line = value.strip();
        if (line.codePointCount(0, line.length()) > MOST_CHARACTERS) {
            throw new ConfigurationException(envName + " / " + key + " is " + line.codePointCount(0, line.length())
                    + " characters long; the heading holds at most " + MOST_CHARACTERS + " (for example UBND TỈNH ...)");
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && !vn.parindex.csv.VisibleText.of(String.valueOf(c)).equals(String.valueOf(c))) {
                throw new ConfigurationException(envName + " / " + key + " holds the invisible character "
                        + String.format(Locale.ROOT, "U+%04X", (int) c) + " at position " + (i + 1) + ": type the name again");
            }
        }
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

package vn.parindex.collection;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.parindex.installation.ConfigFile;
import vn.parindex.installation.ConfigurationException;

/**
 * The collection deadlines of SPEC §16: {@code deadline.<kind>.<year>=YYYY-MM-DD} in parindex.properties, or
 * {@code PARINDEX_DEADLINE_<KIND>_<YEAR>} in the environment (which wins; blank counts as unset). A key of that
 * shape with an unknown kind, a year outside 2000–2100 or a value that is not a real date is a configuration error.
 */
public record Deadlines(Map<String, LocalDate> byKindAndYear) {

    private static final Pattern FILE_KEY = Pattern.compile("deadline\\.([^.]*)\\.(.*)");
    private static final Pattern ENV_KEY = Pattern.compile("PARINDEX_DEADLINE_(.*)_([^_]*)");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    public Deadlines {
        byKindAndYear = Map.copyOf(byKindAndYear);
    }

    public static Deadlines none() {
        return new Deadlines(Map.of());
    }

    public static Deadlines resolve(Path home, Map<String, String> env) {
        Map<String, LocalDate> deadlines = new TreeMap<>();
        Properties file = ConfigFile.read(home);
        for (String key : new java.util.TreeSet<>(file.stringPropertyNames())) {
            Matcher m = FILE_KEY.matcher(key);
            if (m.matches()) {
                put(deadlines, m.group(1), m.group(2), file.getProperty(key), key + " in " + ConfigFile.NAME);
            } else if (key.startsWith("deadline.")) {
                throw malformedKey(key + " in " + ConfigFile.NAME);
            }
        }
        for (String name : new java.util.TreeSet<>(env.keySet())) {
            if (!name.startsWith("PARINDEX_DEADLINE_") || env.get(name) == null || env.get(name).isBlank()) {
                continue;
            }
            Matcher m = ENV_KEY.matcher(name);
            if (!m.matches()) {
                throw malformedKey(name + " in the environment");
            }
            put(deadlines, m.group(1).toLowerCase(Locale.ROOT), m.group(2), env.get(name), name + " in the environment");
        }
        return new Deadlines(deadlines);
    }

    /** The deadline of {@code kind} in {@code year}, when one is set. */
    public Optional<LocalDate> of(DataKind kind, int year) {
        return Optional.ofNullable(byKindAndYear.get(key(kind, year)));
    }

    private static void put(Map<String, LocalDate> deadlines, String kindText, String yearText, String value, String where) {
        DataKind kind = kind(kindText, where);
        if (!yearText.matches("\\d{4}") || Integer.parseInt(yearText) < 2000 || Integer.parseInt(yearText) > 2100) {
            throw new ConfigurationException("deadline " + where + ": the year must be 2000 to 2100, got '" + yearText + "'");
        }
        if (value == null || value.isBlank()) {
            if (where.endsWith(ConfigFile.NAME)) {
                throw new ConfigurationException("deadline " + where + " has no date: write it as YYYY-MM-DD");
            }
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip(), ISO);
        } catch (DateTimeException e) {
            throw new ConfigurationException("deadline " + where + " must be a date YYYY-MM-DD, got '" + value.strip() + "'");
        }
        deadlines.put(key(kind, Integer.parseInt(yearText)), date);
    }

    private static DataKind kind(String text, String where) {
        for (DataKind kind : DataKind.values()) {
            if (kind.code().equals(text)) {
                return kind;
            }
        }
        throw new ConfigurationException("deadline " + where + ": unknown kind '" + text
                + "' (self_assessment, appraisal, survey, dossiers or metrics)");
    }

    private static ConfigurationException malformedKey(String where) {
        return new ConfigurationException("deadline setting " + where + " is not of the form deadline.<kind>.<year>"
                + " (environment: PARINDEX_DEADLINE_<KIND>_<YEAR>), e.g. deadline.self_assessment.2025=2025-12-05");
    }

    private static String key(DataKind kind, int year) {
        return kind.code() + "." + year;
    }
}

package vn.parindex.report;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import vn.parindex.installation.ConfigFile;

/**
 * The place of Nghị định 30/2020's place-and-date line ("Hà Nội, ngày 20 tháng 01 năm 2025") on a published
 * version's first page (SPEC §15): {@code PARINDEX_REPORT_PLACE}, else {@code report.place} in parindex.properties;
 * blank counts as unset (no line).
 */
public final class ReportPlace {

    static final String PLACE_ENV = "PARINDEX_REPORT_PLACE";
    static final String PLACE_KEY = "report.place";

    private ReportPlace() {
    }

    public static Optional<String> resolve(Path home, Map<String, String> env) {
        String value = env.get(PLACE_ENV);
        if (value == null || value.isBlank()) {
            value = ConfigFile.read(home).getProperty(PLACE_KEY);
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Normalizer.normalize(value.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC));
    }
}

package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;

/**
 * A dossier ledger saved by a spreadsheet program under Vietnamese regional settings (day-first dates, hours
 * without a leading zero: SPEC §3) is loaded through the bulk path and ranks exactly like the same ledger in
 * ISO dates.
 */
class VietnameseDatesRunTest {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?: (\\d{2}):(\\d{2}))?");

    @TempDir
    Path root;

    @Test
    void dayFirstDatesAndOneDigitHoursScoreLikeIsoDates() throws Exception {
        String ledger = Files.readString(Installation.EXAMPLES.resolve("dossiers-019.csv"));
        String vietnamese = vietnameseSettings(ledger);
        assertThat(vietnamese).contains("05/01/2024 8:12").contains("12/01/2024,").doesNotContain("2024-01-05");

        Installation iso = prepared(root.resolve("iso"), ledger);
        Installation excel = prepared(root.resolve("excel"), vietnamese);
        Installation.Result a = iso.run("run", "--settle", "0");
        Installation.Result b = excel.run("run", "--settle", "0");

        assertThat(a.exitCode()).as(a.out() + a.err()).isZero();
        assertThat(b.exitCode()).as(b.out() + b.err()).isZero();
        assertThat(b.out()).contains("0 rejected");
        assertThat(excel.sql().queryForObject("SELECT COUNT(*) FROM dossier", Integer.class))
                .isEqualTo(iso.sql().queryForObject("SELECT COUNT(*) FROM dossier", Integer.class)).isPositive();
        assertThat(excel.sql().queryForList("SELECT CONCAT_WS('|', dossier_id, received_at, due_at, resolved_at) FROM dossier "
                + "ORDER BY dossier_id", String.class)).isEqualTo(iso.sql().queryForList(
                        "SELECT CONCAT_WS('|', dossier_id, received_at, due_at, resolved_at) FROM dossier ORDER BY dossier_id", String.class));
        assertThat(excel.read(excel.reports(2024).resolve("ranking-2024.csv"))).isEqualTo(iso.read(iso.reports(2024).resolve("ranking-2024.csv")));
    }

    /** 2024-01-05 08:12 → 05/01/2024 8:12, 2024-01-12 → 12/01/2024, as Excel shows and saves them in Vietnam. */
    private static String vietnameseSettings(String ledger) {
        Matcher m = ISO.matcher(ledger);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String date = m.group(3) + "/" + m.group(2) + "/" + m.group(1);
            String time = m.group(4) == null ? "" : " " + Integer.parseInt(m.group(4)) + ":" + m.group(5);
            m.appendReplacement(out, date + time);
        }
        return m.appendTail(out).toString();
    }

    private static Installation prepared(Path home, String ledger) throws Exception {
        Installation parindex = new Installation(home);
        parindex.dropExamples(Installation.exampleFiles().stream().filter(n -> !n.equals("dossiers-019.csv")).toList());
        Path dropped = parindex.drop("dossiers-019.csv", ledger);
        // the reports show the date of the newest file: the same in both installations
        Files.setLastModifiedTime(dropped, Files.getLastModifiedTime(Installation.EXAMPLES.resolve("dossiers-019.csv")));
        for (Path file : parindex.inboxFiles()) {
            Files.setLastModifiedTime(file, Files.getLastModifiedTime(Installation.EXAMPLES.resolve(file.getFileName().toString())));
        }
        return parindex;
    }
}

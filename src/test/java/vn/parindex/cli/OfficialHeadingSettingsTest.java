package vn.parindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A half-configured official heading (SPEC §13) is a configuration error for every command: exit 2 with one line
 * naming what is missing, before anything is touched (no lock, no database, no folder).
 */
class OfficialHeadingSettingsTest {

    @TempDir
    Path home;

    @Test
    void anAuthorityWithoutAnIssuerExits2BeforeDoingAnything() {
        for (String[] args : new String[][] {{"run", "--settle", "0"}, {"report", "--year", "2024"}}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new Parindex(home, Map.of("PARINDEX_REPORT_AUTHORITY", "UBND THÀNH PHỐ HÀ NỘI"),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);

            assertThat(code).as(args[0]).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("parindex: the official heading of the PDFs has an authority"
                    + " but no issuer (PARINDEX_REPORT_ISSUER, or report.issuer in parindex.properties): set both, or neither");
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(home.resolve("data")).doesNotExist();
        }
    }

    @Test
    void aHeadingLineLongerThanEightyCharactersOrHoldingAnInvisibleCharacterExits2() {
        String eightyOne = "UBND TỈNH " + "A".repeat(71);
        for (Map<String, String> env : java.util.List.of(
                Map.of("PARINDEX_REPORT_AUTHORITY", eightyOne, "PARINDEX_REPORT_ISSUER", "SỞ NỘI VỤ"),
                Map.of("PARINDEX_REPORT_AUTHORITY", "UBND TỈNH X", "PARINDEX_REPORT_ISSUER", "SỞ \u202ENỘI VỤ"),
                Map.of("PARINDEX_REPORT_AUTHORITY", "UBND\u001BTỈNH X", "PARINDEX_REPORT_ISSUER", "SỞ NỘI VỤ"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new Parindex(home, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).execute(new String[] {"report", "--year", "2024"});

            String said = err.toString(StandardCharsets.UTF_8);
            assertThat(code).as(said).isEqualTo(2);
            assertThat(said).containsAnyOf("at most 80", "U+202E", "U+001B").doesNotContain("\u202E").doesNotContain("\u001B");
            assertThat(home.resolve("data")).doesNotExist();
        }
        // eighty characters are taken
        assertThat(new vn.parindex.report.model.OfficialHeading("UBND TỈNH " + "A".repeat(70), "SỞ NỘI VỤ").authority()).hasSize(80);
    }
}

package vn.parindex.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.installation.ConfigurationException;

/** Where the official heading comes from (SPEC §13): the environment over parindex.properties, blank as unset. */
class OfficialHeadingTest {

    @TempDir
    Path home;

    @Test
    void neitherSetMeansNoHeading() throws IOException {
        assertThat(OfficialHeading.resolve(home, Map.of())).isEmpty();
        properties("report.authority=  \nreport.issuer=\n");
        assertThat(OfficialHeading.resolve(home, Map.of("PARINDEX_REPORT_AUTHORITY", " ", "PARINDEX_REPORT_ISSUER", ""))).isEmpty();
    }

    @Test
    void fromTheEnvironment() {
        assertThat(OfficialHeading.resolve(home, Map.of("PARINDEX_REPORT_AUTHORITY", "UBND THÀNH PHỐ HÀ NỘI",
                "PARINDEX_REPORT_ISSUER", "SỞ NỘI VỤ"))).contains(new OfficialHeading("UBND THÀNH PHỐ HÀ NỘI", "SỞ NỘI VỤ"));
    }

    @Test
    void fromTheFileInUtf8() throws IOException {
        properties("report.authority = UBND THÀNH PHỐ HÀ NỘI\nreport.issuer = SỞ NỘI VỤ\n");
        assertThat(OfficialHeading.resolve(home, Map.of())).contains(new OfficialHeading("UBND THÀNH PHỐ HÀ NỘI", "SỞ NỘI VỤ"));
    }

    @Test
    void theEnvironmentWinsSettingBySettingAndBlankFallsBackToTheFile() throws IOException {
        properties("report.authority=UBND TỈNH BẮC NINH\nreport.issuer=SỞ NỘI VỤ\n");
        assertThat(OfficialHeading.resolve(home, Map.of("PARINDEX_REPORT_AUTHORITY", "UBND THÀNH PHỐ HÀ NỘI", "PARINDEX_REPORT_ISSUER", "  ")))
                .contains(new OfficialHeading("UBND THÀNH PHỐ HÀ NỘI", "SỞ NỘI VỤ"));
    }

    @Test
    void oneWithoutTheOtherIsAConfigurationError() throws IOException {
        assertThatThrownBy(() -> OfficialHeading.resolve(home, Map.of("PARINDEX_REPORT_AUTHORITY", "UBND THÀNH PHỐ HÀ NỘI")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("an authority but no issuer (PARINDEX_REPORT_ISSUER, or report.issuer in parindex.properties)")
                .hasMessageContaining("set both, or neither");
        properties("report.issuer=SỞ NỘI VỤ\n");
        assertThatThrownBy(() -> OfficialHeading.resolve(home, Map.of("PARINDEX_REPORT_AUTHORITY", "")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("an issuer but no authority (PARINDEX_REPORT_AUTHORITY, or report.authority in parindex.properties)");
    }

    @Test
    void writtenInUpperCaseOnOneLineComposed() {
        String decomposed = java.text.Normalizer.normalize("Sở  Nội vụ\n", java.text.Normalizer.Form.NFD);
        OfficialHeading heading = new OfficialHeading(" Ủy ban nhân dân\tthành phố Hà Nội ", decomposed);
        assertThat(heading.authority()).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
        assertThat(heading.issuer()).isEqualTo("SỞ NỘI VỤ");
        assertThat(Optional.of(heading)).contains(new OfficialHeading("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "SỞ NỘI VỤ"));
    }

    private void properties(String text) throws IOException {
        Files.writeString(home.resolve("parindex.properties"), text, StandardCharsets.UTF_8);
    }
}

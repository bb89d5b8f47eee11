package vn.parindex.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.installation.ConfigurationException;

/** The deadline settings of SPEC §16: parindex.properties, the environment over it, and what is refused. */
class DeadlinesTest {

    @TempDir
    Path home;

    @Test
    void fromTheFileAndTheEnvironmentWhichWins() throws IOException {
        Files.writeString(home.resolve("parindex.properties"), """
                deadline.self_assessment.2025=2025-12-05
                deadline.appraisal.2025 = 2025-12-10
                deadline.metrics.2026=2026-11-30
                report.authority=UBND TỈNH X
                """);
        Deadlines deadlines = Deadlines.resolve(home, Map.of("PARINDEX_DEADLINE_APPRAISAL_2025", "2025-12-20",
                "PARINDEX_DEADLINE_DOSSIERS_2025", "2026-01-31", "PARINDEX_DEADLINE_SURVEY_2025", " "));
        assertThat(deadlines.of(DataKind.SELF_ASSESSMENT, 2025)).contains(LocalDate.of(2025, 12, 5));
        assertThat(deadlines.of(DataKind.APPRAISAL, 2025)).contains(LocalDate.of(2025, 12, 20));
        assertThat(deadlines.of(DataKind.DOSSIERS, 2025)).contains(LocalDate.of(2026, 1, 31));
        assertThat(deadlines.of(DataKind.METRICS, 2026)).contains(LocalDate.of(2026, 11, 30));
        assertThat(deadlines.of(DataKind.SURVEY, 2025)).as("blank in the environment counts as unset").isEmpty();
        assertThat(deadlines.of(DataKind.METRICS, 2025)).isEmpty();
    }

    @Test
    void malformedSettingsAreConfigurationErrors() throws IOException {
        assertThatThrownBy(() -> Deadlines.resolve(home, Map.of("PARINDEX_DEADLINE_SURVEY_2025", "2025-02-30")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("PARINDEX_DEADLINE_SURVEY_2025")
                .hasMessageContaining("'2025-02-30'");
        assertThatThrownBy(() -> Deadlines.resolve(home, Map.of("PARINDEX_DEADLINE_SURVEY_25", "2025-12-01")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("2000 to 2100");
        assertThatThrownBy(() -> Deadlines.resolve(home, Map.of("PARINDEX_DEADLINE_ADJUSTMENTS_2025", "2025-12-01")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("unknown kind 'adjustments'");
        Files.writeString(home.resolve("parindex.properties"), "deadline.self_assessment=2025-12-05\n");
        assertThatThrownBy(() -> Deadlines.resolve(home, Map.of())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("deadline.self_assessment in parindex.properties").hasMessageContaining("deadline.<kind>.<year>");
        Files.writeString(home.resolve("parindex.properties"), "deadline.survey.2025=5/12/2025\n");
        assertThatThrownBy(() -> Deadlines.resolve(home, Map.of())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("YYYY-MM-DD").hasMessageContaining("'5/12/2025'");
        Files.writeString(home.resolve("parindex.properties"), "deadline.survey.2025=\n");
        assertThatThrownBy(() -> Deadlines.resolve(home, Map.of())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("has no date");
    }
}

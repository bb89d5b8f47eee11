package vn.parindex.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;

/**
 * A final year is closed (SPEC §15): every kind of late file that would change it is rejected whole with YEAR_CLOSED
 * naming the decision, leaving the warehouse, the published files and the later year's reports as they were to the
 * byte; a new name is taken for open years only; reopened, the year takes files again and a new final version says
 * which decision it replaces.
 */
class ClosedYearTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path home;

    private static final String DECISION = "15/QĐ-UBND";

    /** One late file of every kind (and a units file of each kind of change) that would change 2024. */
    static Map<String, String> lateFiles() {
        Map<String, String> late = new LinkedHashMap<>();
        late.put("late-self.csv", "year,unit_code,criterion_code,self_score,evidence,note\n2024,019,1.1,10,,\n");
        late.put("late-appraisal.csv", "year,unit_code,criterion_code,appraised_score,comment\n2024,021,1.1,0,Chấm lại\n");
        late.put("late-mixed-years.csv", "year,unit_code,criterion_code,appraised_score,comment\n2025,021,1.1,1,\n2024,019,1.1,1,\n");
        late.put("late-metrics.csv", "year,unit_code,metric_code,numerator,denominator\n2024,021,plan.completed,1,22\n");
        late.put("late-survey.csv", "year,unit_code,respondent_id,question_code,answer\n2024,021,R9,S1,1\n");
        late.put("late-adjustments.csv", "year,unit_code,points,reason\n2024,019,-5,Phạt chậm nộp\n");
        late.put("late-dossiers.csv", "year,unit_code,dossier_id,procedure_code,received_at,due_at,resolved_at,channel\n"
                + "2024,021,D9,,2024-01-02,2024-01-05,2024-01-04,online\n");
        late.put("late-framework.csv", YearRecordFixture.example("framework-2024.csv").replace("Kế hoạch cải cách hành chính năm", "Kế hoạch CCHC"));
        late.put("late-bands.csv", YearRecordFixture.example("bands-2024.csv").replace(",90", ",85"));
        late.put("late-units-group.csv", "unit_code,unit_name,group_code,unit_type,valid_from,valid_to\n019,Quận Nam Từ Liêm,HUYEN,quận,2014,\n");
        late.put("late-units-ended.csv", "unit_code,unit_name,group_code,unit_type,valid_from,valid_to\n021,Quận Bắc Từ Liêm,QUAN,quận,2014,2023\n");
        late.put("late-units-started.csv", "unit_code,unit_name,group_code,unit_type,valid_from,valid_to\n021,Quận Bắc Từ Liêm,QUAN,quận,2025,\n");
        return late;
    }

    @Test
    void everyLateFileForAFinalYearIsRejectedAndNothingMoves() throws Exception {
        Installation parindex = YearRecordFixture.twoYears(home);
        Installation.Result published = parindex.run("publish", "--year", "2024", "--final", "--decision", DECISION, "--decision-date", "2025-01-20");
        assertThat(published.exitCode()).as(published.out() + published.err()).isZero();
        assertThat(parindex.sql().queryForObject("SELECT stage FROM year_stage WHERE year = 2024", String.class)).isEqualTo("final");

        List<String> warehouse = YearRecordFixture.warehouse(parindex);
        Map<String, String> reports2024 = YearRecordFixture.files(parindex.reports(2024));
        Map<String, String> reports2025 = YearRecordFixture.files(parindex.reports(2025));
        assertThat(reports2024).containsKey("published/1-final/ranking-2024.pdf");

        Map<String, String> late = lateFiles();
        late.forEach(parindex::drop);
        Installation.Result validated = parindex.run("validate");
        assertThat(validated.exitCode()).isEqualTo(4);
        assertThat(validated.out()).contains("YEAR_CLOSED");

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(4);
        assertThat(run.out()).contains("0 accepted, 0 duplicate, " + late.size() + " rejected").contains("years recomputed []");
        for (String name : late.keySet()) {
            Path errors = parindex.home().resolve("input/rejected").resolve(name.replace(".csv", ".errors.csv"));
            assertThat(errors).as(name).exists();
            String report = Files.readString(errors);
            assertThat(report).as(name).contains("YEAR_CLOSED").contains("Năm 2024 đã khoá sổ").contains("Quyết định số " + DECISION + " ngày 20/01/2025");
        }
        assertThat(YearRecordFixture.warehouse(parindex)).isEqualTo(warehouse);
        assertThat(YearRecordFixture.files(parindex.reports(2024))).isEqualTo(reports2024);
        assertThat(YearRecordFixture.files(parindex.reports(2025))).isEqualTo(reports2025);

        // asked for by name, the final year is not recomputed and the later one, recomputed, reads it unchanged
        Installation.Result asked = parindex.run("run", "--settle", "0", "--year", "2024", "--year", "2025");
        assertThat(asked.exitCode()).as(asked.out() + asked.err()).isZero();
        assertThat(asked.out()).contains("years recomputed [2025] (2025 open); 2024 final (closed), not recomputed");
        // this run's own summary: two runs in one second sort by their random suffix, so the newest name may be the other's
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("run (\\S+): ").matcher(asked.out());
        assertThat(id.find()).as(asked.out()).isTrue();
        Path json = parindex.home().resolve("reports/runs").resolve(id.group(1) + ".json");
        assertThat(Files.readString(json)).contains("\"year_stages\": {\"2024\": \"final\", \"2025\": \"open\"}")
                .contains("\"years_closed_not_recomputed\": [2024]");
        assertThat(YearRecordFixture.warehouse(parindex)).isEqualTo(warehouse);
        assertThat(YearRecordFixture.files(parindex.reports(2024))).isEqualTo(reports2024);
        assertThat(YearRecordFixture.files(parindex.reports(2025))).isEqualTo(reports2025);
    }

    @Test
    void aNewNameAppliesToOpenYearsOnlyAndAReopenedYearTakesFilesAgain() throws Exception {
        Installation parindex = YearRecordFixture.twoYears(home);
        assertThat(parindex.run("publish", "--year", "2024", "--final", "--decision", DECISION, "--decision-date", "2025-01-20").exitCode()).isZero();
        Map<String, String> published = YearRecordFixture.files(parindex.reports(2024).resolve("published"));

        parindex.drop("rename.csv", "unit_code,unit_name,group_code,unit_type,valid_from,valid_to\n019,Quận Nam Từ Liêm mới,QUAN,quận,2014,\n");
        Installation.Result renamed = parindex.run("run", "--settle", "0");
        assertThat(renamed.exitCode()).as(renamed.out() + renamed.err()).isZero();
        assertThat(renamed.out()).contains("1 accepted").contains("years recomputed [2025]").contains("2024 final (closed), not recomputed");
        assertThat(parindex.sql().queryForObject("SELECT unit_name FROM result_unit WHERE year = 2024 AND unit_code = '019'", String.class))
                .isEqualTo("Quận Nam Từ Liêm");
        assertThat(parindex.sql().queryForObject("SELECT unit_name FROM result_unit WHERE year = 2025 AND unit_code = '019'", String.class))
                .isEqualTo("Quận Nam Từ Liêm mới");
        assertThat(parindex.read(parindex.reports(2024).resolve("ranking-2024.csv"))).doesNotContain("Liêm mới");

        Installation.Result reopened = parindex.run("reopen", "--year", "2024", "--reason", "Hội đồng thẩm định chấm lại tiêu chí 1.1");
        assertThat(reopened.exitCode()).as(reopened.err()).isZero();
        assertThat(parindex.sql().queryForObject("SELECT stage FROM year_stage WHERE year = 2024", String.class)).isEqualTo("open");
        assertThat(parindex.sql().queryForObject("SELECT CONCAT_WS('|', reopened_by, reason) FROM year_reopening", String.class))
                .isEqualTo(System.getProperty("user.name") + "|Hội đồng thẩm định chấm lại tiêu chí 1.1");

        parindex.drop("late-appraisal.csv", "year,unit_code,criterion_code,appraised_score,comment\n2024,021,1.1,15,Chấm lại\n");
        Installation.Result accepted = parindex.run("run", "--settle", "0");
        assertThat(accepted.exitCode()).as(accepted.out() + accepted.err()).isZero();
        assertThat(accepted.out()).contains("1 accepted").contains("years recomputed [2024, 2025]");
        assertThat(parindex.sql().queryForObject("SELECT index_value FROM result_unit WHERE year = 2024 AND unit_code = '021'", String.class))
                .isEqualTo("36.73");
        assertThat(parindex.sql().queryForObject("SELECT unit_name FROM result_unit WHERE year = 2024 AND unit_code = '019'", String.class))
                .as("an open year takes the new name").isEqualTo("Quận Nam Từ Liêm mới");
        assertThat(YearRecordFixture.files(parindex.reports(2024).resolve("published"))).as("published files stay").isEqualTo(published);

        Installation.Result again = parindex.run("publish", "--year", "2024", "--final", "--decision", "27/QĐ-UBND", "--decision-date", "2025-03-02");
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("version 2 (final, Quyết định số 27/QĐ-UBND ngày 02/03/2025, replacing Quyết định số 15/QĐ-UBND ngày 20/01/2025)");
        assertThat(PdfText.of(parindex.reports(2024).resolve("published/2-final/ranking-2024.pdf")).get(0))
                .contains("Kèm theo Quyết định số 27/QĐ-UBND ngày 02/03/2025 của " + YearRecordFixture.AUTHORITY
                        + "; thay thế Quyết định số 15/QĐ-UBND ngày 20/01/2025");
        Installation.Result list = parindex.run("publications", "--year", "2024");
        assertThat(list.exitCode()).as(list.out() + list.err()).isZero();
        assertThat(list.out()).contains("2024 version 1 final").contains("2024 version 2 final").contains("replacing Quyết định số 15/QĐ-UBND")
                .contains("2024 reopened").contains("Hội đồng thẩm định chấm lại tiêu chí 1.1");
    }
}

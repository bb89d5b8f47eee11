package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.parindex.cli.SharedWarehouse;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;

/** How a rejection is reported (SPEC §2, §3): all errors, capped, with hints; other files still load. */
class RejectionTest extends SharedWarehouse {

    private static final String APPRAISAL = "year,unit_code,criterion_code,appraised_score,comment\n";


    private Installation parindex;

    @BeforeEach
    void referencesLoaded() {
        parindex = installation();
        parindex.dropExamples(List.of("units.csv", "framework-2024.csv", "bands-2024.csv"));
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
    }

    @Test
    void validFileInTheSameRunStillLoads() {
        parindex.drop("appraisal-bad.csv", APPRAISAL + "2024,019,1.1,99,ok\n");
        parindex.dropExamples(List.of("appraisal-2024.csv"));

        Result result = parindex.run("run", "--settle", "0");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(Warehouse.statusOf(parindex, "appraisal-bad.csv")).containsExactly("rejected");
        assertThat(Warehouse.statusOf(parindex, "appraisal-2024.csv")).containsExactly("accepted");
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM appraised_score", Integer.class)).isEqualTo(2);
        assertThat(parindex.inboxFiles()).isEmpty();
    }

    @Test
    void duplicateKeyListsEveryRepeatWithTheLineOfTheFirst() {
        parindex.drop("dup.csv", APPRAISAL + "2024,019,1.1,14,a\n2024,019,1.1,13,b\n2024,021,1.1,13,c\n\n2024,019,1.1,12,d\n");

        assertThat(parindex.run("run", "--settle", "0").exitCode()).isEqualTo(4);

        List<ErrorReport.Row> rows = report("dup.csv").withCode("DUPLICATE_KEY");
        assertThat(rows).extracting(ErrorReport.Row::line).containsExactly(3L, 6L);
        assertThat(rows).allSatisfy(row -> assertThat(row.message()).contains("dòng 2").contains("019").contains("1.1"));
    }

    @Test
    void repeatedDossiersAndSurveyAnswersAreFoundInTheBulkLoadToo() {
        String ledger = "year,unit_code,dossier_id,received_at,due_at,channel\n";
        parindex.drop("dossiers-dup.csv", ledger + "2024,019,A-1,2024-01-02,2024-01-09,online\n2024,019,A-2,2024-01-02,2024-01-09,online\n"
                + "2024,019,A-1,2024-01-03,2024-01-09,offline\n2024,021,A-1,2024-01-03,2024-01-09,offline\n2024,019,A-1,2024-01-04,2024-01-09,online\n");
        parindex.drop("survey-dup.csv", "year,unit_code,respondent_id,question_code,answer\n2024,019,R1,S1,5\n2024,019,R1,S2,4\n2024,019,R1,S1,3\n");

        assertThat(parindex.run("run", "--settle", "0").exitCode()).isEqualTo(4);

        List<ErrorReport.Row> dossiers = report("dossiers-dup.csv").withCode("DUPLICATE_KEY");
        assertThat(dossiers).extracting(ErrorReport.Row::line).containsExactly(4L, 6L);
        assertThat(dossiers).allSatisfy(row -> assertThat(row.message()).contains("dòng 2").contains("A-1"));
        assertThat(report("survey-dup.csv").withCode("DUPLICATE_KEY")).extracting(ErrorReport.Row::line).containsExactly(4L);
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM dossier", Integer.class)).isZero();
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM survey_answer", Integer.class)).isZero();
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM submission WHERE kind IN ('dossiers', 'survey')",
                Integer.class)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"load-data", "batched"})
    void repeatedDossiersAreListedBesideTheFilesOtherErrors(String loadPath) {
        parindex.with("PARINDEX_LOAD_PATH", loadPath);
        parindex.drop("dossiers-bad.csv", "year,unit_code,dossier_id,received_at,due_at,channel\n"
                + "2024,019,D1,2024-01-02,2024-01-09,online\n2024,019,D1,2024-01-03,2024-01-09,online\n"
                + "2024,019,D2,2024-01-05,2024-01-01,online\n2024,019,D3,2024-01-05,2024-01-09,online\n"
                + "2024,019,D3,2024-01-06,2024-01-09,offline\n");

        assertThat(parindex.run("run", "--settle", "0").exitCode()).isEqualTo(4);

        List<ErrorReport.Row> rows = report("dossiers-bad.csv").rows();
        assertThat(rows).extracting(ErrorReport.Row::line, ErrorReport.Row::code)
                .containsExactlyInAnyOrder(tuple(4L, "DATE"), tuple(3L, "DUPLICATE_KEY"), tuple(6L, "DUPLICATE_KEY"));
        assertThat(rows).filteredOn(row -> row.line() == 6).allSatisfy(row -> assertThat(row.message()).contains("D3").contains("dòng 5"));
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM dossier", Integer.class)).isZero();
        assertThat(parindex.sql().queryForObject("SELECT error_count FROM source_file WHERE original_name = 'dossiers-bad.csv'",
                Integer.class)).isEqualTo(3);
    }

    @Test
    void everyBadRowIsListedUpToOneThousandThenACount() {
        StringBuilder file = new StringBuilder(APPRAISAL);
        for (int i = 0; i < 1234; i++) {
            file.append("2024,019,1.1,x").append(i).append(",\n");
        }
        parindex.drop("many.csv", file.toString());

        assertThat(parindex.run("run", "--settle", "0").exitCode()).isEqualTo(4);

        List<ErrorReport.Row> rows = report("many.csv").rows();
        assertThat(rows).hasSize(1001);
        assertThat(rows.subList(0, 1000)).allSatisfy(row -> assertThat(row.code()).isEqualTo("NUMBER"));
        assertThat(rows.get(999).line()).isEqualTo(1001);
        assertThat(rows.get(1000).message()).contains("234");
        assertThat(parindex.sql().queryForObject("SELECT error_count FROM source_file WHERE original_name = 'many.csv'",
                Integer.class)).isEqualTo(1234);
    }

    @Test
    void unknownUnitSuggestsTheClosestCode() {
        parindex.drop("typo.csv", APPRAISAL + "2024,091,1.1,14,ok\n2024,0021,1.1,13,ok\n");

        assertThat(parindex.run("run", "--settle", "0").exitCode()).isEqualTo(4);

        List<ErrorReport.Row> rows = report("typo.csv").withCode("UNKNOWN_UNIT");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).message()).contains("'091'").contains("'019'").contains("Quận Nam Từ Liêm");
        assertThat(rows.get(1).message()).contains("'0021'").contains("'021'").contains("Quận Bắc Từ Liêm");
    }

    private ErrorReport report(String name) {
        return ErrorReport.read(FileMover.errorReportOf(home.resolve("input/rejected").resolve(name)));
    }
}

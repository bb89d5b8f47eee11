package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.parindex.cli.SharedWarehouse;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;

/** The nightly run end to end, on the real (embedded) database, through the command line. */
class NightlyRunTest extends SharedWarehouse {

    private static final String BOM = "\uFEFF";


    @Test
    void workedExampleComesOutExactlyAsItsReadmeSays() throws IOException {
        Installation parindex = installation();
        parindex.dropExamples(Installation.exampleFiles());

        Result result = parindex.run("run", "--settle", "0");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(parindex.read(parindex.reports(2024).resolve("ranking-2024.csv"))).isEqualTo(BOM + String.join("\r\n",
                "year,group,unit_code,unit_name,status,rank,index,band,delta_rank,delta_index,delta_basis,domain_1,domain_2,domain_3",
                "2024,QUAN,019,Quận Nam Từ Liêm,final,1,66.61,Trung bình,,,,94.65,28.57,75.00",
                "2024,QUAN,021,Quận Bắc Từ Liêm,final,2,35.23,Yếu,,,,90.58,0.00,0.00",
                "2024,QUAN,005,Quận Cầu Giấy,not_submitted,,,,,,,,,") + "\r\n");
        assertThat(parindex.inboxFiles()).isEmpty();
        assertThat(Installation.filesUnder(home.resolve("input/archive"))).hasSize(Installation.exampleFiles().size());
        assertThat(Installation.filesUnder(home.resolve("input/rejected"))).isEmpty();
    }

    /**
     * A run's job-scoped beans are its own whatever id Spring Batch gives its job execution: here 123, the id
     * spring-batch-test makes up for the job context it registers around a test method, which such a run took for
     * its own (SharedWarehouse's comment).
     */
    @Test
    void aRunLoadsItsFilesWhateverIdItsJobExecutionGets() {
        Installation parindex = installation();
        parindex.dropExamples(Installation.exampleFiles());
        // the job repository's tables are emptied before each test, so the id is free
        parindex.sql().update("UPDATE BATCH_JOB_EXECUTION_SEQ SET ID = 122");

        Result result = parindex.run("run", "--settle", "0");

        assertThat(parindex.sql().queryForList("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION", Long.class)).containsExactly(123L);
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains(Installation.exampleFiles().size() + " accepted");
        assertThat(parindex.inboxFiles()).isEmpty();
        assertThat(parindex.read(parindex.reports(2024).resolve("ranking-2024.csv")))
                .contains("2024,QUAN,019,Quận Nam Từ Liêm,final,1,66.61,Trung bình,,,,94.65,28.57,75.00");
    }

    @Test
    void scoresCsvCarriesEveryLeafWithItsLineage() {
        Installation parindex = installation();
        parindex.dropExamples(Installation.exampleFiles());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();

        List<String> lines = parindex.read(parindex.reports(2024).resolve("scores-2024.csv")).lines().toList();

        assertThat(lines.get(0)).isEqualTo(BOM + "year,group,unit_code,criterion_code,method,max_points,self_score,"
                + "appraised_score,points,flag,source_file,source_sha256,source_line");
        assertThat(lines).hasSize(1 + 2 * 5);
        assertThat(lines.get(1)).startsWith("2024,QUAN,019,1.1,appraised,15,14.5,14,14.00,,appraisal-2024.csv,").endsWith(",2");
        assertThat(lines.get(2)).startsWith("2024,QUAN,019,1.2,ratio,25,,,23.86,,metrics-2024.csv,").endsWith(",");
        assertThat(lines.get(3)).startsWith("2024,QUAN,019,2.1,ratio,20,,,0.00,,dossiers-019.csv,");
        assertThat(lines.get(4)).startsWith("2024,QUAN,019,2.2,ratio,15,,,10.00,,dossiers-019.csv,");
        assertThat(lines.get(5)).startsWith("2024,QUAN,019,3.1,survey,25,,,18.75,,survey-019.csv,");
        assertThat(lines.get(8)).isEqualTo("2024,QUAN,021,2.1,ratio,20,,,0.00,missing,,,");
    }

    @Test
    void rankingPdfHoldsVietnameseNamesAsText() throws IOException {
        Installation parindex = installation();
        parindex.dropExamples(Installation.exampleFiles());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();

        try (PDDocument pdf = Loader.loadPDF(parindex.reports(2024).resolve("ranking-2024.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Quận Nam Từ Liêm", "Quận Bắc Từ Liêm", "Quận Cầu Giấy", "66,61", "35,23", "Trung bình");
            assertThat(text).doesNotContain("TẠM TÍNH");
        }
    }

    @Test
    void rejectedFileChangesNothingAndGetsAnErrorReport() {
        Installation parindex = installation();
        parindex.dropExamples(Installation.exampleFiles());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        Map<String, Object> before = warehouseCounts(parindex);
        String rankingBefore = parindex.read(parindex.reports(2024).resolve("ranking-2024.csv"));

        parindex.drop("appraisal-fix.csv", """
                year,unit_code,criterion_code,appraised_score,comment
                2024,019,1.1,15,Đã bổ sung báo cáo
                2024,021,1.1,16,quá điểm tối đa
                """);
        Result result = parindex.run("run", "--settle", "0");

        assertThat(result.exitCode()).isEqualTo(4);
        Map<String, Object> after = warehouseCounts(parindex);
        assertThat(after.get("appraised")).isEqualTo(before.get("appraised"));
        assertThat(after.get("current")).isEqualTo(before.get("current"));
        assertThat(parindex.read(parindex.reports(2024).resolve("ranking-2024.csv"))).isEqualTo(rankingBefore);
        assertThat(parindex.inboxFiles()).isEmpty();
        Path report = home.resolve("input/rejected/appraisal-fix.errors.csv");
        assertThat(home.resolve("input/rejected/appraisal-fix.csv")).exists();
        assertThat(parindex.read(report)).startsWith(BOM + "line,column,code,message\r\n")
                .contains("3,appraised_score,OUT_OF_RANGE,").contains("16");
    }

    @Test
    void resubmissionSupersedesTheEarlierFile() {
        Installation parindex = installation();
        parindex.dropExamples(Installation.exampleFiles());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();

        parindex.drop("appraisal-2024-v2.csv", """
                year,unit_code,criterion_code,appraised_score,comment
                2024,019,1.1,15,Đã bổ sung báo cáo quý IV
                """);
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();

        String ranking = parindex.read(parindex.reports(2024).resolve("ranking-2024.csv"));
        // 019: 15.00 + 23.86 + 10.00 + 18.75 = 67.61; 021 keeps its own appraisal from the first file.
        assertThat(ranking).contains("2024,QUAN,019,Quận Nam Từ Liêm,final,1,67.61,Trung bình,,,,97.15,28.57,75.00")
                .contains("2024,QUAN,021,Quận Bắc Từ Liêm,final,2,35.23,Yếu,,,,90.58,0.00,0.00");
        assertThat(parindex.sql().queryForObject(
                "SELECT COUNT(*) FROM submission WHERE kind = 'appraisal' AND unit_code = '019' AND year = 2024", Integer.class)).isEqualTo(2);
        assertThat(parindex.sql().queryForObject(
                "SELECT COUNT(*) FROM submission WHERE kind = 'appraisal' AND unit_code = '019' AND is_current", Integer.class)).isEqualTo(1);
    }

    @Test
    void exactDuplicateIsArchivedAndChangesNothing() {
        Installation parindex = installation();
        parindex.dropExamples(Installation.exampleFiles());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        Map<String, Object> before = warehouseCounts(parindex);

        parindex.dropExamples(List.of("appraisal-2024.csv"));
        Result again = parindex.run("run", "--settle", "0");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("1 duplicate");
        assertThat(warehouseCounts(parindex)).isEqualTo(before);
        assertThat(parindex.inboxFiles()).isEmpty();
        assertThat(Installation.filesUnder(home.resolve("input/archive")).stream().map(p -> p.getFileName().toString()))
                .contains("appraisal-2024.csv", "appraisal-2024 (2).csv");
    }

    @Test
    void unsettledFileWaitsInTheInbox() throws IOException {
        Installation parindex = installation();
        Path fresh = parindex.drop("units.csv", Files.readString(Installation.EXAMPLES.resolve("units.csv")));
        Files.setLastModifiedTime(fresh, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));

        Result result = parindex.run("run");

        assertThat(result.exitCode()).isZero();
        assertThat(parindex.inboxFiles()).containsExactly(fresh);
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM unit", Integer.class)).isZero();
        File[] summaries = home.resolve("reports/runs").toFile().listFiles();
        assertThat(summaries).hasSize(1);
        assertThat(parindex.read(summaries[0].toPath())).contains("\"status\": \"skipped-unsettled\"").contains("\"exit_code\": 0");
    }

    private static Map<String, Object> warehouseCounts(Installation parindex) {
        return parindex.sql().queryForMap("SELECT (SELECT COUNT(*) FROM appraised_score) AS appraised, "
                + "(SELECT COUNT(*) FROM submission WHERE is_current) AS current, (SELECT COUNT(*) FROM submission) AS submissions, "
                + "(SELECT COUNT(*) FROM unit) AS units, (SELECT COUNT(*) FROM criterion) AS criteria");
    }
}

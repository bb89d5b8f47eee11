package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;
import vn.parindex.support.Workbooks;

/**
 * The worked example typed into workbooks (SPEC §11): every file as {@code .xlsx}, codes in Text-formatted cells,
 * numbers and dates in their own cell types, dropped into the inbox and run on the real database. It ranks exactly
 * as its README says and scores exactly like the CSV files.
 */
class WorkbookRunTest {

    private static final String BOM = "\uFEFF";

    @TempDir
    Path root;

    @Test
    void workedExampleAsWorkbooksRanksAsItsReadmeSaysAndScoresLikeItsCsvFiles() throws IOException {
        Installation csv = new Installation(root.resolve("csv"));
        csv.dropExamples(Installation.exampleFiles());
        Installation xlsx = new Installation(root.resolve("xlsx"));
        for (String name : Installation.exampleFiles()) {
            xlsx.drop(name.replace(".csv", ".xlsx"), Workbooks.fromCsv(Installation.EXAMPLES.resolve(name)));
        }
        sameModificationTimes(csv, xlsx);

        Installation.Result a = csv.run("run", "--settle", "0");
        Installation.Result b = xlsx.run("run", "--settle", "0");

        assertThat(a.exitCode()).as(a.out() + a.err()).isZero();
        assertThat(b.exitCode()).as(b.out() + b.err()).isZero();
        assertThat(b.out()).contains(Installation.exampleFiles().size() + " accepted").contains("0 rejected");
        assertThat(xlsx.read(xlsx.reports(2024).resolve("ranking-2024.csv"))).isEqualTo(BOM + String.join("\r\n",
                "year,group,unit_code,unit_name,status,rank,index,band,delta_rank,delta_index,delta_basis,domain_1,domain_2,domain_3",
                "2024,QUAN,019,Quận Nam Từ Liêm,final,1,66.61,Trung bình,,,,94.65,28.57,75.00",
                "2024,QUAN,021,Quận Bắc Từ Liêm,final,2,35.23,Yếu,,,,90.58,0.00,0.00",
                "2024,QUAN,005,Quận Cầu Giấy,not_submitted,,,,,,,,,") + "\r\n");
        assertThat(withoutLineage(xlsx.read(xlsx.reports(2024).resolve("scores-2024.csv"))))
                .isEqualTo(withoutLineage(csv.read(csv.reports(2024).resolve("scores-2024.csv")).replace(".csv,", ".xlsx,")));
        assertThat(xlsx.read(xlsx.reports(2024).resolve("scores-2024.csv"))).contains(",appraisal-2024.xlsx,");
        for (String table : List.of("unit", "criterion", "self_score", "appraised_score", "metric", "survey_answer", "adjustment", "dossier")) {
            assertThat(rows(xlsx, table)).as(table).isEqualTo(rows(csv, table)).isNotEmpty();
        }
        assertThat(Installation.filesUnder(root.resolve("xlsx/input/archive")))
                .extracting(p -> p.getFileName().toString()).allMatch(n -> n.endsWith(".xlsx")).hasSize(Installation.exampleFiles().size());
        assertThat(xlsx.inboxFiles()).isEmpty();
    }

    /** The scores' lineage columns name each source file's SHA-256, which differs between a CSV file and a workbook. */
    private static String withoutLineage(String scores) {
        return scores.replaceAll(",[0-9a-f]{64},", ",,");
    }

    private static List<String> rows(Installation parindex, String table) {
        List<String> columns = parindex.sql().queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = ? AND column_name NOT IN ('id', 'submission_id', 'source_file_id') "
                + "ORDER BY ordinal_position", String.class, table);
        assertThat(columns).as(table).isNotEmpty();
        String list = String.join(", ", columns);
        return parindex.sql().queryForList("SELECT CONCAT_WS('|', " + list + ") FROM " + table + " ORDER BY " + list, String.class);
    }

    private static void sameModificationTimes(Installation csv, Installation xlsx) throws IOException {
        for (Path file : csv.inboxFiles()) {
            Path twin = xlsx.inbox().resolve(file.getFileName().toString().replace(".csv", ".xlsx"));
            Files.setLastModifiedTime(twin, Files.getLastModifiedTime(file));
        }
    }
}

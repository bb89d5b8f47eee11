package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Workbooks;
import vn.parindex.workbook.XlsxFileReader;
import vn.parindex.installation.Folders;
import vn.parindex.installation.Terminal;

/** The plan the intake makes from one read of each staged file: kinds, order and the groups that may load apart. */
class StagedPlanTest {

    @TempDir
    Path home;

    @AfterEach
    void forgetKeptStrings() {
        XlsxFileReader.forgetAllStrings();
    }

    @Test
    void workbooksAreGroupedByTheirUnitsLikeCsvFiles() throws IOException {
        Folders folders = new Folders(home);
        Files.createDirectories(folders.inbox());
        inbox(folders, "a-019.xlsx", xlsx("019", "021"), 1);
        inbox(folders, "b-005.xlsx", xlsx("005"), 2);
        inbox(folders, "c-021.csv", csv("021").getBytes(), 3);
        inbox(folders, "d-lone.xlsx", Workbooks.xlsx(List.<List<Object>>of(List.of("year", "unit_code", "dossier_id", "received_at",
                "due_at", "channel"), List.of(2024, "019", "D1", "2024-01-02", "2024-01-09", "online"))), 4);
        inbox(folders, "units.csv", "unit_code,unit_name,group_code\n019,A,QUAN\n".getBytes(), 5);
        InboxScan scan = InboxScanner.scan(folders.inbox(), Duration.ZERO, Instant.now().plusSeconds(60));

        FileIntake.Plan plan = new FileIntake(null, null, null, null, Clock.systemUTC(), new Terminal(System.out), "auto", null, 2)
                .stage(scan.ready(), "run-1", folders);

        assertThat(plan.files()).extracting(InboxFile::name)
                .containsExactly("units.csv", "a-019.xlsx", "b-005.xlsx", "c-021.csv", "d-lone.xlsx");
        assertThat(plan.files()).extracting(f -> f.kind().name()).containsExactly("UNITS", "METRICS", "METRICS", "METRICS", "DOSSIERS");
        assertThat(plan.groups()).containsExactly(null, 1, 2, 1, 4);
        assertThat(plan.files()).extracting(InboxFile::path).allMatch(p -> p.startsWith(folders.data().resolve("staging")));
    }

    /**
     * From the bytes of CSV files: files linked through a third share a group; a file whose units one read cannot be
     * sure of (a quoted unit code running over a line) puts its whole kind in one group, loaded in order.
     */
    @Test
    void csvFilesLinkedThroughAThirdShareAGroupAndAFileNotReadSurelyKeepsItsKindInOrder() throws IOException {
        Folders folders = new Folders(home);
        Files.createDirectories(folders.inbox());
        inbox(folders, "a.csv", csv("019", "021").getBytes(), 1);
        inbox(folders, "b.csv", csv("005").getBytes(), 2);
        inbox(folders, "c.csv", csv("021", "007").getBytes(), 3);
        inbox(folders, "d.csv", csv("007", "009").getBytes(), 4);
        inbox(folders, "s.csv", "year,unit_code,criterion_code,self_score\n2024,019,1.1,1\n".getBytes(), 5);
        inbox(folders, "t.csv", "year,unit_code,criterion_code,self_score\n2024,\"0\n19\",1.1,1\n".getBytes(), 6);
        inbox(folders, "u.csv", "year,unit_code,criterion_code,self_score\n2024,021,1.1,1\n".getBytes(), 7);

        FileIntake.Plan plan = stage(folders);

        assertThat(plan.files()).extracting(InboxFile::name).containsExactly("s.csv", "t.csv", "u.csv", "a.csv", "b.csv", "c.csv", "d.csv");
        assertThat(plan.groups()).containsExactly(0, 0, 0, 3, 4, 3, 3);
    }

    private static FileIntake.Plan stage(Folders folders) {
        InboxScan scan = InboxScanner.scan(folders.inbox(), Duration.ZERO, Instant.now().plusSeconds(60));
        return new FileIntake(null, null, null, null, Clock.systemUTC(), new Terminal(System.out), "auto", null, 2)
                .stage(scan.ready(), "run-1", folders);
    }

    private static byte[] xlsx(String... units) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("year", "unit_code", "metric_code", "numerator", "denominator"));
        for (String unit : units) {
            rows.add(List.of(2024, unit, "M1", 1, 2));
        }
        return Workbooks.xlsx(rows);
    }

    private static String csv(String... units) {
        StringBuilder csv = new StringBuilder("year,unit_code,metric_code,numerator,denominator\n");
        for (String unit : units) {
            csv.append("2024,").append(unit).append(",M1,1,2\n");
        }
        return csv.toString();
    }

    private static void inbox(Folders folders, String name, byte[] content, int minute) throws IOException {
        Path file = Files.write(folders.inbox().resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-05-01T08:00:00Z").plusSeconds(60L * minute)));
    }
}

package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;

/**
 * Issue 21, SPEC §3: a link planted at an output's temporary or final name is never followed. The job often runs as
 * root: a link in reports/ or input/rejected/ must not let anyone aim its writes at another file.
 */
class PlantedLinkTest {

    @TempDir
    Path home;

    @TempDir
    Path outside;

    @Test
    void reportsAndRunSummariesReplaceAPlantedLinkAndLeaveItsTargetAlone() throws Exception {
        Installation parindex = new Installation(home);
        parindex.dropExamples(Installation.exampleFiles());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        Path reports = parindex.reports(2024);
        Path victim = Files.writeString(outside.resolve("victim.txt"), "untouched");
        Path dangling = outside.resolve("would-be-created.txt");
        Files.createSymbolicLink(reports.resolve(".ranking-2024.csv.tmp"), victim);
        Files.delete(reports.resolve("scores-2024.csv"));
        Files.createSymbolicLink(reports.resolve("scores-2024.csv"), victim);
        Files.createSymbolicLink(reports.resolve(".ranking-2024.pdf.tmp"), dangling);

        Installation.Result report = parindex.run("report", "--year", "2024");

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(Files.readString(victim)).isEqualTo("untouched");
        assertThat(dangling).doesNotExist();
        for (String name : List.of("ranking-2024.csv", "scores-2024.csv", "ranking-2024.pdf")) {
            assertThat(Files.isRegularFile(reports.resolve(name), LinkOption.NOFOLLOW_LINKS)).as(name).isTrue();
        }
        assertThat(parindex.read(reports.resolve("scores-2024.csv"))).startsWith("\uFEFFyear,group,unit_code");
        try (var left = Files.list(reports)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anErrorReportReplacesALinkPlantedAtItsTemporaryName() throws Exception {
        Installation parindex = new Installation(home);
        Path rejected = Files.createDirectories(home.resolve("input/rejected"));
        Path victim = Files.writeString(outside.resolve("victim.txt"), "untouched");
        Files.createSymbolicLink(rejected.resolve(".bad.errors.csv.tmp"), victim);
        parindex.drop("bad.csv", "year,unit_code,points,reason\n2024,019,abc,x\n");

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(Files.readString(victim)).isEqualTo("untouched");
        Path report = rejected.resolve("bad.errors.csv");
        assertThat(Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(parindex.read(report)).contains("line,column,code,message");
        assertThat(rejected.resolve(".bad.errors.csv.tmp")).doesNotExist();
    }
}

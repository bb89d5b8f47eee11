package vn.parindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;
import vn.parindex.installation.InstallationLock;

/** Exit codes of SPEC §9 through the real command line. */
class CommandLineTest {

    @TempDir
    Path home;

    @Test
    void badArgumentsExitTwoWithUsage() {
        Installation parindex = new Installation(home);
        for (String[] args : List.of(new String[] {}, new String[] {"frobnicate"}, new String[] {"run", "--year", "99"},
                new String[] {"run", "--settle", "soon"}, new String[] {"report"}, new String[] {"run", "--unknown"})) {
            Result result = parindex.run(args);
            assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.err()).contains("usage: parindex run");
        }
    }

    /** SPEC §9: {@code --help} prints the usage and the exit codes, touches nothing and exits 0, even without a warehouse. */
    @Test
    void helpPrintsTheUsageAndExitsZero() {
        Installation parindex = new Installation(home);
        for (String flag : List.of("--help", "-h")) {
            Result result = parindex.run(flag);
            assertThat(result.exitCode()).as(flag).isZero();
            assertThat(result.out()).contains("usage: parindex run", "parindex template --year Y", "exit codes: 0 done", "3 another run");
            assertThat(result.err()).isEmpty();
        }
        assertThat(home.resolve("data")).doesNotExist();
        assertThat(parindex.run("run", "--help").exitCode()).as("--help is a command, not an option").isEqualTo(2);
    }

    @Test
    void secondRunInTheSameInstallationExitsThree() throws Exception {
        Installation parindex = new Installation(home);
        Optional<InstallationLock> held = InstallationLock.tryAcquire(home.resolve("data"));
        assertThat(held).isPresent();
        try (InstallationLock lock = held.get()) {
            Result result = parindex.run("run", "--settle", "0");
            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.err()).contains("another run is in progress");
        }
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
    }

    @Test
    void unreachableDatabaseExitsOneWithOneLineAndLeavesTheInboxAlone() {
        Installation parindex = new Installation(home);
        Path file = parindex.drop("units.csv", "unit_code,unit_name,group_code\n019,Quận Nam Từ Liêm,QUAN\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("PARINDEX_DB_URL", "jdbc:mysql://127.0.0.1:1/parindex", "PARINDEX_DB_USER", "root");

        int code = new Parindex(home, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(new String[] {"run", "--settle", "0"});

        assertThat(code).isEqualTo(1);
        String terminal = err.toString(StandardCharsets.UTF_8);
        assertThat(terminal.lines().count()).as(terminal).isEqualTo(1);
        assertThat(terminal).contains("cannot reach the database").doesNotContain("Exception", "\tat ");
        assertThat(parindex.inboxFiles()).containsExactly(file);
    }

    @Test
    void urlThatIsNotMysqlIsAConfigurationError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Parindex(home, Map.of("PARINDEX_DB_URL", "jdbc:postgresql://localhost/x"), System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(new String[] {"run"});
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("jdbc:mysql://");
    }

    @Test
    void validateReportsErrorsAndLoadsNothing() {
        Installation parindex = new Installation(home);
        parindex.dropExamples(Installation.exampleFiles());
        Path bad = parindex.drop("appraisal-bad.csv", """
                year,unit_code,criterion_code,appraised_score
                2024,091,1.1,10
                """);

        Result result = parindex.run("validate");

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.out()).contains("appraisal-bad.csv: 1 error(s)")
                .contains("2,unit_code,UNKNOWN_UNIT,").contains("'091'").contains("'019'")
                .contains("units.csv: ok");
        assertThat(parindex.inboxFiles()).hasSize(Installation.exampleFiles().size() + 1).contains(bad);
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM source_file", Integer.class)).isZero();
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM unit", Integer.class)).isZero();
    }

    @Test
    void validatePrintsProperCsvAndCallsAFileAlreadyAcceptedADuplicate() throws Exception {
        Installation parindex = new Installation(home);
        parindex.dropExamples(List.of("units.csv", "framework-2024.csv", "bands-2024.csv"));
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        Path again = parindex.drop("units-again.csv", java.nio.file.Files.readAllBytes(Installation.EXAMPLES.resolve("units.csv")));
        parindex.drop("repeated.csv", """
                year,unit_code,criterion_code,appraised_score
                2024,019,1.1,10
                2024,019,1.1,12
                """);

        Result result = parindex.run("validate");

        assertThat(result.out()).contains("units-again.csv: duplicate").doesNotContain("units-again.csv: ok");
        String errorLine = result.out().lines().filter(l -> l.contains("DUPLICATE_KEY")).findFirst().orElseThrow();
        var fields = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(errorLine)).getRecords().get(0);
        assertThat(fields.size()).as(errorLine).isEqualTo(4);
        assertThat(fields.get(0)).isEqualTo("3");
        assertThat(fields.get(1)).isEqualTo("year, unit_code, criterion_code");
        assertThat(fields.get(2)).isEqualTo("DUPLICATE_KEY");
        assertThat(again).exists();
    }

    @Test
    void reportReRendersIdenticalFilesFromTheWarehouse() throws Exception {
        Installation parindex = new Installation(home);
        parindex.dropExamples(Installation.exampleFiles());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        Path csv = parindex.reports(2024).resolve("ranking-2024.csv");
        Path pdf = parindex.reports(2024).resolve("ranking-2024.pdf");
        byte[] csvBefore = java.nio.file.Files.readAllBytes(csv);
        byte[] pdfBefore = java.nio.file.Files.readAllBytes(pdf);
        java.nio.file.Files.delete(csv);

        Result result = parindex.run("report", "--year", "2024");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(java.nio.file.Files.readAllBytes(csv)).isEqualTo(csvBefore);
        assertThat(java.nio.file.Files.readAllBytes(pdf)).isEqualTo(pdfBefore);
        assertThat(parindex.run("report", "--year", "2023").exitCode()).isEqualTo(2);
    }
}

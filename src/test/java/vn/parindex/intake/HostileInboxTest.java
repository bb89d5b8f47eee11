package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.cli.SharedWarehouse;
import vn.parindex.support.ChildRun;
import vn.parindex.support.Installation;

/**
 * An inbox that lies (SPEC §2, issue 11): links, pipes, names too long for the archive, files changed or replaced
 * while they load. Nothing outside the inbox is read, nothing is half-recorded, and one bad file never stops the
 * night: the run goes on to every other file and ends 4.
 */
class HostileInboxTest extends SharedWarehouse {

    private static final String SECRET = "PARINDEX_DB_PASSWORD=do-not-leak-4711";


    @TempDir
    Path outside;

    private Installation parindex;

    @BeforeEach
    void referenceData() {
        parindex = installation();
        parindex.dropExamples(List.of("units.csv", "framework-2024.csv", "bands-2024.csv"));
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
    }

    @Test
    void aLinkIsRejectedWithoutReadingWhatItPointsTo() throws Exception {
        Path secret = Files.writeString(outside.resolve("parindex.properties"), SECRET + "\n");
        Path validCsv = Files.write(outside.resolve("adjustments.csv"),
                Files.readAllBytes(Installation.EXAMPLES.resolve("adjustments-2024.csv")));
        Files.createSymbolicLink(parindex.inbox().resolve("p.csv"), secret);
        Files.createSymbolicLink(parindex.inbox().resolve("adjustments.csv"), validCsv);
        Files.createSymbolicLink(parindex.inbox().resolve("passwd.csv"), Path.of("/etc/passwd"));
        parindex.drop("metrics-2024.csv", Files.readAllBytes(Installation.EXAMPLES.resolve("metrics-2024.csv")));

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.out()).contains("1 accepted").contains("3 rejected");
        Path rejected = home.resolve("input/rejected");
        for (String name : List.of("p", "adjustments", "passwd")) {
            String report = parindex.read(rejected.resolve(name + ".errors.csv"));
            assertThat(report).contains(",LINK,").doesNotContain("do-not-leak").doesNotContain("root:");
            assertThat(Files.isSymbolicLink(rejected.resolve(name + ".csv"))).as("the link itself is kept, in rejected/").isTrue();
        }
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM adjustment", Integer.class)).isZero();
        assertThat(Files.readString(secret)).isEqualTo(SECRET + "\n");
        assertThat(Files.exists(validCsv)).isTrue();
        assertThat(parindex.inboxFiles()).isEmpty();
    }

    @Test
    void invisibleCharactersInAFileNameAndAValueAreWrittenBackEscapedEverywhere() throws Exception {
        String name = "units\u202Evsc.csv";
        parindex.drop(name, "unit_code,unit_name,group_code\n019,\"Quận\u001B[31m Ba Đình\u2066\",QUAN\n");
        List<Path> runsBefore = runSummaries();

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.out()).contains("units\\u202Evsc.csv").doesNotContain("\u202E");
        String errors = parindex.read(home.resolve("input/rejected/units\u202Evsc.errors.csv"));
        assertThat(errors).contains(",CHARACTER,").contains("U+001B").contains("\\u001B[31m")
                .doesNotContain("\u001B").doesNotContain("\u2066");
        try (Stream<Path> runs = Files.list(home.resolve("reports/runs"))) {
            for (Path summary : runs.toList()) {
                String json = Files.readString(summary, StandardCharsets.UTF_8);
                assertThat(json).doesNotContain("\u202E").doesNotContain("\u001B");
            }
        }
        // this run's summary: names sort by time to the second only, so it is the one that was not there before
        List<Path> written = new java.util.ArrayList<>(runSummaries());
        written.removeAll(runsBefore);
        assertThat(written).hasSize(1);
        assertThat(Files.readString(written.get(0), StandardCharsets.UTF_8)).contains("units\\\\u202Evsc.csv");
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM unit WHERE INSTR(unit_name, CHAR(27)) > 0", Integer.class)).isZero();
    }

    /** Root reads every file whatever its mode, so this case runs only where the tests do not run as root. */
    @Test
    void anUnreadableFileIsRejectedAndTheOthersAreLoaded() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root can read any file");
        Path locked = parindex.drop("locked.csv", Files.readAllBytes(Installation.EXAMPLES.resolve("adjustments-2024.csv")));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        parindex.drop("metrics-2024.csv", Files.readAllBytes(Installation.EXAMPLES.resolve("metrics-2024.csv")));

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.out()).contains("1 accepted").contains("1 rejected");
        assertThat(parindex.read(home.resolve("input/rejected/locked.errors.csv"))).contains(",UNREADABLE,");
    }

    @Test
    void anInboxThatIsItselfALinkIsFollowed() throws Exception {
        Path shared = Files.createDirectories(outside.resolve("shared-inbox"));
        for (Path p : parindex.inboxFiles()) {
            Files.delete(p);
        }
        Files.delete(parindex.inbox());
        Files.createSymbolicLink(parindex.inbox(), shared);
        Files.write(shared.resolve("metrics-2024.csv"), Files.readAllBytes(Installation.EXAMPLES.resolve("metrics-2024.csv")));
        Files.setLastModifiedTime(shared.resolve("metrics-2024.csv"), FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("1 accepted");
        try (Stream<Path> left = Files.list(shared)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aNamedPipeIsRejectedAndTheRunDoesNotHang() throws Exception {
        Path pipe = parindex.inbox().resolve("pipe.csv");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        parindex.drop("metrics-2024.csv", Files.readAllBytes(Installation.EXAMPLES.resolve("metrics-2024.csv")));

        Installation.Result run = CompletableFuture.supplyAsync(() -> parindex.run("run", "--settle", "0")).get(120, TimeUnit.SECONDS);

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(parindex.read(home.resolve("input/rejected/pipe.errors.csv"))).contains(",NOT_A_FILE,");
        assertThat(run.out()).contains("1 accepted");
    }

    @Test
    void longNamesAreShortenedToFitTheArchiveAndTheirErrorReports() throws Exception {
        String longStem = "Báo cáo tự đánh giá cải cách hành chính năm 2024 của Quận Nam Từ Liêm ".repeat(4).substring(0, 240);
        assertThat(longStem.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(200);
        byte[] units = Files.readAllBytes(Installation.EXAMPLES.resolve("units.csv"));
        byte[] metrics = Files.readAllBytes(Installation.EXAMPLES.resolve("metrics-2024.csv"));
        parindex.drop(fitted(longStem, ".csv"), metrics);
        parindex.drop("again/" + fitted(longStem, ".csv"), units);           // the same name taken in today's archive
        parindex.drop("bad/" + fitted(longStem, ".csv"), "year,unit_code\n2024,019\n");

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(4);
        assertThat(run.out()).contains("1 accepted, 1 duplicate, 1 rejected");
        assertThat(parindex.inboxFiles()).isEmpty();
        for (Path kept : Installation.filesUnder(home.resolve("input"))) {
            assertThat(kept.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        }
        assertThat(Installation.filesUnder(home.resolve("input/archive"))).filteredOn(p -> p.getFileName().toString().startsWith("Báo cáo"))
                .hasSize(2);
        // the rejected file, its .errors.csv and (SPEC §13) its .errors.xlsx, each name within 255 bytes
        assertThat(Installation.filesUnder(home.resolve("input/rejected"))).filteredOn(p -> p.getFileName().toString().startsWith("Báo cáo"))
                .hasSize(3).anyMatch(p -> p.getFileName().toString().endsWith(".errors.csv"))
                .anyMatch(p -> p.getFileName().toString().endsWith(".errors.xlsx"));
        assertThat(parindex.run("run", "--settle", "0").exitCode()).as("the next night is clean").isZero();
    }

    @Test
    void aPathOfOverAThousandCharactersIsRecordedWhole() throws Exception {
        String folders = String.join("/", java.util.Collections.nCopies(9, "Thư mục con của phòng Nội vụ để nộp báo cáo".repeat(3)));
        String name = folders + "/metrics-2024.csv";
        assertThat(name.length()).isGreaterThan(1000);
        parindex.drop(name, Files.readAllBytes(Installation.EXAMPLES.resolve("metrics-2024.csv")));

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(parindex.sql().queryForObject("SELECT original_name FROM source_file WHERE kind = 'metrics'", String.class))
                .isEqualTo(name);
    }

    @Test
    void controlCharactersInANameCannotForgeALineOfTheSummary() throws Exception {
        parindex.drop("x\nrun forged: 99 accepted, 0 rejected\u001b[2J.csv", "year,unit_code\n2024,019\n");

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out().lines()).noneMatch(line -> line.startsWith("run forged"));
        assertThat(run.out()).doesNotContain("\u001b").contains("\\u000A").contains("\\u001B");
    }

    @Test
    void lengthsAreCountedInCharactersNotUtf16Units() {
        String astral = "\uD835\uDD38";   // one character outside the basic plane, two UTF-16 units
        parindex.drop("units-a.csv", "unit_code,unit_name,group_code\n099," + astral.repeat(150) + ",QUAN\n");
        parindex.drop("units-b.csv", "unit_code,unit_name,group_code\n098," + astral.repeat(201) + ",QUAN\n");

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.out()).contains("1 accepted").contains("1 rejected");
        assertThat(parindex.sql().queryForObject("SELECT unit_name FROM unit WHERE unit_code = '099'", String.class))
                .isEqualTo(astral.repeat(150));
        assertThat(parindex.read(home.resolve("input/rejected/units-b.errors.csv"))).contains("TOO_LONG").contains("201");
    }

    @Test
    void errorReportCellsNeverRunAsFormulas() throws Exception {
        parindex.drop("formula.csv", "=HYPERLINK(\"http://x\"),=HYPERLINK(\"http://x\"),year,unit_code,metric_code,numerator,denominator\n"
                + "1,1,2024,019,plan.completed,1,2\n");

        parindex.run("run", "--settle", "0");

        String report = parindex.read(home.resolve("input/rejected/formula.errors.csv"));
        assertThat(report).contains("DUPLICATE_COLUMN").contains("'=HYPERLINK");
        assertThat(report.lines().skip(1).map(l -> l.split(",", 4)))
                .allSatisfy(cells -> assertThat(cells[1]).doesNotStartWith("=").doesNotStartWith("\"="));
    }

    @Test
    void aLedgerReplacedWhileItLoadsLeavesWarehouseAndArchiveConsistent() throws Exception {
        Path ledger = parindex.drop("dossiers.csv", ChildRun.ledger(300_000, "OLD-"));
        byte[] replacement = ChildRun.ledger(1_000, "NEW-").getBytes(StandardCharsets.UTF_8);

        CompletableFuture<Installation.Result> run = CompletableFuture.supplyAsync(() -> parindex.run("run", "--settle", "0"));
        waitUntilStaged("dossiers.csv");
        Path newVersion = Files.write(outside.resolve("dossiers.csv"), replacement);
        Files.setLastModifiedTime(newVersion, FileTime.from(Instant.parse("2025-06-01T00:00:00Z")));
        Files.move(newVersion, ledger, StandardCopyOption.REPLACE_EXISTING);   // mv -f over the name being loaded
        Installation.Result result = run.get(300, TimeUnit.SECONDS);

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        List<Path> archived = Installation.filesUnder(home.resolve("input/archive")).stream()
                .filter(p -> p.getFileName().toString().startsWith("dossiers")).toList();
        assertThat(archived).hasSize(1);
        String loadedSha = parindex.sql().queryForObject(
                "SELECT f.sha256 FROM source_file f WHERE f.status = 'accepted' AND f.kind = 'dossiers'", String.class);
        assertThat(sha256(archived.get(0))).as("the archived bytes are the loaded bytes").isEqualTo(loadedSha);
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM dossier", Integer.class)).isEqualTo(300_000);
        assertThat(parindex.inboxFiles()).as("the new version waits in the inbox").containsExactly(ledger);

        Installation.Result next = parindex.run("run", "--settle", "0");

        assertThat(next.exitCode()).isZero();
        assertThat(next.out()).contains("1 accepted");
        assertThat(parindex.sql().queryForObject(
                "SELECT COUNT(*) FROM source_file WHERE status = 'accepted' AND kind = 'dossiers'", Integer.class)).isEqualTo(2);
    }

    @Test
    void aFileWrittenToWhileItLoadsGoesBackToTheInboxWithNothingRecorded() throws Exception {
        parindex.drop("dossiers.csv", ChildRun.ledger(300_000, "A-"));

        CompletableFuture<Installation.Result> run = CompletableFuture.supplyAsync(() -> parindex.run("run", "--settle", "0"));
        Path staged = waitUntilStaged("dossiers.csv");
        Files.writeString(staged, "2024,019,LATE-1,1.004227,2024-03-01 08:00,2024-04-01,,online\n",
                java.nio.file.StandardOpenOption.APPEND);   // a writer that still had the file open
        Installation.Result result = run.get(300, TimeUnit.SECONDS);

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(4);
        assertThat(result.out()).contains("skipped dossiers.csv").contains("changed while it was being read");
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM dossier", Integer.class)).isZero();
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM source_file WHERE kind = 'dossiers' OR original_name = 'dossiers.csv'",
                Integer.class)).isZero();
        assertThat(parindex.inboxFiles()).containsExactly(parindex.inbox().resolve("dossiers.csv"));
        assertThat(parindex.read(parindex.inbox().resolve("dossiers.csv"))).contains("LATE-1");
    }

    @Test
    void aFileLeftInStagingByADeadRunIsFinishedByTheNext() throws Exception {
        Path left = home.resolve("data/staging/20250101-dead-1/sub/metrics-2024.csv");
        Files.createDirectories(left.getParent());
        Files.write(left, Files.readAllBytes(Installation.EXAMPLES.resolve("metrics-2024.csv")));
        Files.setLastModifiedTime(left, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 accepted");
        assertThat(Installation.filesUnder(home.resolve("data/staging"))).isEmpty();
        assertThat(Installation.filesUnder(home.resolve("input/archive"))).extracting(p -> p.getFileName().toString())
                .contains("metrics-2024.csv");
    }

    @Test
    void aFileThatCannotBeArchivedAfterItsLoadIsReportedAndFinishedByTheNextRun() throws Exception {
        parindex.drop("metrics-2024.csv", Files.readAllBytes(Installation.EXAMPLES.resolve("metrics-2024.csv")));
        parindex.drop("adjustments-2024.csv", Files.readAllBytes(Installation.EXAMPLES.resolve("adjustments-2024.csv")));
        Path archive = home.resolve("input/archive");
        Path blocked = Files.createDirectories(archive).resolve(java.time.LocalDate.now().toString());
        try (Stream<Path> days = Files.list(archive)) {
            for (Path day : days.toList()) {
                try (Stream<Path> files = Files.walk(day)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        Files.writeString(blocked, "a file where today's archive folder should be");

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(4);
        assertThat(run.out()).contains("2 accepted").contains("skipped metrics-2024.csv").contains("the next run moves it");
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM metric", Integer.class)).isPositive();

        Files.delete(blocked);
        Installation.Result next = parindex.run("run", "--settle", "0");

        assertThat(next.exitCode()).as(next.out() + next.err()).isZero();
        assertThat(next.out()).contains("0 accepted, 2 duplicate");
        assertThat(Installation.filesUnder(blocked)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("metrics-2024.csv", "adjustments-2024.csv");
        assertThat(Installation.filesUnder(home.resolve("data/staging"))).isEmpty();
    }

    @Test
    void aLeftoverWhoseLongNameIsTakenAgainInTheInboxGoesBackUnderAFittedName() throws Exception {
        String name = fitted("Báo cáo tự đánh giá ".repeat(20), ".csv");   // 255 bytes or just under: " (2)" does not fit
        byte[] metrics = Files.readAllBytes(Installation.EXAMPLES.resolve("metrics-2024.csv"));
        Path left = home.resolve("data/staging/20250101-dead-1").resolve(name);
        Files.createDirectories(left.getParent());
        Files.write(left, metrics);
        parindex.drop(name, Files.readAllBytes(Installation.EXAMPLES.resolve("adjustments-2024.csv")));

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("2 accepted");
        assertThat(Installation.filesUnder(home.resolve("data/staging"))).isEmpty();
    }

    @Test
    void aNameThatIsNotUtf8IsTakenUnderItsReadableForm() throws Exception {
        Path source = Files.write(outside.resolve("m.csv"), Files.readAllBytes(Installation.EXAMPLES.resolve("metrics-2024.csv")));
        Process cp = new ProcessBuilder("bash", "-c", "cp \"$0\" \"$1\"/bad$'\\xff'name.csv && touch -d 2025-01-01 \"$1\"/bad*",
                source.toString(), parindex.inbox().toString()).start();
        assertThat(cp.waitFor()).isZero();

        Installation.Result run = parindex.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("1 accepted");
        assertThat(parindex.inboxFiles()).isEmpty();
        assertThat(Installation.filesUnder(home.resolve("data/staging"))).isEmpty();
    }

    @Test
    void aValueTheServerRefusesRejectsThatFileAndTheNightGoesOn() throws Exception {
        // a server stricter than the contract's checks (here a constraint the warehouse does not have)
        parindex.sql().execute("ALTER TABLE adjustment ADD CONSTRAINT stricter_server CHECK (points > -0.5)");
        parindex.drop("adjustments-2024.csv", Files.readAllBytes(Installation.EXAMPLES.resolve("adjustments-2024.csv")));
        parindex.drop("metrics-2024.csv", Files.readAllBytes(Installation.EXAMPLES.resolve("metrics-2024.csv")));

        Installation.Result run;
        try {
            run = parindex.run("run", "--settle", "0");
        } finally {
            // the warehouse's schema is shared with the tests that follow
            parindex.sql().execute("ALTER TABLE adjustment DROP CONSTRAINT stricter_server");
        }

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(4);
        assertThat(run.out()).contains("1 accepted").contains("1 rejected");
        assertThat(parindex.read(home.resolve("input/rejected/adjustments-2024.errors.csv"))).contains(",REFUSED,");
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM adjustment", Integer.class)).isZero();
        assertThat(parindex.sql().queryForObject("SELECT COUNT(*) FROM source_file WHERE kind = 'adjustments'", Integer.class)).isZero();
        assertThat(parindex.inboxFiles()).isEmpty();
    }

    private Path waitUntilStaged(String name) throws Exception {
        Path staging = home.resolve("data/staging");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(staging)) {
                try (Stream<Path> files = Files.walk(staging)) {
                    var found = files.filter(p -> p.getFileName().toString().equals(name)).findFirst();
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError(name + " was never staged");
    }

    /** {@code stem} cut to whole characters so that stem + extension is at most 255 bytes (a name the file system takes). */
    private static String fitted(String stem, String extension) {
        String s = stem;
        while ((s + extension).getBytes(StandardCharsets.UTF_8).length > 255) {
            s = s.substring(0, s.length() - 1);
        }
        return s + extension;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private List<Path> runSummaries() throws java.io.IOException {
        Path folder = home.resolve("reports/runs");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> runs = Files.list(folder)) {
            return runs.toList();
        }
    }
}

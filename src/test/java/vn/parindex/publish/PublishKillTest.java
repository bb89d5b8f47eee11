package vn.parindex.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.support.ChildRun;
import vn.parindex.support.Installation;

/**
 * {@code publish} in a child JVM killed with SIGKILL at several moments (its reports being written, all written,
 * its version committed): there is then either a complete version or none, the next command finishes or removes
 * what the dead one left, and the next publish works. The state between the commit and the folder's rename, too
 * short to hit reliably, is made by hand and recovered the same way.
 */
@Tag("slow") // child JVMs: still run by mvn -B test; -DexcludedGroups=slow leaves them out
class PublishKillTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path home;

    @Test
    void killedAtAnyMomentThereIsACompleteVersionOrNone() throws Exception {
        Installation parindex = YearRecordFixture.twoYears(home);
        Path published = parindex.reports(2024).resolve("published");
        int expectedVersions = 0;
        for (String moment : List.of("writing", "written", "committed")) {
            Process child = ChildRun.start(parindex.home(), parindex.environment(), List.of(), "publish", "--year", "2024", "--provisional");
            int before = expectedVersions;
            boolean ended;
            try (Installation.PolledSql sql = parindex.polledSql()) {   // polled every 2 ms: one connection, not one a query
                BooleanSupplier reached = switch (moment) {
                    case "writing" -> () -> partials(published).stream().anyMatch(Files::isDirectory);
                    case "written" -> () -> partials(published).stream().anyMatch(p -> count(p) >= 5);
                    default -> () -> versions(sql) > before;
                };
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (child.isAlive() && !reached.getAsBoolean() && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                ended = !child.isAlive();
                child.destroyForcibly().waitFor();
            }
            int versions = versions(parindex.sql());
            System.out.printf("PublishKillTest: aimed at %s, %s; versions now %d, partial folders %s%n", moment,
                    ended ? "the publish had already ended" : "killed", versions, partials(published));
            assertThat(versions).isBetween(expectedVersions, expectedVersions + 1);
            if (versions == expectedVersions) {
                assertThat(published.resolve((expectedVersions + 1) + "-provisional")).as("no version, no folder").doesNotExist();
            }
            expectedVersions = versions;

            Installation.Result check = parindex.run("publications", "--year", "2024");
            assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
            assertThat(partials(published)).as("the dead publish's leftovers are finished or removed").isEmpty();

            Installation.Result next = parindex.run("publish", "--year", "2024", "--provisional");
            assertThat(next.exitCode()).as(next.out() + next.err()).isZero();
            expectedVersions++;
            assertThat(next.out()).contains("version " + expectedVersions + " (provisional)");
        }

        // killed between the commit and the rename: the committed version's files are still in its partial folder
        Path last = published.resolve(expectedVersions + "-provisional");
        Files.move(last, published.resolve("." + expectedVersions + "-provisional.partial"));
        Installation.Result recovered = parindex.run("publications", "--year", "2024");
        assertThat(recovered.exitCode()).as(recovered.out() + recovered.err()).isZero();
        assertThat(recovered.out()).contains("2024 version " + expectedVersions + " provisional").contains("6 file(s), all match their SHA-256");
        assertThat(last).isDirectory();
        assertThat(partials(published)).isEmpty();
        assertThat(versions(parindex.sql())).isEqualTo(expectedVersions);
    }

    private static int versions(JdbcTemplate sql) {
        try {
            return sql.queryForObject("SELECT COUNT(*) FROM published_version WHERE year = 2024", Integer.class);
        } catch (org.springframework.dao.DataAccessException notYet) {
            return 0;
        }
    }

    private static List<Path> partials(Path published) {
        if (!Files.isDirectory(published)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(published)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".partial")).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static long count(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}

package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.installation.Folders;

/**
 * What can change between the scan and the move out of the inbox: a subfolder swapped for a link to elsewhere,
 * a file swapped for a pipe. The move never passes through a link, and nothing is opened before the move.
 */
class StagingTest {

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    @Test
    void aSubfolderSwappedForALinkCannotMakeTheRunTakeAFileFromElsewhere() throws IOException {
        Folders folders = new Folders(home);
        Path sub = Files.createDirectories(folders.inbox().resolve("zz"));
        Files.writeString(sub.resolve("secret.csv"), "harmless\n");
        InboxFile found = scanOne(folders);
        Path victim = Files.writeString(Files.createDirectories(elsewhere.resolve("victim")).resolve("secret.csv"), "root_password\n");
        Files.move(sub, elsewhere.resolve("decoy"));
        Files.createSymbolicLink(sub, victim.getParent());

        assertThatThrownBy(() -> new Staging(folders).take(found, "run-1")).isInstanceOf(IOException.class);

        assertThat(victim).hasContent("root_password");
        assertThat(home.resolve("data/staging/run-1/zz/secret.csv")).doesNotExist();
    }

    @Test
    void aFileSwappedForAPipeAfterTheScanIsMovedButNeverOpened() throws Exception {
        Folders folders = new Folders(home);
        Path file = Files.writeString(Files.createDirectories(folders.inbox()).resolve("f.csv"), "unit_code,unit_name,group_code\n");
        InboxFile found = scanOne(folders);
        Files.delete(file);
        assertThat(new ProcessBuilder("mkfifo", file.toString()).start().waitFor()).isZero();

        Path staged = new Staging(folders).take(found, "run-1");
        List<InboxFile> plan = InboxScanner.inProcessingOrder(List.of(found.at(staged).withEntry(InboxFile.Entry.of(staged))));

        assertThat(plan).singleElement().satisfies(f -> {
            assertThat(f.entry()).isEqualTo(InboxFile.Entry.SPECIAL);
            assertThat(f.kind()).isNull();
        });
        assertThat(folders.inbox().resolve("f.csv")).doesNotExist();
    }

    @Test
    void aFileGivenBackGoesToTheInboxTopWhenItsSubfolderIsNowALink() throws IOException {
        Folders folders = new Folders(home);
        Path sub = Files.createDirectories(folders.inbox().resolve("zz"));
        Files.writeString(sub.resolve("a.csv"), "x\n");
        Staging staging = new Staging(folders);
        Path staged = staging.take(scanOne(folders), "run-1");
        Files.delete(sub);
        Files.createSymbolicLink(sub, elsewhere);

        Path back = staging.giveBack(staged, "zz/a.csv");

        assertThat(back).isEqualTo(folders.inbox().toRealPath().resolve("a.csv"));
        assertThat(back).hasContent("x");
        try (var outside = Files.list(elsewhere)) {
            assertThat(outside).isEmpty();
        }
    }

    private static InboxFile scanOne(Folders folders) {
        InboxScan scan = InboxScanner.scan(folders.inbox(), Duration.ZERO, Instant.now().plusSeconds(1));
        assertThat(scan.ready()).hasSize(1);
        return scan.ready().get(0);
    }
}

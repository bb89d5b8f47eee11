package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.installation.Redaction;
import vn.parindex.installation.Printable;

/** Text from outside on its way to a terminal, a log, a file name or a spreadsheet. */
class OutsideTextTest {

    @TempDir
    Path dir;

    @Test
    void controlAndDirectionCharactersAreWrittenAsEscapes() {
        assertThat(Printable.of("a\nb\r\u001b[31m\u0085\u202Evsc.csv\u2028")).isEqualTo("a\\u000Ab\\u000D\\u001B[31m\\u0085\\u202Evsc.csv\\u2028");
        assertThat(Printable.of("Báo cáo Quận 1 (bản sửa).csv")).isEqualTo("Báo cáo Quận 1 (bản sửa).csv");
        assertThat(Printable.of("a\u200Bb\u200Dc\u2060d\uFEFFe\u2066f")).isEqualTo("a\\u200Bb\\u200Dc\\u2060d\\uFEFFe\\u2066f");
    }

    @Test
    void theLogsMessagesShowTheSameEscapes() {
        ch.qos.logback.classic.LoggerContext context = new ch.qos.logback.classic.LoggerContext();
        ch.qos.logback.classic.spi.LoggingEvent event = new ch.qos.logback.classic.spi.LoggingEvent("x",
                context.getLogger("x"), ch.qos.logback.classic.Level.WARN, "cannot look at {} in the inbox", null,
                new Object[] {"units\u202Evsc.csv\n2026-12-06 forged line"});
        assertThat(new vn.parindex.cli.VisibleLogMessage().convert(event))
                .isEqualTo("cannot look at units\\u202Evsc.csv\\u000A2026-12-06 forged line in the inbox");
    }

    @Test
    void passwordsInADatabaseUrlAreMasked() {
        assertThat(Redaction.url("jdbc:mysql://admin:s3cret@db:3306/p?password=x&sslMode=REQUIRED&trustCertificateKeyStorePassword=y"))
                .isEqualTo("jdbc:mysql://admin:***@db:3306/p?password=***&sslMode=REQUIRED&trustCertificateKeyStorePassword=***");
        assertThat(Redaction.url("jdbc:mysql://db:3306/p")).isEqualTo("jdbc:mysql://db:3306/p");
        assertThat(Redaction.url("jdbc:mysql://probeu:WRONG#PASS/3@127.0.0.1:3306/p")).isEqualTo("jdbc:mysql://probeu:***@127.0.0.1:3306/p");
        assertThat(Redaction.url("jdbc:mysql://admin:Pw@rd-secret@127.0.0.1:3306/p")).isEqualTo("jdbc:mysql://admin:***@127.0.0.1:3306/p");
    }

    @Test
    void archiveNamesFitInTwoHundredFiftyFiveBytesWithTheirCounterAndErrorReport() throws Exception {
        String name = "Đơn vị ".repeat(40) + ".csv";
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(255);

        Path first = FileMover.uniqueTarget(dir, name);
        Files.createFile(first);
        Path second = FileMover.uniqueTarget(dir, name);

        for (Path p : new Path[] {first, second, FileMover.errorReportOf(first), FileMover.errorReportOf(second)}) {
            assertThat(p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).as(p.toString()).isLessThanOrEqualTo(255);
        }
        assertThat(first.getFileName().toString()).startsWith("Đơn vị Đơn vị").endsWith(".csv");
        assertThat(second.getFileName().toString()).endsWith(" (2).csv");
        assertThat(second).isNotEqualTo(first);
    }
}

package vn.parindex.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.collection.CollectionStatus;
import vn.parindex.collection.StatusText;
import vn.parindex.collection.YearStatus;
import vn.parindex.installation.Folders;
import vn.parindex.report.pdf.ReminderLetterWriter;

/**
 * {@code parindex status [--year Y [--letters]] [--as-of DATE]} (SPEC §16): who has sent what. Reads the warehouse
 * only; with {@code --letters} also writes the reminder letters of the overdue units. Exit 0, or 2 for a year
 * without a framework.
 */
@Component
class StatusCommand {

    private final CollectionStatus status;
    private final Clock clock;
    private final ReminderLetterWriter letters;

    StatusCommand(CollectionStatus status, Clock clock, ReminderLetterWriter letters) {
        this.status = status;
        this.letters = letters;
        this.clock = clock;
    }

    int status(Command command, Folders folders, PrintStream out, PrintStream err) {
        LocalDate asOf = command.asOf() != null ? command.asOf() : LocalDate.now(clock);
        if (command.years().isEmpty()) {
            List<Integer> years = status.collectingYears();
            if (years.isEmpty()) {
                out.println("Chưa có năm nào có bộ tiêu chí (framework) đang thu thập dữ liệu.");
            }
            for (int year : years) {
                out.println(StatusText.summary(status.of(year, asOf)));
            }
            return ExitCode.DONE.code();
        }
        int year = command.years().get(0);
        if (!status.hasFramework(year)) {
            err.println("parindex: no framework for " + year + " in the warehouse: nothing is expected of the units yet");
            return ExitCode.BAD_USAGE.code();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        YearStatus yearStatus = status.of(year, asOf);
        long assembled = System.nanoTime();
        StatusText.print(yearStatus, out);
        org.slf4j.LoggerFactory.getLogger(StatusCommand.class).info("status of {}: assembled in {} ms, printed in {} ms ({} ms of this "
                + "thread's CPU)", year, (assembled - started) / 1_000_000, (System.nanoTime() - assembled) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        if (command.letters()) {
            List<Path> written = letters.write(yearStatus, folders.reportsFor(year).resolve("reminders"));
            written.forEach(p -> out.println("wrote " + p));
            out.println(written.size() + " reminder letter(s) for " + year + " as of " + asOf);
        }
        return ExitCode.DONE.code();
    }
}

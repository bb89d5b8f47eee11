package vn.parindex.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.intake.FileIntake;
import vn.parindex.intake.FileOutcome;
import vn.parindex.installation.Folders;
import vn.parindex.intake.InboxFile;
import vn.parindex.intake.InboxScanner;
import vn.parindex.installation.Printable;
import vn.parindex.csv.FormulaGuard;
import org.apache.commons.csv.CSVFormat;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import vn.parindex.submission.FileError;

/**
 * {@code parindex validate [FILE]...}: the same checks as a run, in a transaction that is always rolled back,
 * so files validated together see each other (a new unit and its first scores) and nothing is kept or moved.
 */
@Component
class ValidateCommand {

    private final FileIntake intake;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ValidateCommand(FileIntake intake, PlatformTransactionManager transactions, Clock clock) {
        this.intake = intake;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    int validate(List<Path> files, Folders folders, PrintStream out, PrintStream err) {
        List<InboxFile> toCheck = files.isEmpty()
                ? InboxScanner.inProcessingOrder(InboxScanner.scan(folders.inbox(), Duration.ZERO, clock.instant()).ready())
                : named(files, err);
        if (toCheck == null) {
            return ExitCode.BAD_USAGE.code();
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            toCheck.forEach(f -> outcomes.add(intake.process(f, "validate", null)));
            status.setRollbackOnly();
        });
        boolean allValid = true;
        for (FileOutcome o : outcomes) {
            if (o.rejected()) {
                allValid = false;
                out.println(Printable.of(o.name()) + ": " + o.errorCount() + " error(s)");
                out.println("line,column,code,message");
                for (FileError e : o.errors()) {
                    out.println(csvLine(Long.toString(e.line()), FormulaGuard.text(e.column()), e.code(), FormulaGuard.text(e.message())));
                }
            } else if (o.skipped()) {
                allValid = false;
                out.println(Printable.of(o.name()) + ": skipped (" + Printable.of(o.note()) + ")");
            } else if ("duplicate".equals(o.status())) {
                out.println(Printable.of(o.name()) + ": duplicate (the same bytes were accepted before; a run archives it and changes nothing)");
            } else {
                out.println(Printable.of(o.name()) + ": ok (" + o.kind() + ", " + o.rows() + " rows)");
            }
        }
        return allValid ? ExitCode.DONE.code() : ExitCode.REJECTED.code();
    }

    /** One CSV record (quoted where needed), with anything that could drive a terminal escaped. */
    private static String csvLine(String... cells) {
        return Printable.of(CSVFormat.RFC4180.format((Object[]) cells));
    }

    private static List<InboxFile> named(List<Path> files, PrintStream err) {
        List<InboxFile> found = new ArrayList<>();
        for (Path f : files) {
            if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                err.println("parindex: no such file: " + Printable.of(f.toString()));
                return null;
            }
            try {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                found.add(new InboxFile(f, f.getFileName().toString(), a.size(), a.lastModifiedTime().toInstant(), null,
                        InboxFile.Entry.of(f)));
            } catch (java.io.IOException e) {
                err.println("parindex: cannot read " + Printable.of(f.toString()) + ": " + Printable.of(e.getMessage()));
                return null;
            }
        }
        return InboxScanner.inProcessingOrder(found);
    }
}

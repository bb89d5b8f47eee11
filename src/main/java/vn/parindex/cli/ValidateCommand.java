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
import vn.parindex.intake.Folders;
import vn.parindex.intake.InboxFile;
import vn.parindex.intake.InboxScanner;
import vn.parindex.submission.FileError;
import vn.parindex.submission.SubmissionReader;

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
                ? InboxScanner.scan(folders.inbox(), Duration.ZERO, clock.instant()).ready()
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
                out.println(o.name() + ": " + o.errorCount() + " error(s)");
                out.println("line,column,code,message");
                for (FileError e : o.errors()) {
                    out.println(e.line() + "," + e.column() + "," + e.code() + "," + e.message());
                }
            } else {
                out.println(o.name() + ": ok (" + (o.kind() == null ? "duplicate" : o.kind()) + ", " + o.rows() + " rows)");
            }
        }
        return allValid ? ExitCode.DONE.code() : ExitCode.REJECTED.code();
    }

    private static List<InboxFile> named(List<Path> files, PrintStream err) {
        List<InboxFile> found = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                err.println("parindex: no such file: " + f);
                return null;
            }
            try {
                found.add(new InboxFile(f, f.getFileName().toString(), Files.size(f), Files.getLastModifiedTime(f).toInstant(),
                        SubmissionReader.peekKind(f)));
            } catch (java.io.IOException e) {
                err.println("parindex: cannot read " + f + ": " + e.getMessage());
                return null;
            }
        }
        found.sort(InboxScanner.PROCESSING_ORDER);
        return found;
    }
}

package vn.parindex.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.submission.SubmissionReader;
import vn.parindex.warehouse.FactLoadPath;
import vn.parindex.warehouse.FileLoader;
import vn.parindex.warehouse.ReferenceRepository;
import vn.parindex.warehouse.SourceFiles;
import vn.parindex.warehouse.SourceFiles.NewFile;
import vn.parindex.warehouse.SourceFiles.Status;

/**
 * Takes one inbox file through the warehouse inside the caller's transaction: an exact duplicate is only
 * recorded; otherwise the file is read and loaded under a savepoint that is rolled back if any row is wrong, so
 * a file lands whole or not at all. The file is moved to the archive or to rejected/ only after the caller's
 * transaction commits.
 */
@Service
public class FileIntake {

    private static final Logger log = LoggerFactory.getLogger(FileIntake.class);

    private final JdbcTemplate jdbc;
    private final SourceFiles sourceFiles;
    private final ReferenceRepository references;
    private final TransactionTemplate savepoint;
    private final Clock clock;
    private final java.io.PrintStream terminal;
    /** What PARINDEX_LOAD_PATH names, or null for "auto". */
    private final FactLoadPath configuredLoadPath;
    private FactLoadPath largeKinds;

    public FileIntake(JdbcTemplate jdbc, SourceFiles sourceFiles, ReferenceRepository references,
            PlatformTransactionManager transactions, Clock clock, Terminal terminal,
            @Value("${parindex.load-path:auto}") String configuredLoadPath) {
        this.jdbc = jdbc;
        this.sourceFiles = sourceFiles;
        this.references = references;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
        this.terminal = terminal.out();
        this.configuredLoadPath = FactLoadPath.parse(configuredLoadPath);
    }

    /** Loads (or rejects, or skips as duplicate) {@code file}; {@code folders} null means validate only, move nothing. */
    public FileOutcome process(InboxFile file, String runId, Folders folders) {
        String sha = Sha256.of(file.path());
        if (sourceFiles.acceptedWithSha(sha).isPresent()) {
            record(file, sha, Status.DUPLICATE, file.kind() == null ? null : file.kind().code(), 0, 0, runId);
            afterCommitMove(file.path(), folders == null ? null : folders.archiveFor(today()), null);
            return new FileOutcome(file.name(), file.kind() == null ? null : file.kind().code(), sha, "duplicate", 0, 0, List.of());
        }
        long fileId = record(file, sha, Status.ACCEPTED, null, 0, 0, runId);
        LoadProgress progress = new LoadProgress(terminal, file.name());
        FileLoader loader = new FileLoader(jdbc, fileId, progress::row, largeKinds());
        SubmissionReader.Result result = savepoint.execute(status -> {
            SubmissionReader.Result r = loader.load(file.path(), references.load());
            if (!r.accepted()) {
                status.setRollbackOnly();
            }
            return r;
        });
        String kind = result.kind() == null ? null : result.kind().code();
        if (result.accepted()) {
            sourceFiles.complete(fileId, kind, result.rows());
            afterCommitMove(file.path(), folders == null ? null : folders.archiveFor(today()), null);
            log.info("accepted {} ({}, {} rows)", file.name(), kind, result.rows());
            return new FileOutcome(file.name(), kind, sha, "accepted", result.rows(), 0, List.of());
        }
        jdbc.update("UPDATE source_file SET status = 'rejected', kind = ?, row_count = ?, error_count = ? WHERE id = ?",
                kind, result.rows(), result.errors().count(), fileId);
        var errors = result.errors().report();
        afterCommitMove(file.path(), folders == null ? null : folders.rejected(), errors);
        log.info("rejected {} ({} errors)", file.name(), result.errors().count());
        return new FileOutcome(file.name(), kind, sha, "rejected", result.rows(), result.errors().count(), errors);
    }

    /**
     * The path of dossier ledgers and survey answers (decided once per run): LOAD DATA LOCAL INFILE where the
     * server takes it (MySQL 8 ships with it off), unless {@code PARINDEX_LOAD_PATH} says otherwise.
     */
    private FactLoadPath largeKinds() {
        if (largeKinds == null) {
            largeKinds = configuredLoadPath != null ? configuredLoadPath : FactLoadPath.serverDefault(jdbc);
            if (configuredLoadPath == null && largeKinds == FactLoadPath.BATCHED) {
                log.warn("the database server has local_infile off: large files are loaded with batched inserts, "
                        + "slower (SET GLOBAL local_infile = 1 to enable the fast path)");
            }
        }
        return largeKinds;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    private long record(InboxFile file, String sha, Status status, String kind, long rows, long errors, String runId) {
        return sourceFiles.insert(new NewFile(file.name(), sha, kind, status, rows, errors, file.modified(), clock.instant(), runId));
    }

    private static void afterCommitMove(Path file, Path folder, List<vn.parindex.submission.FileError> errors) {
        if (folder == null) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                FileMover.moveInto(file, folder, target -> {
                    if (errors != null) {
                        ErrorReportWriter.write(FileMover.errorReportOf(target), errors);
                    }
                });
            }
        });
    }
}

package vn.parindex.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.submission.FileError;
import vn.parindex.submission.Kind;
import vn.parindex.submission.ReferenceData;
import vn.parindex.submission.SubmissionReader;
import vn.parindex.warehouse.load.FactLoadPath;
import vn.parindex.warehouse.load.LockConflict;
import vn.parindex.warehouse.load.FileLoader;
import vn.parindex.warehouse.load.FileRecords;
import vn.parindex.warehouse.ReferenceRepository;
import vn.parindex.warehouse.SourceFiles;
import vn.parindex.warehouse.SourceFiles.NewFile;
import vn.parindex.warehouse.SourceFiles.Status;
import vn.parindex.workbook.XlsxFileReader;
import vn.parindex.installation.Folders;
import vn.parindex.installation.Printable;
import vn.parindex.installation.Sha256;
import vn.parindex.installation.Terminal;

/**
 * Takes one inbox file through the warehouse inside the caller's transaction. In a run the file is first renamed
 * into {@link Staging} (so the bytes hashed, loaded and archived are one and the same, whatever happens to the
 * inbox meanwhile); an exact duplicate is only recorded; otherwise the file is read and loaded under a savepoint
 * that is rolled back if any row is wrong, so a file lands whole or not at all. The file is moved to the archive
 * or to rejected/ only after the caller's transaction commits.
 *
 * <p>One file never stops the night: a link or a special file is rejected unopened, a file that cannot be read is
 * rejected with the reason, a file that changes while it is read goes back to the inbox for the next run, and a
 * move that fails after commit is reported (the next run archives the file as a duplicate). Only the database
 * failing fails the run.
 */
@Service
public class FileIntake {

    private static final Logger log = LoggerFactory.getLogger(FileIntake.class);

    private final JdbcTemplate jdbc;
    private final SourceFiles sourceFiles;
    private final ReferenceRepository references;
    private final vn.parindex.publish.ClosedYearCheck closedYears;
    private final TransactionTemplate savepoint;
    private final Clock clock;
    private final java.io.PrintStream terminal;
    /** What PARINDEX_LOAD_PATH names, or null for "auto". */
    private final FactLoadPath configuredLoadPath;
    /** How many staged files are read at once (their surveys: PARINDEX_THREADS). */
    private final int threads;
    private FactLoadPath largeKinds;
    private final List<FileOutcome> unmoved = new ArrayList<>();
    private int staged;
    /** The hash of each file staged by this process, by its place in staging, until it is processed. */
    private final Map<Path, Surveyed> surveys = new ConcurrentHashMap<>();
    /** The reference data a run's files are checked against, read once per step (and again after a reference file). */
    private ReferenceData referenceData;
    private String referenceRun;

    public FileIntake(JdbcTemplate jdbc, SourceFiles sourceFiles, ReferenceRepository references,
            PlatformTransactionManager transactions, Clock clock, Terminal terminal,
            @Value("${parindex.load-path:auto}") String configuredLoadPath, vn.parindex.publish.ClosedYearCheck closedYears,
            @Value("${parindex.threads:1}") int threads) {
        this.threads = Math.max(1, threads);
        this.closedYears = closedYears;
        this.jdbc = jdbc;
        this.sourceFiles = sourceFiles;
        this.references = references;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
        this.terminal = terminal.out();
        this.configuredLoadPath = FactLoadPath.parse(configuredLoadPath);
    }

    /** Files a dead run left in staging go back to the inbox before this run scans it. */
    public List<String> returnLeftovers(Folders folders) {
        try {
            List<String> returned = new Staging(folders).returnLeftovers();
            returned.forEach(name -> log.warn("returned {} to the inbox: a run that died had taken it", Printable.of(name)));
            return returned;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot return files left in " + folders.data().resolve("staging"), e);
        }
    }

    /**
     * The files of a run, moved out of the inbox and in processing order, and those left behind with a reason;
     * {@code groups}: beside each of {@code files}, for a data file its group ({@link UnitGroups}), else null.
     */
    public record Plan(List<InboxFile> files, List<FileOutcome> skipped, List<Integer> groups) {
    }

    /**
     * Moves every file a scan found out of the inbox into {@link Staging}, then reads each once there, where no one
     * can swap it for a pipe or a link ({@link FileSurvey}: its hash, its kind from its header, the units it names),
     * and orders them for loading.
     */
    public Plan stage(List<InboxFile> found, String runId, Folders folders) {
        referencesChanged();   // a new run: what the last one read may have changed since
        XlsxFileReader.forgetAllStrings();
        Staging staging = new Staging(folders);
        List<InboxFile> taken = new ArrayList<>();
        List<FileOutcome> skipped = new ArrayList<>();
        for (InboxFile file : found) {
            try {
                Path staged = staging.take(file, runId + "-" + (++this.staged));
                if (staged == null) {
                    skipped.add(skip(file, "it disappeared from the inbox before it was read"));
                } else {
                    taken.add(file.at(staged).withEntry(InboxFile.Entry.of(staged)));
                }
            } catch (IOException e) {
                skipped.add(skip(file, "cannot move it out of the inbox (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
            }
        }
        List<InboxFile> ordered = new ArrayList<>();
        Map<Path, FileSurvey> surveyed = new HashMap<>();
        List<FileSurvey> surveys = surveyAll(taken);
        for (int i = 0; i < taken.size(); i++) {
            InboxFile file = taken.get(i);
            FileSurvey survey = surveys.get(i);
            ordered.add(survey == null ? file : file.withKind(survey.kind()));
            if (survey != null) {
                surveyed.put(file.path(), survey);
            }
        }
        ordered.sort(InboxScanner.PROCESSING_ORDER);
        Map<Kind, Integer> ofKind = new HashMap<>();
        ordered.forEach(f -> ofKind.merge(f.kind(), 1, Integer::sum));
        List<Optional<Set<String>>> units = StagedReads.inOrder(threads, ordered.stream().<Callable<Optional<Set<String>>>>map(file -> () -> {
            FileSurvey survey = surveyed.get(file.path());
            // a workbook's sheet is read for its units only when there are other files of its kind to split from
            boolean alone = ofKind.get(file.kind()) == 1;
            return survey == null ? Optional.empty() : alone ? survey.units() : survey.withWorkbookUnits(file.path()).units();
        }).toList());
        List<Integer> groups = UnitGroups.of(ordered.stream().map(InboxFile::kind).toList(), units);
        return new Plan(ordered, skipped, groups);
    }

    /** The surveys of {@code taken}, in its order: null for an entry that is not a plain file or cannot be read. */
    private List<FileSurvey> surveyAll(List<InboxFile> taken) {
        return StagedReads.inOrder(threads, taken.stream()
                .<Callable<FileSurvey>>map(f -> () -> f.entry() == InboxFile.Entry.FILE ? survey(f) : null).toList());
    }

    /** The survey of a staged file, kept for its load; null when its bytes cannot be read (its load says why). */
    private FileSurvey survey(InboxFile staged) {
        try {
            FileSurvey survey = FileSurvey.of(staged.path());
            surveys.put(staged.path(), new Surveyed(survey.sha256(), survey.identity()));
            return survey;
        } catch (IOException | RuntimeException unreadable) {
            log.debug("cannot read {} in staging", Printable.of(staged.name()), unreadable);
            return null;
        }
    }

    /**
     * Loads (or rejects, or skips as duplicate) {@code file}: in a run, a file {@link #stage}d already; with
     * {@code folders} null (validate), a file read where it is, nothing moved.
     */
    public FileOutcome process(InboxFile file, String runId, Folders folders) {
        if (file.entry() != InboxFile.Entry.FILE) {
            return refuseUnopened(file, file.entry(), folders);
        }
        SpreadsheetFormat spreadsheet = SpreadsheetFormat.of(file.name());
        if (spreadsheet != null) {
            return refused(file, folders, new FileError(0, "", "FORMAT", spreadsheet.advice()));
        }
        try {
            FileOutcome outcome = read(file, runId, folders, folders == null ? null : new Staging(folders));
            surveys.remove(file.path());
            return outcome;
        } finally {
            XlsxFileReader.forgetStrings(file.path());
            if (file.kind() != null && file.kind().isReference()) {
                referencesChanged();
            }
        }
    }

    private FileOutcome read(InboxFile file, String runId, Folders folders, Staging staging) {
        FileIdentity before;
        Work work = new Work();
        try {
            before = FileIdentity.of(file.path());
            // written to since the scan saw it (by a writer that still had it open), or while it loads: not taken
            work.changed = staging != null && !before.sameSizeAndTime(file.size(), file.modified());
            if (!work.changed) {
                savepoint.executeWithoutResult(status -> {
                    work.outcome = load(file, runId, work, before, folders != null);
                    if (staging != null && !before.equals(identity(file.path()))) {
                        work.changed = true;
                        status.setRollbackOnly();
                    }
                });
            }
        } catch (DataIntegrityViolationException refusedValue) {
            // the server refused a value of this file (a constraint or a type stricter than the contract's
            // checks): the file's savepoint is rolled back and the file is rejected; the database itself is fine
            return refuseByDatabase(file, folders, refusedValue);
        } catch (DataAccessException | TransactionException databaseFailure) {
            // a lock conflict is tried again with the file where it is; any other failure fails the run (exit 1)
            // and the inbox is left as it was
            if (staging != null && !LockConflict.in(databaseFailure)) {
                giveBack(staging, file);
            }
            throw databaseFailure;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuntimeException lost && LockConflict.in(lost)) {
                throw lost;
            }
            return refuseUnreadable(file, folders, e);
        }
        if (work.changed) {
            giveBack(staging, file);
            return skip(file, "it changed while it was being read; the next run takes the new version");
        }
        if (folders != null) {
            afterCommitMove(file, work.outcome, work.rejected ? folders.rejected() : folders.archiveFor(today()),
                    work.rejected ? work.outcome.errors() : null, staging);
        }
        return work.outcome;
    }

    /** What one file's savepoint produced. */
    private static final class Work {
        FileOutcome outcome;
        boolean rejected;
        boolean changed;
    }

    private FileOutcome load(InboxFile file, String runId, Work work, FileIdentity before, boolean inRun) {
        Surveyed surveyed = surveys.get(file.path());
        // hashed and kinded when it was staged, if it has not changed since
        boolean surveyHolds = surveyed != null && surveyed.identity().equals(before);
        String sha = surveyHolds ? surveyed.sha256() : Sha256.of(file.path());
        Kind announced = surveyHolds ? file.kind() : SubmissionReader.peekKind(file.path());
        if (sourceFiles.acceptedWithSha(sha).isPresent()) {
            record(file, sha, Status.DUPLICATE, file.kindCode(), 0, 0, runId);
            return new FileOutcome(file.name(), file.kindCode(), sha, "duplicate", 0, 0, List.of());
        }
        long fileId = record(file, sha, Status.ACCEPTED, null, 0, 0, runId);
        LoadProgress progress = new LoadProgress(terminal, Printable.of(file.name()));
        FileLoader loader = new FileLoader(jdbc, fileId, progress::row, largeKinds());
        ReferenceData reference = references(runId, inRun);
        FileRecords records = sink -> SubmissionReader.read(file.path(), reference, sink);
        var predecessorsBefore = closedYears.before();
        SubmissionReader.Result result = savepoint.execute(status -> {
            // a file that would change a final year is rejected whole (SPEC §15), checked on what it loaded
            SubmissionReader.Result r = closedYears.check(fileId, loader.load(announced, before.size(), records), predecessorsBefore);
            if (!r.accepted()) {
                status.setRollbackOnly();
            }
            return r;
        });
        String kind = result.kind() == null ? null : result.kind().code();
        if (result.accepted()) {
            sourceFiles.complete(fileId, kind, result.rows());
            log.info("accepted {} ({}, {} rows)", Printable.of(file.name()), kind, result.rows());
            return new FileOutcome(file.name(), kind, sha, "accepted", result.rows(), 0, List.of());
        }
        jdbc.update("UPDATE source_file SET status = 'rejected', kind = ?, row_count = ?, error_count = ? WHERE id = ?",
                kind, result.rows(), result.errors().count(), fileId);
        // whose file it was (SPEC §16): the year and unit its rows name, when they name one
        jdbc.update("INSERT INTO rejected_file (source_file_id, year, unit_code, error_code) VALUES (?, ?, ?, ?)",
                fileId, result.named().year(), result.named().unit(),
                result.errors().kept().isEmpty() ? "" : result.errors().kept().get(0).code());
        log.info("rejected {} ({} errors)", Printable.of(file.name()), result.errors().count());
        work.rejected = true;
        return new FileOutcome(file.name(), kind, sha, "rejected", result.rows(), result.errors().count(), result.errors().report());
    }

    private FileOutcome refuseUnopened(InboxFile file, InboxFile.Entry entry, Folders folders) {
        FileError error = entry == InboxFile.Entry.LINK
                ? new FileError(0, "", "LINK", "Đây là một liên kết (symbolic link) tới tệp khác, không phải tệp dữ liệu: "
                        + "hệ thống không đọc liên kết. Hãy chép chính tệp dữ liệu vào thư mục nộp rồi nộp lại.")
                : new FileError(0, "", "NOT_A_FILE", "Đây không phải là một tệp thông thường (có thể là đường ống hoặc thiết bị): "
                        + "hệ thống không đọc nó. Hãy nộp tệp CSV.");
        return refused(file, folders, error);
    }

    private FileOutcome refuseUnreadable(InboxFile file, Folders folders, Exception e) {
        log.warn("cannot read {}", Printable.of(file.name()), e);
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof IOException)) {
            cause = cause.getCause();
        }
        String reason = cause instanceof IOException io ? io.getClass().getSimpleName().replace("Exception", "")
                : "lỗi không lường trước, đã ghi vào nhật ký của quản trị viên";
        return refused(file, folders, new FileError(0, "", "UNREADABLE",
                "Không đọc được tệp (" + reason + "). Hãy kiểm tra quyền đọc của tệp hoặc lưu lại tệp rồi nộp lại."));
    }

    private FileOutcome refuseByDatabase(InboxFile file, Folders folders, DataIntegrityViolationException e) {
        log.warn("the database refused a value of {}", Printable.of(file.name()), e);
        return refused(file, folders, new FileError(0, "", "REFUSED", "Cơ sở dữ liệu từ chối một giá trị của tệp ("
                + Printable.rootMessage(e) + "). Hãy kiểm tra các giá trị được nêu rồi nộp lại; nếu tệp đúng quy định,"
                + " hãy báo quản trị viên."));
    }

    /** A file rejected without anything of it reaching the warehouse: moved to rejected/ with its one error. */
    private FileOutcome refused(InboxFile file, Folders folders, FileError error) {
        FileOutcome outcome = new FileOutcome(file.name(), null, null, "rejected", 0, 1, List.of(error));
        if (folders != null) {
            try {
                FileMover.moveInto(file.path(), folders.rejected(), target -> ErrorReportWriter.write(FileMover.errorReportOf(target), outcome.errors()));
                new Staging(folders).removeEmptyFolders(file.path().getParent());
            } catch (UncheckedIOException e) {
                return skip(file, "rejected (" + error.code() + ") but cannot be moved to input/rejected/ (" + e.getCause().getMessage() + ")");
            }
        }
        return outcome;
    }

    private FileOutcome skip(InboxFile file, String why) {
        log.warn("skipped {}: {}", Printable.of(file.name()), Printable.of(why));
        return FileOutcome.skipped(file.name(), why);
    }

    private void giveBack(Staging staging, InboxFile file) {
        try {
            staging.giveBack(file.path(), file.name());
        } catch (IOException e) {
            log.error("cannot return {} to the inbox; it stays in {} and the next run returns it", Printable.of(file.name()), file.path(), e);
        }
    }

    /**
     * Files whose load committed but which could not be moved out of staging since the last call: reported,
     * finished by the next run.
     */
    public synchronized List<FileOutcome> drainUnmoved() {
        List<FileOutcome> drained = List.copyOf(unmoved);
        unmoved.clear();
        return drained;
    }

    /** What is kept of a staged file's survey until its load. */
    private record Surveyed(String sha256, FileIdentity identity) {
    }

    /**
     * The reference data to check a file against. In a run it is read once and kept while only data files load (they
     * do not change it); a reference file being processed, or a new run, lets it go. A validation reads it for each
     * file, in its own transaction.
     */
    private synchronized ReferenceData references(String runId, boolean inRun) {
        if (!inRun) {
            return references.load();
        }
        if (referenceData == null || !runId.equals(referenceRun)) {
            referenceData = references.load();
            referenceRun = runId;
        }
        return referenceData;
    }

    private synchronized void referencesChanged() {
        referenceData = null;
    }

    private static FileIdentity identity(Path path) {
        try {
            return FileIdentity.of(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The path of dossier ledgers and survey answers (decided once per run): LOAD DATA LOCAL INFILE where the
     * server takes it (MySQL 8 ships with it off), unless {@code PARINDEX_LOAD_PATH} says otherwise.
     */
    private synchronized FactLoadPath largeKinds() {
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

    private void afterCommitMove(InboxFile file, FileOutcome outcome, Path folder, List<FileError> errors, Staging staging) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    FileMover.moveInto(file.path(), folder, target -> {
                        if (errors != null) {
                            ErrorReportWriter.write(FileMover.errorReportOf(target), errors);
                        }
                    });
                    if (staging != null) {
                        staging.removeEmptyFolders(file.path().getParent());
                    }
                } catch (RuntimeException e) {
                    log.error("{} was {} but cannot be moved to {}", Printable.of(file.name()), outcome.status(), folder, e);
                    synchronized (FileIntake.this) {
                        unmoved.add(FileOutcome.skipped(file.name(), outcome.status() + " but not moved to " + folder.getFileName()
                                + " (" + Printable.rootMessage(e) + "); the next run moves it"));
                    }
                }
            }
        });
    }
}

package vn.parindex.fuzz;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.parindex.csv.ColumnScan;
import vn.parindex.csv.FormulaGuard;
import vn.parindex.intake.ErrorReportWriter;
import vn.parindex.installation.Printable;
import vn.parindex.submission.FileError;
import vn.parindex.submission.FileErrors;
import vn.parindex.submission.Kind;
import vn.parindex.submission.Records;
import vn.parindex.submission.SubmissionReader;

/**
 * Validates one input the way the product does and judges the outcome.
 *
 * <p>The product's entry point ({@code FileIntake.process}, used by {@code run} and {@code validate}) needs the
 * warehouse: it records the file, loads it under a savepoint and reads the reference data from the database. Its
 * pure part, which decides accepted or rejected and every error row, is what the intake pushes into {@code FileLoader.load} and what
 * this oracle drives, in the same order: {@link SubmissionReader#peekKind} (the kind the intake's one read of the
 * staged file also tells, which routes dossier and survey files to the bulk path), then {@link SubmissionReader#read} with the reference data of a {@link FuzzSeeds.World} built in
 * memory, and for a rejected file {@link ErrorReportWriter#write} of {@code errors().report()}, the rows staff get.
 *
 * <p>The property, for every input: the validation returns a file-level outcome, either accepted (no errors, a
 * kind, at least one row, every row handed to the sink as a record of that kind), or rejected with 1 to 1,001 error
 * rows, each with a known code, a line between 0 and the input's last physical line (+1 at end of file; for a
 * workbook, its sheet row: 0 to 1,048,576), a column and
 * a non-blank message; the {@code .errors.csv} written from them reads back as the same rows. No exception escapes
 * (any other Throwable is a crash), no validation takes longer than the timeout (a hang), validating the same bytes
 * again gives the same outcome, {@code peekKind} agrees with the kind the reader found, and a dossier or survey file
 * read the bulk way (the sink finds repeated keys itself) reports the same errors but {@code DUPLICATE_KEY}.
 */
final class IntakeOracle implements AutoCloseable {

    /** SPEC §10, plus the codes the project added (found in the code): QUOTE, METHOD, and TRUNCATED (the 1,001st row). */
    static final Set<String> KNOWN_CODES = Set.of(
            "ENCODING", "EMPTY", "UNKNOWN_KIND", "AMBIGUOUS_KIND", "MISSING_COLUMN", "DUPLICATE_COLUMN", "FIELD_COUNT",
            "REQUIRED", "NUMBER", "PRECISION", "YEAR", "CODE", "DATE", "DUPLICATE_KEY", "UNKNOWN_UNIT", "INACTIVE_UNIT",
            "NO_FRAMEWORK", "UNKNOWN_CRITERION", "NOT_APPRAISED", "OUT_OF_RANGE", "RESERVED_METRIC", "MAX_MISMATCH",
            "TREE", "RULE", "BANDS_INCOMPLETE", "CHANNEL", "ANSWER", "TOO_LONG", "FORMAT", "CELL", "GROUP_NAME",
            "CHARACTER", "TOO_LARGE",
            // project additions: CsvFormatException.QUOTE, FrameworkContract's METHOD, FileErrors.report()'s TRUNCATED
            "QUOTE", "METHOD", "TRUNCATED");

    /** At most 1,000 error rows, then one saying how many more (SPEC §2). */
    static final int MAX_REPORT_ROWS = FileErrors.LIMIT + 1;

    private static final Map<Kind, Class<?>> RECORD_TYPES = Map.of(
            Kind.UNITS, Records.UnitRecord.class, Kind.FRAMEWORK, Records.CriterionRecord.class,
            Kind.BANDS, Records.BandRecord.class, Kind.SELF_ASSESSMENT, Records.SelfScoreRecord.class,
            Kind.APPRAISAL, Records.AppraisalRecord.class, Kind.METRICS, Records.MetricRecord.class,
            Kind.SURVEY, Records.SurveyRecord.class, Kind.ADJUSTMENTS, Records.AdjustmentRecord.class,
            Kind.DOSSIERS, Records.DossierRecord.class);

    /** What validation decided for one input. */
    record Outcome(boolean accepted, Kind kind, long rows, long errorCount, List<FileError> report) {

        /** The distinct outcome: "accepted", or the sorted set of error codes. */
        String codes() {
            if (accepted) {
                return "accepted";
            }
            return String.join(" ", new TreeSet<>(report.stream().map(FileError::code).toList()));
        }

        static Outcome of(SubmissionReader.Result r) {
            return new Outcome(r.accepted(), r.kind(), r.rows(), r.errors().count(), r.errors().report());
        }
    }

    /** The verdict on one input: an outcome that satisfies the property, or a failure with its signature. */
    record Verdict(Outcome outcome, String failureKind, String signature, String detail, Throwable cause) {
        boolean failed() {
            return failureKind != null;
        }

        static Verdict ok(Outcome outcome) {
            return new Verdict(outcome, null, null, null, null);
        }

        static Verdict failure(String kind, String signature, String detail, Throwable cause) {
            return new Verdict(null, kind, signature, detail, cause);
        }
    }

    /** A sink like FileLoader's: remembers the kind it was told and every record it was handed. */
    private static final class RecordingSink implements SubmissionReader.Sink {
        private final boolean detectsDuplicateKeys;
        private final List<Kind> begun = new ArrayList<>();
        private long records;
        private final List<String> wrongRecords = new ArrayList<>();

        RecordingSink(boolean detectsDuplicateKeys) {
            this.detectsDuplicateKeys = detectsDuplicateKeys;
        }

        @Override
        public void begin(Kind kind) {
            begun.add(kind);
        }

        @Override
        public void accept(Object record) {
            records++;
            Kind kind = begun.isEmpty() ? null : begun.get(begun.size() - 1);
            if (record == null || kind == null || !RECORD_TYPES.get(kind).isInstance(record)) {
                if (wrongRecords.size() < 3) {
                    wrongRecords.add((record == null ? "null" : record.getClass().getSimpleName()) + " for kind " + kind);
                }
            }
        }

        @Override
        public boolean detectsDuplicateKeys() {
            return detectsDuplicateKeys;
        }
    }

    private record Read(SubmissionReader.Result result, RecordingSink sink) {
    }

    /** Everything the timed part produced. */
    private record Runs(Kind peeked, Kind surveyed, Read first, Read second, Read bulk) {
    }

    /** The greatest row number of a worksheet: a workbook's error names its sheet row, 0 for the file itself. */
    static final long MOST_SHEET_ROWS = 1_048_576;

    private final Path dir;
    private final long timeoutMillis;
    /** {@code .csv} or {@code .xlsx}: the product reads the input by its file name. */
    private final String extension;
    private ExecutorService worker;
    private Path file;
    private Path report;
    private int generation;

    IntakeOracle(Path dir, long timeoutMillis) {
        this(dir, timeoutMillis, ".csv");
    }

    /** An oracle writing each input as {@code input-N}{@code extension} ({@code .csv} or {@code .xlsx}). */
    IntakeOracle(Path dir, long timeoutMillis, String extension) {
        this.dir = dir;
        this.timeoutMillis = timeoutMillis;
        this.extension = extension;
        fresh();
    }

    /** A new worker thread and new file names (after a hang the stuck thread may still hold the old ones). */
    private void fresh() {
        if (worker != null) {
            worker.shutdownNow();
        }
        generation++;
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-validation-" + generation);
            t.setDaemon(true);
            return t;
        });
        file = dir.resolve("input-" + generation + extension);
        report = dir.resolve("input-" + generation + ".errors.csv");
    }

    Verdict check(byte[] input, FuzzSeeds.World world) {
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runs runs;
        try {
            runs = timed(world, timeoutMillis);
        } catch (TimeoutException first) {
            // a busy machine can stall a thread for seconds: only a second timeout, three times as long, is a hang
            fresh(); // the stuck thread is abandoned (a daemon): the second try runs on a new one, on a new file
            try {
                Files.write(file, input);
                runs = timed(world, 3 * timeoutMillis);
            } catch (TimeoutException e) {
                StackTraceElement[] where = stackOfWorker();
                fresh();
                return Verdict.failure("hang", "HANG", "validation did not finish within " + timeoutMillis + " ms, nor within "
                        + 3 * timeoutMillis + " ms on a second try", timeoutTrace(where));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                return Verdict.failure("crash", crashSignature(cause), "exception escaped validation: " + cause, cause);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return Verdict.failure("crash", crashSignature(cause), "exception escaped validation: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return judge(input, runs, report);
    }

    /** Validates the current file on the worker thread; after a timeout the worker and file names are fresh. */
    private Runs timed(FuzzSeeds.World world, long millis) throws TimeoutException, ExecutionException, InterruptedException {
        Path target = file;
        Path errorsCsv = report;
        Future<Runs> future = worker.submit(() -> validate(target, errorsCsv, world));
        try {
            return future.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        }
    }

    private static Runs validate(Path file, Path errorsCsv, FuzzSeeds.World world) {
        Kind peeked = SubmissionReader.peekKind(file);
        Read first = read(file, world, false);
        Read second = read(file, world, false);
        // FileLoader sends dossier and survey files to BulkFacts, whose sink finds repeated keys itself.
        Read bulk = peeked == Kind.DOSSIERS || peeked == Kind.SURVEY ? read(file, world, true) : null;
        if (!first.result().accepted()) {
            ErrorReportWriter.write(errorsCsv, first.result().errors().report());
        }
        return new Runs(peeked, surveyedKind(file, peeked), first, second, bulk);
    }

    private static Read read(Path file, FuzzSeeds.World world, boolean bulk) {
        RecordingSink sink = new RecordingSink(bulk);
        return new Read(SubmissionReader.read(file, world.reference(), sink), sink);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The property

    String extension() {
        return extension;
    }

    private boolean workbook() {
        return extension.equals(".xlsx");
    }

    /**
     * The kind the intake's one read of a staged CSV file tells (FileSurvey, through {@link ColumnScan#survey}),
     * or {@code peeked} where that read gives way to peekKind (a workbook, a header past what it keeps).
     */
    private static Kind surveyedKind(Path file, Kind peeked) {
        if (file.getFileName().toString().endsWith(".xlsx")) {
            return peeked;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            ColumnScan.Survey survey = ColumnScan.survey(in, "unit_code", 100_000);
            return survey.headerRunsOn() ? peeked : survey.header() == null ? null : SubmissionReader.kindOf(survey.header());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Verdict judge(byte[] input, Runs runs, Path errorsCsv) {
        long lastLine = workbook() ? MOST_SHEET_ROWS : lastLine(input);
        List<String> violations = new ArrayList<>();
        Outcome outcome = Outcome.of(runs.first().result());
        checkOutcome("", runs.first(), lastLine, violations);
        Outcome again = Outcome.of(runs.second().result());
        if (!outcome.equals(again)) {
            violations.add("NONDETERMINISTIC: the same bytes gave " + describe(outcome) + " then " + describe(again));
        }
        if (outcome.kind() != null && runs.peeked() != outcome.kind()) {
            violations.add("PEEK_KIND: peekKind says " + runs.peeked() + " but the reader found " + outcome.kind());
        }
        if (runs.surveyed() != runs.peeked()) {
            violations.add("SURVEY_KIND: the intake's one read says " + runs.surveyed() + " but peekKind " + runs.peeked());
        }
        if (runs.bulk() != null) {
            checkOutcome("bulk path: ", runs.bulk(), lastLine, violations);
            Outcome bulk = Outcome.of(runs.bulk().result());
            if (outcome.errorCount() <= FileErrors.LIMIT) {
                List<FileError> expected = outcome.report().stream().filter(e -> !e.code().equals("DUPLICATE_KEY")).toList();
                if (!bulk.report().equals(expected)) {
                    violations.add("BULK_PATH: the bulk path reported " + describe(bulk) + " but the in-memory path, repeated keys aside, "
                            + expected.size() + " rows " + codesOf(expected));
                }
            }
        }
        if (!outcome.accepted() && violations.isEmpty()) {
            checkErrorsCsv(outcome.report(), errorsCsv, violations);
        }
        if (violations.isEmpty()) {
            return Verdict.ok(outcome);
        }
        String first = violations.get(0);
        return Verdict.failure("violation", "PROPERTY " + first.substring(0, first.indexOf(':')),
                String.join("\n", violations) + "\noutcome: " + describe(outcome), null);
    }

    private static void checkOutcome(String path, Read read, long lastLine, List<String> violations) {
        SubmissionReader.Result r = read.result();
        RecordingSink sink = read.sink();
        if (r == null || r.errors() == null) {
            violations.add("NO_OUTCOME: " + path + "read returned " + r);
            return;
        }
        if (!sink.wrongRecords.isEmpty()) {
            violations.add("RECORD_TYPE: " + path + "the sink was handed " + sink.wrongRecords);
        }
        if (sink.begun.size() > 1) {
            violations.add("SINK_BEGIN: " + path + "begin called " + sink.begun.size() + " times");
        }
        if (r.accepted()) {
            if (r.kind() == null) {
                violations.add("ACCEPTED_WITHOUT_KIND: " + path + "accepted with no kind");
            }
            if (r.rows() < 1) {
                violations.add("ACCEPTED_EMPTY: " + path + "accepted with " + r.rows() + " rows");
            }
            if (!sink.begun.equals(r.kind() == null ? List.of() : List.of(r.kind()))) {
                violations.add("SINK_BEGIN: " + path + "accepted as " + r.kind() + " but the sink began " + sink.begun);
            }
            if (sink.records != r.rows()) {
                violations.add("NOT_WHOLE: " + path + "accepted " + r.rows() + " rows but the sink was handed " + sink.records + " records");
            }
            return;
        }
        List<FileError> report = r.errors().report();
        if (report.isEmpty()) {
            violations.add("REJECTED_WITHOUT_ROWS: " + path + "rejected with no error row");
        }
        if (report.size() > MAX_REPORT_ROWS) {
            violations.add("UNBOUNDED: " + path + report.size() + " error rows, more than " + MAX_REPORT_ROWS);
        }
        if (r.errors().count() < r.errors().kept().size()) {
            violations.add("COUNT: " + path + "count " + r.errors().count() + " below the " + r.errors().kept().size() + " rows kept");
        }
        int shown = 0;
        for (FileError e : report) {
            String problem = null;
            if (e.code() == null || !KNOWN_CODES.contains(e.code())) {
                problem = "UNKNOWN_CODE: " + path + "code " + e.code();
            } else if (e.line() < 0 || e.line() > lastLine) {
                problem = "LINE: " + path + "line " + e.line() + " outside 0.." + lastLine;
            } else if (e.message() == null || e.message().isBlank()) {
                problem = "MESSAGE: " + path + "empty message";
            } else if (e.column() == null) {
                problem = "COLUMN: " + path + "null column";
            } else if (e.code().equals("TRUNCATED") && e != report.get(report.size() - 1)) {
                problem = "TRUNCATED: " + path + "TRUNCATED row not last";
            }
            if (problem != null && shown++ < 3) {
                violations.add(problem + " in " + e);
            }
        }
    }

    /** The rows of the written {@code .errors.csv} read back: header, then the same line, column, code, message. */
    private static void checkErrorsCsv(List<FileError> report, Path errorsCsv, List<String> violations) {
        try (Reader in = Files.newBufferedReader(errorsCsv, StandardCharsets.UTF_8)) {
            if (in.read() != '\uFEFF') {
                violations.add("ERRORS_CSV: no BOM");
                return;
            }
            List<CSVRecord> rows = CSVFormat.RFC4180.parse(in).getRecords();
            if (rows.size() != report.size() + 1 || !List.of(rows.get(0).values()).equals(List.of("line", "column", "code", "message"))) {
                violations.add("ERRORS_CSV: " + rows.size() + " records for " + report.size() + " error rows");
                return;
            }
            for (int i = 0; i < report.size(); i++) {
                FileError e = report.get(i);
                // as ErrorReportWriter writes them: formulas guarded, invisible characters escaped (issue 21)
                List<String> expected = List.of(Long.toString(e.line()), FormulaGuard.text(Printable.of(e.column())), e.code(),
                        FormulaGuard.text(Printable.of(e.message())));
                List<String> written = List.of(rows.get(i + 1).values());
                if (written.stream().anyMatch(v -> !Printable.of(v).equals(v))) {
                    violations.add("ERRORS_CSV: row " + (i + 1) + " holds a control, bidi or zero-width character: " + written);
                    return;
                }
                if (!written.equals(expected)) {
                    violations.add("ERRORS_CSV: row " + (i + 1) + " reads back as " + List.of(rows.get(i + 1).values())
                            + " instead of " + expected);
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            violations.add("ERRORS_CSV: cannot read back: " + e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * The greatest line an error may name: the line the reader is on at end of file, that is the number of physical
     * line breaks (CR, LF, CRLF, as the reader counts them) plus one. For a file that ends with a line break that is
     * its physical line count + 1 (an error at end of file); otherwise its physical line count. The text is decoded as
     * the reader decodes it (UTF-8, or UTF-16 after its BOM), leniently, since breaks before a bad byte still count.
     */
    static long lastLine(byte[] input) {
        Charset charset = StandardCharsets.UTF_8;
        int start = 0;
        if (input.length >= 2 && (input[0] & 0xFF) == 0xFE && (input[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            start = 2;
        } else if (input.length >= 2 && (input[0] & 0xFF) == 0xFF && (input[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            start = 2;
        }
        CharSequence text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(input, start, input.length - start));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
        long breaks = 0;
        boolean previousCr = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || (c == '\n' && !previousCr)) {
                breaks++;
            }
            previousCr = c == '\r';
        }
        return breaks + 1;
    }

    static String crashSignature(Throwable t) {
        StackTraceElement top = null;
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("vn.parindex.") && !e.getClassName().startsWith("vn.parindex.fuzz.")) {
                top = e;
                break;
            }
        }
        if (top == null && t.getStackTrace().length > 0) {
            top = t.getStackTrace()[0];
        }
        return "CRASH " + t.getClass().getName() + " at " + (top == null ? "?" : top.getClassName() + "." + top.getMethodName());
    }

    private StackTraceElement[] stackOfWorker() {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            if (e.getKey().getName().equals("fuzz-validation-" + generation)) {
                return e.getValue();
            }
        }
        return new StackTraceElement[0];
    }

    private static Throwable timeoutTrace(StackTraceElement[] where) {
        Throwable t = new TimeoutException("stack of the validation thread when the timeout struck");
        t.setStackTrace(where);
        return t;
    }

    private static String describe(Outcome o) {
        return (o.accepted() ? "accepted" : "rejected") + " kind=" + o.kind() + " rows=" + o.rows() + " errors=" + o.errorCount()
                + (o.accepted() ? "" : " " + codesOf(o.report()));
    }

    private static String codesOf(List<FileError> rows) {
        return rows.stream().limit(5).map(e -> e.line() + ":" + e.code()).toList() + (rows.size() > 5 ? "…" : "");
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}

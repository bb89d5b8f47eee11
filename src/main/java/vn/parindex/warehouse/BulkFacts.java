package vn.parindex.warehouse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.submission.Contracts;
import vn.parindex.submission.FileErrors;
import vn.parindex.submission.Kind;
import vn.parindex.submission.Records.DossierRecord;
import vn.parindex.submission.Records.SurveyRecord;
import vn.parindex.submission.ReferenceData;
import vn.parindex.submission.SubmissionReader;

/**
 * The large kinds (dossier ledgers, survey answers) in one streaming pass: each row is read and checked and,
 * while the file is still clean, sent straight to the server through LOAD DATA LOCAL INFILE. Repeated keys are
 * left to the table's primary key (LOAD DATA LOCAL skips them); when any was skipped, a second pass finds every
 * repeat and its first line, set-based in a temporary table, so memory stays flat however large the file.
 */
final class BulkFacts {

    static final String DOSSIER_COLUMNS =
            "source_file_id, year, unit_code, dossier_id, procedure_code, received_at, due_at, resolved_at, online, source_line";
    static final String SURVEY_COLUMNS = "source_file_id, year, unit_code, respondent_id, question_code, answer, source_line";

    interface Submissions {
        long submissionFor(Kind kind, int year, String unitCode);
    }

    private record UnitYear(int year, String unitCode) {
    }

    private record Produced(SubmissionReader.Result result, Set<UnitYear> unitYears, long rowsSent) {
    }

    private final JdbcTemplate jdbc;
    private final long fileId;
    private final Runnable onRow;

    BulkFacts(JdbcTemplate jdbc, long fileId, Runnable onRow) {
        this.jdbc = jdbc;
        this.fileId = fileId;
        this.onRow = onRow;
    }

    static boolean handles(Kind kind) {
        return kind == Kind.DOSSIERS || kind == Kind.SURVEY;
    }

    /** Loads {@code file}, whose header announces {@code kind} (one {@link #handles} takes). */
    SubmissionReader.Result load(Path file, Kind kind, ReferenceData reference, Submissions submissions) {
        String table = kind == Kind.DOSSIERS ? "dossier" : "survey_answer";
        String columns = kind == Kind.DOSSIERS ? DOSSIER_COLUMNS : SURVEY_COLUMNS;
        BulkInsert.Outcome<Produced> outcome = BulkInsert.load(jdbc, table, columns, out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            RowsSink sink = new RowsSink(new TsvRows(text));
            SubmissionReader.Result result = SubmissionReader.read(file, reference, sink);
            text.flush();
            return new Produced(result, sink.unitYears, sink.sent);
        });
        Produced produced = outcome.produced();
        SubmissionReader.Result result = produced.result();
        if (!result.accepted()) {
            return result;
        }
        if (outcome.rowsInserted() < produced.rowsSent()) {
            return new SubmissionReader.Result(result.kind(), result.rows(), repeatedKeys(file, reference, kind));
        }
        produced.unitYears().forEach(u -> submissions.submissionFor(kind, u.year(), u.unitCode()));
        return result;
    }

    /** Writes each valid record as a row of the fact table. */
    private final class RowsSink implements SubmissionReader.Sink {
        private final TsvRows rows;
        private final Set<UnitYear> unitYears = new LinkedHashSet<>();
        private long sent;

        RowsSink(TsvRows rows) {
            this.rows = rows;
        }

        @Override
        public void begin(Kind kind) {
        }

        @Override
        public boolean detectsDuplicateKeys() {
            return true;
        }

        @Override
        public void accept(Object record) {
            onRow.run();
            try {
                if (record instanceof DossierRecord d) {
                    unitYears.add(new UnitYear(d.year(), d.unitCode()));
                    rows.field(fileId).field(d.year()).field(d.unitCode()).field(d.dossierId()).field(d.procedureCode())
                            .field(d.receivedAt()).field(d.dueAt()).field(d.resolvedAt()).field(d.online()).field(d.line()).endRow();
                } else if (record instanceof SurveyRecord s) {
                    unitYears.add(new UnitYear(s.year(), s.unitCode()));
                    rows.field(fileId).field(s.year()).field(s.unitCode()).field(s.respondentId()).field(s.questionCode())
                            .field(s.answer()).field(s.line()).endRow();
                }
                sent++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every repeat of a key with the line of its first occurrence, found in a temporary table. */
    private FileErrors repeatedKeys(Path file, ReferenceData reference, Kind kind) {
        jdbc.execute("CREATE TEMPORARY TABLE bulk_keys (year SMALLINT, unit_code VARCHAR(32), k1 VARCHAR(64), "
                + "k2 VARCHAR(64), line BIGINT, KEY (year, unit_code, k1, k2)) ENGINE=InnoDB");
        try {
            BulkInsert.load(jdbc, "bulk_keys", "year, unit_code, k1, k2, line", out -> {
                Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                TsvRows rows = new TsvRows(text);
                SubmissionReader.read(file, reference, new SubmissionReader.Sink() {
                    @Override
                    public void begin(Kind k) {
                    }

                    @Override
                    public boolean detectsDuplicateKeys() {
                        return true;
                    }

                    @Override
                    public void accept(Object record) {
                        try {
                            if (record instanceof DossierRecord d) {
                                rows.field(d.year()).field(d.unitCode()).field(d.dossierId()).field("").field(d.line()).endRow();
                            } else if (record instanceof SurveyRecord s) {
                                rows.field(s.year()).field(s.unitCode()).field(s.respondentId()).field(s.questionCode())
                                        .field(s.line()).endRow();
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
                text.flush();
                return null;
            });
            String keyColumns = Contracts.forKind(kind).duplicateKeyColumns();
            FileErrors errors = new FileErrors();
            jdbc.query("SELECT t.line, f.first_line, t.year, t.unit_code, t.k1, t.k2 FROM bulk_keys t JOIN "
                    + "(SELECT year, unit_code, k1, k2, MIN(line) AS first_line FROM bulk_keys GROUP BY year, unit_code, k1, k2 "
                    + "HAVING COUNT(*) > 1) f ON t.year = f.year AND t.unit_code = f.unit_code AND t.k1 = f.k1 AND t.k2 = f.k2 "
                    + "WHERE t.line > f.first_line ORDER BY t.line", rs -> {
                        List<Object> key = kind == Kind.DOSSIERS
                                ? List.of(rs.getInt(3), rs.getString(4), rs.getString(5))
                                : List.of(rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6));
                        SubmissionReader.addRepeatedKey(errors, rs.getLong(1), keyColumns, key, rs.getLong(2));
                    });
            return errors;
        } finally {
            jdbc.execute("DROP TEMPORARY TABLE IF EXISTS bulk_keys");
        }
    }
}

package vn.parindex.warehouse.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.submission.Contracts;
import vn.parindex.submission.FileErrors;
import vn.parindex.submission.Kind;
import vn.parindex.submission.Records.DossierRecord;
import vn.parindex.submission.Records.SurveyRecord;
import vn.parindex.submission.SubmissionReader;

/**
 * The large kinds (dossier ledgers, survey answers) in one streaming pass: each row is read and checked and,
 * while the file is still clean, sent straight to the server by a {@link RowTransport}. Repeated keys are found
 * without holding the keys: a {@link KeySieve} flags the rows whose key may have been seen before, and one query
 * confirms which of them repeat an earlier line among the rows just loaded. When the sieve flags too many rows,
 * a second pass over the file finds every repeat set-based in a temporary table. Dossiers are also tallied per
 * (year, unit) on the way, for scoring. Memory stays flat however large the file (the tallies grow with the
 * units it holds, not its rows).
 */
final class BulkFacts {

    /** The columns of each row sent (source_file_id is set once for the whole file). */
    static final String DOSSIER_COLUMNS = "year, unit_code, dossier_id, procedure_code, received_at, due_at, resolved_at, online, source_line";
    static final String SURVEY_COLUMNS = "year, unit_code, respondent_id, question_code, answer, source_line";

    /** Creates the file's current submissions, one per (year, unit) it holds, superseding earlier ones. */
    interface Submissions {
        void createAll(Kind kind, Collection<UnitYear> unitYears);
    }

    record UnitYear(int year, String unitCode) {
    }

    /** What scoring needs of a unit's dossiers in this file (dossier_tally): counted as the rows stream past. */
    private static final class Tally {
        long dossiers;
        long online;
        long resolved;
        long ontime;

        void add(DossierRecord d) {
            dossiers++;
            online += d.online() ? 1 : 0;
            if (d.resolvedAt() != null) {
                resolved++;
                // the same test as "DATE(resolved_at) <= DATE(due_at)": resolved by the end of the due day
                ontime += d.resolvedAt().toLocalDate().isAfter(d.dueAt().toLocalDate()) ? 0 : 1;
            }
        }
    }

    private record Produced(SubmissionReader.Result result, Map<UnitYear, Tally> unitYears) {
    }

    private final JdbcTemplate jdbc;
    private final long fileId;
    private final Runnable onRow;
    private final RowTransport transport;
    private final LongFunction<KeySieve> sieveForFileOfSize;

    BulkFacts(JdbcTemplate jdbc, long fileId, Runnable onRow, RowTransport transport) {
        this(jdbc, fileId, onRow, transport, bytes -> KeySieve.forFileOfSize(bytes, KeySieve.MAX_CANDIDATES));
    }

    /** {@code sieveForFileOfSize} makes the sieve for a file of so many bytes. */
    BulkFacts(JdbcTemplate jdbc, long fileId, Runnable onRow, RowTransport transport, LongFunction<KeySieve> sieveForFileOfSize) {
        this.jdbc = jdbc;
        this.fileId = fileId;
        this.onRow = onRow;
        this.transport = transport;
        this.sieveForFileOfSize = sieveForFileOfSize;
    }

    static boolean handles(Kind kind) {
        return kind == Kind.DOSSIERS || kind == Kind.SURVEY;
    }

    /**
     * Loads the records of a file of {@code fileBytes} bytes whose header announces {@code kind} (one {@link #handles}
     * takes); {@code records} is read a second time when the sieve overflows.
     */
    SubmissionReader.Result load(FileRecords records, Kind kind, long fileBytes, Submissions submissions) {
        KeySieve sieve = sieveForFileOfSize.apply(fileBytes);
        Produced produced = transport.load(jdbc, table(kind), fileId, kind == Kind.DOSSIERS ? DOSSIER_COLUMNS : SURVEY_COLUMNS, rows -> {
            RowsSink sink = new RowsSink(rows, sieve);
            return new Produced(records.readInto(sink), sink.unitYears);
        });
        SubmissionReader.Result result = produced.result();
        if (result.kind() == null || result.rows() == 0) {
            return result; // no data rows read: nothing to compare
        }
        // Valid rows were sent even after another error (the caller rolls them back), so repeats are reported too.
        FileErrors repeats = sieve.overflowed() ? repeatedKeysBySecondPass(records, kind) : confirmedRepeats(kind, sieve.candidates());
        if (!result.accepted()) {
            result.errors().addAll(repeats);
            return result;
        }
        if (!repeats.isEmpty()) {
            return new SubmissionReader.Result(result.kind(), result.rows(), repeats);
        }
        if (kind == Kind.DOSSIERS) {
            jdbc.batchUpdate("INSERT INTO dossier_tally (source_file_id, year, unit_code, dossiers, online, resolved, ontime) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", produced.unitYears().entrySet().stream().map(e -> new Object[] {fileId,
                            e.getKey().year(), e.getKey().unitCode(), e.getValue().dossiers, e.getValue().online,
                            e.getValue().resolved, e.getValue().ontime}).toList());
        }
        submissions.createAll(kind, produced.unitYears().keySet());
        return result;
    }

    private static String table(Kind kind) {
        return kind == Kind.DOSSIERS ? "dossier" : "survey_answer";
    }

    /** Sends each valid record as a row of the fact table and offers its key to the sieve. */
    private final class RowsSink implements SubmissionReader.Sink {
        private final RowTransport.FactRows rows;
        private final KeySieve sieve;
        private final Map<UnitYear, Tally> unitYears = new LinkedHashMap<>();
        private UnitYear last;
        private Tally lastTally;

        RowsSink(RowTransport.FactRows rows, KeySieve sieve) {
            this.rows = rows;
            this.sieve = sieve;
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
                    unitYear(d.year(), d.unitCode()).add(d);
                    sieve.offer(d.line(), d.year(), d.unitCode(), d.dossierId(), null);
                    rows.row(d.year(), d.unitCode(), d.dossierId(), d.procedureCode(), d.receivedAt(), d.dueAt(),
                            d.resolvedAt(), d.online(), d.line());
                } else if (record instanceof SurveyRecord s) {
                    unitYear(s.year(), s.unitCode());
                    sieve.offer(s.line(), s.year(), s.unitCode(), s.respondentId(), s.questionCode());
                    rows.row(s.year(), s.unitCode(), s.respondentId(), s.questionCode(), s.answer(), s.line());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Rows of one unit usually come together: only a change of (year, unit) looks the map up. */
        private Tally unitYear(int year, String unitCode) {
            if (last == null || last.year() != year || !last.unitCode().equals(unitCode)) {
                last = new UnitYear(year, unitCode);
                lastTally = unitYears.computeIfAbsent(last, u -> new Tally());
            }
            return lastTally;
        }
    }

    /**
     * The flagged rows that do repeat an earlier line's key, each with the first line of that key, looked up
     * among the rows just loaded: for dossiers (keyed by file and line) in one pass over the file's rows, for
     * survey answers (keyed by file, year, unit and line) in each candidate's unit.
     */
    private FileErrors confirmedRepeats(Kind kind, List<KeySieve.Candidate> candidates) {
        FileErrors errors = new FileErrors();
        if (candidates.isEmpty()) {
            return errors;
        }
        jdbc.execute("CREATE TEMPORARY TABLE bulk_candidates (line BIGINT PRIMARY KEY, year SMALLINT NOT NULL, "
                + "unit_code VARCHAR(32) NOT NULL, k1 VARCHAR(64) NOT NULL, k2 VARCHAR(64), KEY (year, unit_code, k1)) "
                + "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
        try {
            BatchedStatement insert = new BatchedStatement(jdbc, "INSERT INTO bulk_candidates (line, year, unit_code, k1, k2) VALUES (?, ?, ?, ?, ?)");
            candidates.forEach(c -> insert.add(c.line(), c.year(), c.unitCode(), c.k1(), c.k2()));
            insert.flush();
            String pairs = kind == Kind.DOSSIERS
                    ? "dossier x STRAIGHT_JOIN bulk_candidates c ON c.year = x.year AND c.unit_code = x.unit_code AND c.k1 = x.dossier_id "
                    : "bulk_candidates c JOIN survey_answer x ON x.year = c.year AND x.unit_code = c.unit_code "
                            + "AND x.respondent_id = c.k1 AND x.question_code = c.k2 ";
            String keyColumns = Contracts.forKind(kind).duplicateKeyColumns();
            jdbc.query("SELECT c.line, MIN(x.source_line), c.year, c.unit_code, c.k1, c.k2 FROM " + pairs
                    + "WHERE x.source_file_id = ? AND x.source_line < c.line GROUP BY c.line, c.year, c.unit_code, c.k1, c.k2 ORDER BY c.line",
                    rs -> {
                        errors.addRepeatedKey(rs.getLong(1), keyColumns, key(kind, rs.getInt(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)), rs.getLong(2));
                    }, fileId);
            return errors;
        } finally {
            jdbc.execute("DROP TEMPORARY TABLE IF EXISTS bulk_candidates");
        }
    }

    private static List<Object> key(Kind kind, int year, String unitCode, String k1, String k2) {
        return kind == Kind.DOSSIERS ? List.of(year, unitCode, k1) : List.of(year, unitCode, k1, k2);
    }

    /** Every repeat of a key with the line of its first occurrence: a second pass into an indexed temporary table. */
    private FileErrors repeatedKeysBySecondPass(FileRecords records, Kind kind) {
        jdbc.execute("CREATE TEMPORARY TABLE bulk_keys (year SMALLINT, unit_code VARCHAR(32), k1 VARCHAR(64), "
                + "k2 VARCHAR(64), line BIGINT, KEY (year, unit_code, k1, k2)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin");
        try {
            transport.load(jdbc, "bulk_keys", null, "year, unit_code, k1, k2, line", rows -> {
                records.readInto(new SubmissionReader.Sink() {
                    @Override
                    public boolean detectsDuplicateKeys() {
                        return true;
                    }

                    @Override
                    public void accept(Object record) {
                        try {
                            if (record instanceof DossierRecord d) {
                                rows.row(d.year(), d.unitCode(), d.dossierId(), "", d.line());
                            } else if (record instanceof SurveyRecord s) {
                                rows.row(s.year(), s.unitCode(), s.respondentId(), s.questionCode(), s.line());
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
                return null;
            });
            String keyColumns = Contracts.forKind(kind).duplicateKeyColumns();
            FileErrors errors = new FileErrors();
            // One reference to the temporary table: MySQL 8 cannot open a temporary table twice in one query.
            jdbc.query("SELECT line, first_line, year, unit_code, k1, k2 FROM (SELECT line, year, unit_code, k1, k2, "
                    + "MIN(line) OVER (PARTITION BY year, unit_code, k1, k2) AS first_line FROM bulk_keys) t "
                    + "WHERE line > first_line ORDER BY line", rs -> {
                        errors.addRepeatedKey(rs.getLong(1), keyColumns, key(kind, rs.getInt(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)), rs.getLong(2));
                    });
            return errors;
        } finally {
            jdbc.execute("DROP TEMPORARY TABLE IF EXISTS bulk_keys");
        }
    }
}

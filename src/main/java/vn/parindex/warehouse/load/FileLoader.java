package vn.parindex.warehouse.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.submission.Kind;
import vn.parindex.submission.Records.AdjustmentRecord;
import vn.parindex.submission.Records.AppraisalRecord;
import vn.parindex.submission.Records.BandRecord;
import vn.parindex.submission.Records.CriterionRecord;
import vn.parindex.submission.Records.MetricRecord;
import vn.parindex.submission.Records.SelfScoreRecord;
import vn.parindex.submission.Records.UnitRecord;
import vn.parindex.submission.SubmissionReader;
import vn.parindex.submission.UnitFact;

/**
 * Writes the valid records of one file, as the intake reads them, into the warehouse, inside the caller's transaction. Data rows stream
 * in batches; each (year, unit) the file holds gets a new current submission that supersedes the earlier one of
 * its kind. Reference rows are applied at {@link #finish()}. Every year touched is queued for recomputation.
 */
public final class FileLoader implements SubmissionReader.Sink {

    private final JdbcTemplate jdbc;
    private final long fileId;
    private Kind kind;
    private final Map<List<Object>, Long> submissions = new HashMap<>();
    private BatchedStatement facts;
    private final List<Object> referenceRecords = new ArrayList<>();

    private final Runnable onRow;
    private final FactLoadPath largeKinds;

    /**
     * {@code onRow} is told of every valid row as it is loaded (for progress lines); {@code largeKinds} is the path
     * dossier ledgers and survey answers take.
     */
    public FileLoader(JdbcTemplate jdbc, long fileId, Runnable onRow, FactLoadPath largeKinds) {
        this.jdbc = jdbc;
        this.fileId = fileId;
        this.onRow = onRow;
        this.largeKinds = largeKinds;
    }

    /**
     * Loads the records {@code records} pushes (a file of {@code fileBytes} bytes whose header announces {@code kind},
     * null when it announces none) as they are read and checked. The caller rolls back what was written unless the
     * result is accepted.
     */
    public SubmissionReader.Result load(Kind kind, long fileBytes, FileRecords records) {
        if (BulkFacts.handles(kind)) {
            return new BulkFacts(jdbc, fileId, onRow, RowTransport.of(largeKinds)).load(records, kind, fileBytes, this::createSubmissions);
        }
        SubmissionReader.Result result = records.readInto(this);
        if (result.accepted()) {
            finish();
        }
        return result;
    }

    /**
     * The current submissions of a bulk-loaded file, set-based: one multi-row insert, one update superseding the
     * earlier current submissions of those (year, unit) pairs, one insert of the years touched (a national ledger
     * holds thousands of units; four round trips each cost seconds).
     */
    void createSubmissions(Kind kind, Collection<BulkFacts.UnitYear> unitYears) {
        jdbc.batchUpdate("INSERT INTO submission (kind, year, unit_code, source_file_id, is_current) VALUES (?, ?, ?, ?, TRUE)",
                unitYears.stream().map(u -> new Object[] {kind.code(), u.year(), u.unitCode(), fileId}).toList());
        // from this file's new rows to the earlier ones of the same (kind, year, unit), both through their index: a
        // scan would lock, and wait for, the rows of files loading beside this one (V8)
        jdbc.update("UPDATE submission n FORCE INDEX (submission_by_file) STRAIGHT_JOIN submission o FORCE INDEX (submission_current) "
                + "ON n.kind = o.kind AND n.year = o.year "
                + "AND n.unit_code = o.unit_code AND o.is_current AND o.source_file_id <> n.source_file_id "
                + "SET o.is_current = FALSE, o.superseded_by = n.id WHERE n.source_file_id = ? AND n.kind = ?", fileId, kind.code());
        unitYears.stream().map(BulkFacts.UnitYear::year).distinct().forEach(this::touchYear);
    }

    /** The current submission of this file for (year, unit), created (superseding earlier ones) on first use. */
    private long submissionFor(int year, String unitCode) {
        return submissions.computeIfAbsent(List.of(year, unitCode), k -> newSubmission(year, unitCode));
    }

    @Override
    public void begin(Kind kind) {
        this.kind = kind;
    }

    @Override
    public void accept(Object record) {
        onRow.run();
        if (kind.isReference()) {
            referenceRecords.add(record);
            return;
        }
        UnitFact fact = (UnitFact) record;
        long submission = submissionFor(fact.year(), fact.unitCode());
        if (facts == null) {
            facts = new BatchedStatement(jdbc, factInsert());
        }
        facts.add(factRow(submission, record));
    }

    /** Writes what is still buffered and applies reference records. */
    private void finish() {
        if (facts != null) {
            facts.flush();
        }
        switch (kind) {
            case UNITS -> UnitsFileUpdate.apply(jdbc, fileId, referenceRecords.stream().map(UnitRecord.class::cast).toList());
            case FRAMEWORK -> replaceFrameworks();
            case BANDS -> replaceBands();
            default -> { }
        }
    }

    private long newSubmission(int year, String unitCode) {
        jdbc.update("INSERT INTO submission (kind, year, unit_code, source_file_id, is_current) VALUES (?, ?, ?, ?, TRUE)",
                kind.code(), year, unitCode, fileId);
        long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        jdbc.update("UPDATE submission SET is_current = FALSE, superseded_by = ? "
                + "WHERE kind = ? AND year = ? AND unit_code = ? AND is_current AND id <> ?",
                id, kind.code(), year, unitCode, id);
        touchYear(year);
        return id;
    }

    private Object[] factRow(long submission, Object record) {
        if (record instanceof SelfScoreRecord r) {
            return new Object[] {submission, r.criterionCode(), r.score(), r.evidence(), r.note(), r.line()};
        } else if (record instanceof AppraisalRecord r) {
            return new Object[] {submission, r.criterionCode(), r.score(), r.comment(), r.line()};
        } else if (record instanceof MetricRecord r) {
            return new Object[] {submission, r.metricCode(), r.numerator(), r.denominator(), r.line()};
        } else if (record instanceof AdjustmentRecord r) {
            return new Object[] {submission, r.points(), r.reason(), r.line()};
        }
        throw new IllegalArgumentException("not a data record: " + record);
    }

    private String factInsert() {
        return switch (kind) {
            case SELF_ASSESSMENT -> "INSERT INTO self_score (submission_id, criterion_code, self_score, evidence, note, source_line) VALUES (?, ?, ?, ?, ?, ?)";
            case APPRAISAL -> "INSERT INTO appraised_score (submission_id, criterion_code, appraised_score, comment, source_line) VALUES (?, ?, ?, ?, ?)";
            case METRICS -> "INSERT INTO metric (submission_id, metric_code, numerator, denominator, source_line) VALUES (?, ?, ?, ?, ?)";
            case ADJUSTMENTS -> "INSERT INTO adjustment (submission_id, points, reason, source_line) VALUES (?, ?, ?, ?)";
            default -> throw new IllegalStateException(kind + " has no fact table");
        };
    }

    private void touchYear(int year) {
        jdbc.update("INSERT IGNORE INTO pending_year (year, queued_by) VALUES (?, ?)", year, fileId);
    }

    private void replaceFrameworks() {
        List<CriterionRecord> records = referenceRecords.stream().map(CriterionRecord.class::cast).toList();
        records.stream().map(r -> List.of(r.year(), r.groupCode())).distinct().forEach(key -> {
            jdbc.update("DELETE FROM criterion WHERE year = ? AND group_code = ?", key.get(0), key.get(1));
            touchYear((Integer) key.get(0));
        });
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            CriterionRecord r = records.get(i);
            var c = r.criterion();
            rows.add(new Object[] {r.year(), r.groupCode(), c.code(), c.parentCode(), c.name(), c.maxPoints(),
                    c.method().code(), r.ruleText(), i, fileId, r.line()});
        }
        jdbc.batchUpdate("""
                INSERT INTO criterion (year, group_code, code, parent_code, name, max_points, method, rule_text, position, source_file_id, source_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void replaceBands() {
        List<BandRecord> records = referenceRecords.stream().map(BandRecord.class::cast).toList();
        records.stream().map(r -> List.of(r.year(), r.groupCode())).distinct().forEach(key -> {
            jdbc.update("DELETE FROM band WHERE year = ? AND group_code = ?", key.get(0), key.get(1));
            touchYear((Integer) key.get(0));
        });
        jdbc.batchUpdate("INSERT INTO band (year, group_code, band, min_index, source_file_id, source_line) VALUES (?, ?, ?, ?, ?, ?)",
                records.stream().map(r -> new Object[] {r.year(), r.groupCode(), r.band(), r.minIndex(), fileId, r.line()}).toList());
    }
}

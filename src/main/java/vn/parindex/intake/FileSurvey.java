package vn.parindex.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.parindex.csv.ColumnScan;
import vn.parindex.csv.CsvHeader;
import vn.parindex.csv.CsvRow;
import vn.parindex.csv.RowSource;
import vn.parindex.submission.Kind;
import vn.parindex.submission.SubmissionReader;
import vn.parindex.workbook.XlsxFileReader;
import vn.parindex.installation.Sha256;

/**
 * What one read of a staged file tells: its SHA-256, the kind its header announces (null when it cannot be told),
 * and, for a data kind, the units its rows name, coarsened as {@link ColumnScan} does (empty when not sure), which
 * tell the files that cannot supersede one another's submissions. A CSV file's bytes are read once for all of it; a
 * workbook's bytes are hashed by a read of their own (the zip's parts are reached through its directory, not in
 * order), its header is read and its shared strings kept for the reads that follow
 * ({@link XlsxFileReader#open(Path, boolean)}): its units, when other files of its kind make them worth reading
 * ({@link #withWorkbookUnits}), and its load. {@code identity} is the file as it was read: the hash holds for as long as the file
 * keeps it.
 */
record FileSurvey(String sha256, Kind kind, Optional<Set<String>> units, FileIdentity identity) {

    /** More distinct units than this in one file and the survey gives up on them (a province has a few thousand). */
    static final int MOST_UNITS = 100_000;
    private static final String UNIT_COLUMN = "unit_code";

    /** Reads {@code file}; fails only when its bytes cannot be read. */
    static FileSurvey of(Path file) throws IOException {
        FileIdentity identity = FileIdentity.of(file);
        return XlsxFileReader.handles(file) ? workbook(file, identity) : csv(file, identity);
    }

    private static FileSurvey csv(Path file, FileIdentity identity) throws IOException {
        MessageDigest digest = Sha256.digest();
        ColumnScan.Survey survey;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            survey = ColumnScan.survey(in, UNIT_COLUMN, MOST_UNITS);
            in.transferTo(OutputStream.nullOutputStream());
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        // a header after megabytes of blank lines (or a quote that never closes): told by a reading of its own
        Kind kind = survey.headerRunsOn() ? peekKind(file) : survey.header() == null ? null : SubmissionReader.kindOf(survey.header());
        return new FileSurvey(sha, kind, dataKind(kind) && !survey.headerRunsOn() ? survey.values() : Optional.empty(), identity);
    }

    /** A workbook's hash and kind; its units are read only when asked ({@link #withWorkbookUnits}). */
    private static FileSurvey workbook(Path file, FileIdentity identity) {
        String sha = Sha256.of(file);
        try (RowSource sheet = XlsxFileReader.open(file, true)) {   // its shared strings kept for its load
            return new FileSurvey(sha, SubmissionReader.kindOf(sheet.header()), Optional.empty(), identity);
        } catch (RuntimeException unreadable) {
            return new FileSurvey(sha, null, Optional.empty(), identity);   // the load says why
        }
    }

    /**
     * This survey of the workbook {@code file} with the units its sheet names: the sheet is read through (its shared
     * strings, kept since the survey, are not parsed again). Only worth it when the plan holds other files of its kind.
     */
    FileSurvey withWorkbookUnits(Path file) {
        if (!XlsxFileReader.handles(file) || !dataKind(kind)) {
            return this;
        }
        try (RowSource sheet = XlsxFileReader.open(file, true)) {
            return new FileSurvey(sha256, kind, units(sheet), identity);
        } catch (RuntimeException unreadable) {
            return this;
        }
    }

    private static boolean dataKind(Kind kind) {
        return kind != null && !kind.isReference();
    }

    /** The coarsened distinct values of the unit column of a sheet's rows, or empty when not sure. */
    private static Optional<Set<String>> units(RowSource sheet) {
        int column = onlyColumnNamed(sheet.header(), UNIT_COLUMN);
        if (column < 0) {
            return Optional.empty();
        }
        Set<String> units = new HashSet<>();
        try {
            while (sheet.hasNext()) {
                CsvRow row = sheet.next();
                String unit = ColumnScan.coarsened(column < row.values().size() ? row.values().get(column) : "");
                if (unit == null || (units.add(unit) && units.size() > MOST_UNITS)) {
                    return Optional.empty();
                }
            }
        } catch (RuntimeException unreadable) {
            return Optional.empty();   // the load says why
        }
        return Optional.of(units);
    }

    /** The position of the one column named {@code name}, or -1 when none or several are. */
    private static int onlyColumnNamed(CsvHeader header, String name) {
        int found = -1;
        for (int i = 0; i < header.names().size(); i++) {
            if (header.names().get(i).strip().toLowerCase(Locale.ROOT).equals(name)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static Kind peekKind(Path file) {
        try {
            return SubmissionReader.peekKind(file);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}

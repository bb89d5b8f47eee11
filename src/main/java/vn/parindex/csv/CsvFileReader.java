package vn.parindex.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of one CSV file (SPEC §3): detects encoding and delimiter, reads the header, then
 * hands out data rows one at a time with the physical line each starts on. Blank records are skipped:
 * empty lines, whitespace-only lines, and records whose fields are all empty (such as {@code ,,,,}).
 * Holds one record in memory at a time.
 */
public final class CsvFileReader extends LookAheadRowSource {
    /** A record longer than this is refused (TOO_LONG) rather than gathered into memory. */
    public static final int MAX_RECORD_CHARS = 1_000_000;
    /** The bytes up to the end of the header kept to parse it without opening the file again. */
    static final int MOST_BYTES_BEFORE_HEADER_END = 4 << 20;

    private final CsvDialect dialect;
    private final RecordSizeGuard guard;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvHeader header;
    private long nextRecordLine = 1;
    private Closeable source;

    private CsvFileReader(StrictDecodingReader text, HeaderSniffer.HeaderLocation headerLocation) throws IOException {
        this.dialect = new CsvDialect(text.charset(), text.hasByteOrderMark(), headerLocation.delimiter(),
                NumberStyle.forDelimiter(headerLocation.delimiter()));
        this.guard = new RecordSizeGuard(text, MAX_RECORD_CHARS);
        this.parser = formatFor(headerLocation.delimiter()).parse(guard);
        this.records = parser.iterator();
        this.header = readHeader(headerLocation.line());
    }

    /**
     * Opens {@code file} and reads up to its header.
     *
     * @throws CsvFormatException   {@code ENCODING} when the text before or in the header does not decode,
     *                              {@code EMPTY} when there is no non-blank line
     * @throws UncheckedIOException when the file cannot be read
     */
    public static CsvFileReader open(Path file) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return open(new ReplayableInput(in, MOST_BYTES_BEFORE_HEADER_END), in, false);
        } catch (ReplayableInput.TooMuchToKeep headerRunsOn) {
            closeQuietly(in, headerRunsOn);
            return openTwice(file);
        } catch (IOException e) {
            closeQuietly(in, e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(in, e);
            throw e;
        }
    }

    /**
     * Reads a CSV file's header from {@code in}, which holds the file from its first byte, reading it only once:
     * the bytes up to the header are kept and read again to parse it. The reader's records then continue from
     * {@code in}; {@link #close()} closes {@code source} (which may be null when the caller closes it). With
     * {@code readAgain}, {@code in} keeps what the header's parse reads, to be rewound once more.
     *
     * @throws CsvFormatException as {@link #open(Path)}
     * @throws ReplayableInput.TooMuchToKeep when the header does not end within the bytes {@code in} may keep
     */
    static CsvFileReader open(ReplayableInput in, Closeable source, boolean readAgain) throws IOException {
        HeaderSniffer.HeaderLocation headerLocation;
        try {
            headerLocation = HeaderSniffer.find(StrictDecodingReader.of(in)).orElseThrow(CsvFormatException::empty);
        } catch (UndecodableTextException e) {
            throw e.problem();
        }
        in.rewind();
        if (!readAgain) {
            in.stopKeeping();
        }
        CsvFileReader reader = new CsvFileReader(StrictDecodingReader.of(in), headerLocation);
        reader.source = source;
        return reader;
    }

    /** The header located by a first reading of the file, parsed by a second: for a header that runs on. */
    private static CsvFileReader openTwice(Path file) {
        HeaderSniffer.HeaderLocation headerLocation = locateHeader(file);
        StrictDecodingReader text = null;
        try {
            text = StrictDecodingReader.open(file);
            return new CsvFileReader(text, headerLocation);
        } catch (IOException e) {
            closeQuietly(text, e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(text, e);
            throw e;
        }
    }

    public CsvDialect dialect() {
        return dialect;
    }

    @Override
    public CsvHeader header() {
        return header;
    }

    @Override
    public NumberStyle numberStyle() {
        return dialect.numberStyle();
    }

    @Override
    public boolean spreadsheet() {
        return false;
    }

    @Override
    protected CsvRow fetch() {
        return nextNonBlankRecord();
    }

    @Override
    public void close() {
        try (Closeable opened = source) {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reading the file twice lets the delimiter be chosen before Commons CSV starts, without buffering
     * anything: this first pass stops at the end of the header line (for a header that does not end within
     * {@link #MOST_BYTES_BEFORE_HEADER_END}).
     */
    private static HeaderSniffer.HeaderLocation locateHeader(Path file) {
        try (StrictDecodingReader text = StrictDecodingReader.open(file)) {
            return HeaderSniffer.find(text).orElseThrow(CsvFormatException::empty);
        } catch (UndecodableTextException e) {
            throw e.problem();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVFormat formatFor(char delimiter) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setEscape((Character) null)
                .setCommentMarker((Character) null)
                // Every physical line outside quotes must come back as a record, or line numbers drift.
                .setIgnoreEmptyLines(false)
                // Lets `a, "b"` be read as a quoted value; values are trimmed anyway.
                .setIgnoreSurroundingSpaces(true)
                .setTrim(false)
                .get();
    }

    /** Skips the records the sniffer treated as blank; the record on the sniffed line is the header. */
    private CsvHeader readHeader(long headerLine) {
        CsvRow record;
        do {
            record = nextRecord();
            if (record == null) {
                throw CsvFormatException.empty();
            }
        } while (record.line() < headerLine);
        return new CsvHeader(record.line(), record.values());
    }

    private CsvRow nextNonBlankRecord() {
        CsvRow record;
        do {
            record = nextRecord();
        } while (record != null && isBlank(record));
        return record;
    }

    private static boolean isBlank(CsvRow record) {
        return record.values().stream().allMatch(String::isEmpty);
    }

    private CsvRow nextRecord() {
        long startLine = nextRecordLine;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            // The parser's line count ends on the record's last line, and every physical line outside
            // quotes (blank ones too) is a record of its own, so the next record starts on the line after.
            nextRecordLine = parser.getCurrentLineNumber() + 1;
            guard.recordFinished();
            return new CsvRow(startLine, cleanValues(record));
        } catch (UncheckedIOException e) {
            throw translate(e, startLine);
        }
    }

    private static List<String> cleanValues(CSVRecord record) {
        String[] raw = record.values();
        String[] cleaned = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            cleaned[i] = CellText.clean(raw[i]);
        }
        return List.of(cleaned);
    }

    private static RuntimeException translate(UncheckedIOException wrapper, long recordLine) {
        Throwable cause = wrapper.getCause();
        if (cause instanceof UndecodableTextException undecodable) {
            return undecodable.problem();
        }
        if (cause instanceof RecordSizeGuard.RecordTooLongException) {
            return CsvFormatException.recordTooLong(recordLine, MAX_RECORD_CHARS);
        }
        if (cause instanceof CSVException) {
            return CsvFormatException.unbalancedQuote(recordLine);
        }
        return wrapper;
    }

    private static void closeQuietly(Closeable closeable, Exception primary) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }
}

package vn.parindex.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.slf4j.LoggerFactory;
import vn.parindex.csv.CsvFormatException;
import vn.parindex.csv.CsvHeader;
import vn.parindex.csv.CsvRow;
import vn.parindex.csv.NumberStyle;
import vn.parindex.csv.LookAheadRowSource;

/**
 * Reads the first worksheet of an {@code .xlsx} workbook like a CSV file (SPEC §11): the first non-blank row is the
 * header, blank rows are skipped, a row's line is its sheet row number. Streaming: Apache POI opens the package
 * (its zip reader refuses zip bombs) and finds the parts; the sheet is read one row at a time with a StAX reader and
 * the shared strings are kept on disk, so memory does not grow with the sheet.
 */
public final class XlsxFileReader extends LookAheadRowSource {

    /** How many times its own size a workbook's cells may expand to, and the most text they may hold (SPEC §3). */
    static final long EXPANSION = 100;
    static final long MOST_EXPANDED_CHARS = 1_000_000_000L;

    private static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    private final OPCPackage workbook;
    private final Path file;
    /** The shared strings: this reader's own, or (when {@code keptStrings}) taken from {@link KeptStrings}. */
    private final SharedStrings strings;
    private final boolean keptStrings;
    private final InputStream sheet;
    private final SheetRows rows;
    private final CsvHeader header;

    private XlsxFileReader(OPCPackage workbook, Path file, SharedStrings strings, boolean keptStrings, InputStream sheet,
            SheetRows rows) throws XMLStreamException {
        this.workbook = workbook;
        this.file = file;
        this.strings = strings;
        this.keptStrings = keptStrings;
        this.sheet = sheet;
        this.rows = rows;
        this.header = readHeader();
    }

    /** True for a file name the job reads as a workbook. */
    public static boolean handles(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Opens {@code file} and reads up to its header.
     *
     * @throws CsvFormatException   {@code FORMAT} (encrypted, not a workbook, oversized, no worksheet) or
     *                              {@code EMPTY} (no non-blank row)
     * @throws UncheckedIOException when the file cannot be read
     */
    public static XlsxFileReader open(Path file) {
        return open(file, false);
    }

    /**
     * As {@link #open(Path)}; with {@code keepStrings}, the workbook's shared strings are kept once this reader is
     * closed, for the next reader of the same unchanged file, until {@link #forgetStrings}. A reader takes strings kept
     * for its file whenever they are there.
     */
    public static XlsxFileReader open(Path file, boolean keepStrings) {
        requireZip(file);
        OPCPackage workbook = null;
        SharedStrings strings = null;
        boolean kept = false;
        InputStream sheet = null;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader parts = new XSSFReader(workbook);
            boolean from1904 = from1904(parts);
            DateStyles dates = dateStyles(parts);
            strings = KeptStrings.take(file);
            kept = strings != null;
            if (!kept) {
                strings = sharedStrings(parts);
                kept = keepStrings && KeptStrings.keep(file, strings);
            }
            sheet = firstWorksheet(parts);
            return new XlsxFileReader(workbook, file, strings, kept, sheet,
                    new SheetRows(SecureXml.reader(sheet), strings, dates, from1904, mostExpandedChars(file)));
        } catch (CsvFormatException e) {
            closeAll(workbook, kept ? null : strings, sheet, e);
            giveBack(file, kept);
            throw e;
        } catch (Exception e) {
            CsvFormatException problem = translate(e, 0);
            closeAll(workbook, kept ? null : strings, sheet, problem);
            giveBack(file, kept);
            throw problem;
        }
    }

    /** Lets the shared strings kept for {@code file} go. */
    public static void forgetStrings(Path file) {
        KeptStrings.forget(file);
    }

    /** Lets every workbook's kept shared strings go. */
    public static void forgetAllStrings() {
        KeptStrings.forgetAll();
    }

    private static void giveBack(Path file, boolean kept) {
        if (kept) {
            KeptStrings.giveBack(file);
        }
    }

    @Override
    public CsvHeader header() {
        return header;
    }

    /** Number cells are written with a point; a number typed as text is read the same way. */
    @Override
    public NumberStyle numberStyle() {
        return NumberStyle.POINT_DECIMAL;
    }

    @Override
    public boolean spreadsheet() {
        return true;
    }

    /** The next non-blank row, as wide as the header at least. */
    @Override
    protected CsvRow fetch() {
        CsvRow row = nextNonBlank();
        return row == null || row.values().size() >= header.names().size() ? row : padded(row, header.names().size());
    }

    @Override
    public void close() {
        try {
            closeAll(workbook, keptStrings ? null : strings, sheet, null);
        } finally {
            giveBack(file, keptStrings);
        }
    }

    private CsvHeader readHeader() throws XMLStreamException {
        CsvRow first = nextNonBlank();
        if (first == null) {
            throw CsvFormatException.empty();
        }
        rows.keepColumns(first.values().size());
        return new CsvHeader(first.line(), first.values());
    }

    /** SPEC §3: a workbook's cells may expand to 100 times its size, and to 1 GB of text at most. */
    private static long mostExpandedChars(Path file) throws IOException {
        return Math.min(EXPANSION * Files.size(file), MOST_EXPANDED_CHARS);
    }

    private CsvRow nextNonBlank() {
        try {
            CsvRow row;
            do {
                row = rows.next();
            } while (row != null && row.values().isEmpty() && row.stray() == null);
            return row;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof CsvFormatException format) {
                throw format;
            }
            throw translate(e, rows.lastRow() + 1);
        }
    }

    private static CsvRow padded(CsvRow row, int width) {
        List<String> values = new ArrayList<>(row.values());
        while (values.size() < width) {
            values.add("");
        }
        return new CsvRow(row.line(), values, row.kinds(), row.stray());
    }

    private static void requireZip(Path file) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (org.apache.poi.EmptyFileException e) {
            throw CsvFormatException.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (magic == FileMagic.OLE2) {
            throw WorkbookProblem.encryptedOrLegacy();   // an encrypted .xlsx is an OLE2 container, as is a renamed .xls
        }
        if (magic != FileMagic.OOXML) {
            throw WorkbookProblem.notAWorkbook("không phải tệp nén ZIP của Excel");
        }
    }

    private static boolean from1904(XSSFReader parts) throws IOException, XMLStreamException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        try (InputStream in = parts.getWorkbookData()) {
            XMLStreamReader xml = SecureXml.reader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    return "1".equals(value) || "true".equals(value);
                }
                if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheets")) {
                    return false;   // workbookPr comes before the sheet list when there is one
                }
            }
            return false;
        }
    }

    private static DateStyles dateStyles(XSSFReader parts) throws IOException, XMLStreamException {
        InputStream in;
        try {
            in = parts.getStylesData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException noStyles) {
            return DateStyles.none();
        }
        if (in == null) {
            return DateStyles.none();
        }
        try (in) {
            return DateStyles.read(in);
        }
    }

    private static SharedStrings sharedStrings(XSSFReader parts) throws IOException, XMLStreamException {
        InputStream in;
        try {
            in = parts.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException noStrings) {
            return SharedStrings.none();
        }
        if (in == null) {
            return SharedStrings.none();
        }
        try (in) {
            return SharedStrings.read(in);
        }
    }

    private static InputStream firstWorksheet(XSSFReader parts) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        XSSFReader.SheetIterator sheets = parts.getSheetIterator();
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            if (WORKSHEET.equals(sheets.getSheetPart().getContentType())) {
                return sheet;
            }
            sheet.close();
        }
        throw WorkbookProblem.noWorksheet();
    }

    /**
     * Whatever POI or the XML reader throws once the file has been opened, as the FORMAT problem it means: the bytes
     * could be read (the magic check did), so what fails is their content (a truncated or altered zip, bad XML). The
     * submitter's message says which part failed in plain words and never carries the exception's own text, which can
     * hold the installation's paths (SPEC §3); the log keeps it for the administrator.
     */
    private static CsvFormatException translate(Exception e, long row) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CsvFormatException format) {
                return format;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("exceeds the max") || message.contains("max entry size")
                    || message.contains("MAX_FILE_COUNT") || message.contains("max file count")) {
                return WorkbookProblem.oversized("tỉ lệ nén hoặc số phần tử trong gói vượt giới hạn an toàn");
            }
        }
        LoggerFactory.getLogger(XlsxFileReader.class).warn("workbook unreadable at row {}: {}", row,
                vn.parindex.csv.VisibleText.of(e.getClass().getName() + ": " + e.getMessage()));
        boolean xml = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            xml |= t instanceof XMLStreamException;
        }
        String detail = xml ? "nội dung XML bên trong tệp không hợp lệ" : "cấu trúc gói nén của tệp không hợp lệ hoặc có phần bị trùng, thiếu";
        return row == 0 ? WorkbookProblem.notAWorkbook(detail) : WorkbookProblem.badSheet(row, detail);
    }

    private static void closeAll(OPCPackage workbook, SharedStrings strings, InputStream sheet, Exception primary) {
        try {
            if (sheet != null) {
                sheet.close();
            }
            if (strings != null) {
                strings.close();
            }
        } catch (IOException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            } else {
                throw new UncheckedIOException(e);
            }
        } finally {
            if (workbook != null) {
                workbook.revert();
            }
        }
    }
}

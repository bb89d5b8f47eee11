package vn.parindex.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellReference;
import vn.parindex.csv.CellKind;
import vn.parindex.csv.CellText;
import vn.parindex.csv.CsvFormatException;
import vn.parindex.csv.CsvRow;

/**
 * The rows of a worksheet part, read with a streaming XML reader one {@code <row>} at a time. Each cell's value
 * is turned into the text the contract checks ({@link CellValues}); values sit at their column's position, so a
 * row's list is as long as its last non-blank cell.
 */
final class SheetRows {

    /** Excel's limits: rows 1..1,048,576, columns A..XFD. */
    static final long MOST_ROWS = 1_048_576;
    static final int MOST_COLUMNS = 16_384;
    /** Like a CSV record (CsvFileReader.MAX_RECORD_CHARS): a row holding more text than this is refused whole. */
    static final int MAX_ROW_CHARS = 1_000_000;

    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final DateStyles dates;
    private final boolean from1904;
    private final StringBuilder text = new StringBuilder();
    private final long mostExpandedChars;
    private long expandedChars;
    private int keptColumns = MOST_COLUMNS;
    private long lastRow;

    /**
     * @param mostExpandedChars the characters all cells of the sheet may expand to (SPEC §3: 100 times the file's size,
     *                          at most 1 GB of text); past it the file is TOO_LARGE
     */
    SheetRows(XMLStreamReader xml, SharedStrings strings, DateStyles dates, boolean from1904, long mostExpandedChars) {
        this.xml = xml;
        this.strings = strings;
        this.dates = dates;
        this.from1904 = from1904;
        this.mostExpandedChars = mostExpandedChars;
    }

    /**
     * Keeps the values of the first {@code columns} columns only (the header's): a value further right is reported by
     * its address, and a row with a cell at XFD then costs what its cells cost, not 16,384 columns.
     */
    void keepColumns(int columns) {
        keptColumns = columns;
    }

    /** The next {@code <row>} of the sheet (possibly blank), or null at the end of the sheet data. */
    CsvRow next() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                return row();
            }
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                return null;
            }
        }
        return null;
    }

    long lastRow() {
        return lastRow;
    }

    private CsvRow row() throws XMLStreamException {
        long number = rowNumber(xml.getAttributeValue(null, "r"));
        lastRow = number;
        Cells cells = new Cells();
        int column = -1;
        long chars = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                column = column(xml.getAttributeValue(null, "r"), column, number);
                Cell cell = cell(number, column);
                if (cell != null) {
                    chars += cell.value.length();
                    if (chars > MAX_ROW_CHARS) {
                        throw new CsvFormatException(CsvFormatException.TOO_LONG, number, "Dòng " + number
                                + " của trang tính chứa hơn " + MAX_ROW_CHARS + " ký tự. Hãy rút gọn các ô của dòng này.");
                    }
                    expandedChars += cell.value.length();
                    if (expandedChars > mostExpandedChars) {
                        throw WorkbookProblem.tooLarge(number, mostExpandedChars);
                    }
                    if (column < keptColumns) {
                        cells.put(column, cell.value, cell.kind);
                    } else {
                        cells.stray(column, cell.value);
                    }
                }
            }
        }
        return cells.row(number);
    }

    /**
     * The line named for a row whose number is wrong: the row after the last one read, or the last row a sheet has
     * when that one was read (found by fuzzing: a row after row 1,048,576 was named 1,048,577, a line no sheet has).
     */
    private long badRowLine() {
        return Math.min(lastRow + 1, MOST_ROWS);
    }

    private long rowNumber(String r) {
        long number;
        if (r == null) {
            number = lastRow + 1;
        } else {
            try {
                number = Long.parseLong(r.strip());
            } catch (NumberFormatException e) {
                throw WorkbookProblem.badSheet(badRowLine(), "số dòng '" + abbreviate(r) + "' không hợp lệ");
            }
        }
        if (number <= lastRow || number > MOST_ROWS) {
            throw WorkbookProblem.badSheet(badRowLine(), "số dòng " + number + " không theo thứ tự hoặc vượt quá " + MOST_ROWS);
        }
        return number;
    }

    private static int column(String reference, int previous, long row) {
        if (reference == null) {
            if (previous + 1 >= MOST_COLUMNS) {
                throw WorkbookProblem.badSheet(row, "quá " + MOST_COLUMNS + " cột");
            }
            return previous + 1;
        }
        int letters = 0;
        while (letters < reference.length() && letters < 4 && Character.isLetter(reference.charAt(letters))
                && reference.charAt(letters) < 128) {
            letters++;
        }
        if (letters == 0 || letters > 3) {
            throw WorkbookProblem.badSheet(row, "địa chỉ ô '" + abbreviate(reference) + "' không hợp lệ");
        }
        int column = CellReference.convertColStringToIndex(reference.substring(0, letters));
        if (column <= previous || column >= MOST_COLUMNS) {
            throw WorkbookProblem.badSheet(row, "địa chỉ ô '" + abbreviate(reference) + "' không theo thứ tự hoặc vượt quá cột XFD");
        }
        return column;
    }

    private record Cell(String value, CellKind kind) {
    }

    /** Reads one {@code <c>} up to its end tag; null for a cell with no value. */
    private Cell cell(long row, int column) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        String stored = null;
        String inline = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (depth == 1 && name.equals("v")) {
                    stored = elementText(SharedStrings.MAX_STRING_CHARS);
                } else if (depth == 1 && name.equals("is")) {
                    text.setLength(0);
                    InlineText.read(xml, text, SharedStrings.MAX_STRING_CHARS);
                    inline = text.toString();
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        String address = CellReference.convertNumToColString(column) + row;
        if ("inlineStr".equals(type)) {
            return inline == null ? null : text(inline);
        }
        if (stored == null || stored.isBlank() && !"str".equals(type)) {
            return null;   // an empty cell, or a formula never calculated
        }
        return switch (type == null ? "n" : type) {
            case "s" -> {
                String shared = strings.get(sharedIndex(stored, row, address));
                if (shared == null) {
                    throw WorkbookProblem.badSheet(row, "ô " + address + " trỏ tới chuỗi không có trong bảng chuỗi dùng chung");
                }
                // cleaned once when the table was read (SharedStrings), not at every use
                yield shared.isEmpty() ? null : new Cell(shared, CellKind.TEXT);
            }
            case "str" -> text(InlineText.decode(stored));
            case "e" -> new Cell(stored.strip(), CellKind.ERROR);
            case "b" -> new Cell(orBad(CellValues.bool(stored), row, address, stored), CellKind.BOOLEAN);
            case "d" -> new Cell(orBad(CellValues.isoDate(stored), row, address, stored), CellKind.DATE);
            case "n" -> numberCell(stored, style, row, address);
            default -> throw WorkbookProblem.badSheet(row, "ô " + address + " có kiểu '" + abbreviate(type) + "' không hợp lệ");
        };
    }

    private Cell numberCell(String stored, String style, long row, String address) {
        if (style != null && dates.isDate(styleIndex(style))) {
            String date = CellValues.date(stored, from1904);
            if (date != null) {
                return new Cell(date, CellKind.DATE);
            }
        }
        return new Cell(orBad(CellValues.number(stored), row, address, stored), CellKind.NUMBER);
    }

    private static Cell text(String value) {
        String cleaned = CellText.clean(value);
        return cleaned.isEmpty() ? null : new Cell(cleaned, CellKind.TEXT);
    }

    private String elementText(int most) throws XMLStreamException {
        text.setLength(0);
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                if (text.length() + xml.getTextLength() > most) {
                    throw WorkbookProblem.tooLarge("một ô dài hơn " + most + " ký tự");
                }
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
        }
        return text.toString();
    }

    private static long sharedIndex(String stored, long row, String address) {
        try {
            return Long.parseLong(stored.strip());
        } catch (NumberFormatException e) {
            throw WorkbookProblem.badSheet(row, "ô " + address + " trỏ tới chuỗi '" + abbreviate(stored) + "'");
        }
    }

    private static int styleIndex(String style) {
        try {
            return Integer.parseInt(style.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String orBad(String value, long row, String address, String stored) {
        if (value == null) {
            throw WorkbookProblem.badSheet(row, "ô " + address + " có giá trị '" + abbreviate(stored) + "' không đúng kiểu của nó");
        }
        return value;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    /** A row's values by column, grown as cells arrive. */
    private static final class Cells {
        private String[] values = new String[16];
        private CellKind[] kinds = new CellKind[16];
        private int width;
        private boolean allText = true;
        private CsvRow.Stray stray;

        void stray(int column, String value) {
            if (stray == null) {
                stray = new CsvRow.Stray(column, value);
            }
        }

        void put(int column, String value, CellKind kind) {
            if (column >= values.length) {
                int size = Math.min(MOST_COLUMNS, Math.max(column + 1, values.length * 2));
                values = Arrays.copyOf(values, size);
                kinds = Arrays.copyOf(kinds, size);
            }
            values[column] = value;
            kinds[column] = kind;
            width = column + 1;
            allText &= kind == CellKind.TEXT;
        }

        CsvRow row(long number) {
            List<String> rowValues = new ArrayList<>(width);
            List<CellKind> rowKinds = new ArrayList<>(allText ? 0 : width);
            for (int i = 0; i < width; i++) {
                rowValues.add(values[i] == null ? "" : values[i]);
                if (!allText) {
                    rowKinds.add(kinds[i] == null ? CellKind.TEXT : kinds[i]);
                }
            }
            return new CsvRow(number, rowValues, rowKinds, stray);
        }
    }
}

package vn.parindex.workbook;

import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell styles of a workbook show a number as a date or time: read from the styles part ({@code numFmts} and
 * {@code cellXfs}), streaming, and judged by POI's rule for date formats.
 */
final class DateStyles {

    /** Excel allows 64,000 cell formats; more is not a real workbook. */
    private static final int MOST_STYLES = 1 << 20;

    private final BitSet dates;

    private DateStyles(BitSet dates) {
        this.dates = dates;
    }

    static DateStyles none() {
        return new DateStyles(new BitSet());
    }

    static DateStyles read(InputStream part) throws XMLStreamException {
        XMLStreamReader xml = SecureXml.reader(part);
        Map<Integer, String> customFormats = new HashMap<>();
        BitSet dates = new BitSet();
        boolean inCellXfs = false;
        int style = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "numFmt" -> {
                        Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                        String code = xml.getAttributeValue(null, "formatCode");
                        if (id != null && code != null && customFormats.size() < MOST_STYLES) {
                            customFormats.put(id, code);
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            if (style >= MOST_STYLES) {
                                throw WorkbookProblem.oversized("hơn " + MOST_STYLES + " kiểu định dạng ô");
                            }
                            Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                            if (id != null && isDate(id, customFormats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id)))) {
                                dates.set(style);
                            }
                            style++;
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                inCellXfs = false;
            }
        }
        return new DateStyles(dates);
    }

    boolean isDate(int style) {
        return style >= 0 && dates.get(style);
    }

    private static boolean isDate(int formatId, String formatCode) {
        return DateUtil.isInternalDateFormat(formatId) || (formatCode != null && DateUtil.isADateFormat(formatId, formatCode));
    }

    private static Integer integer(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

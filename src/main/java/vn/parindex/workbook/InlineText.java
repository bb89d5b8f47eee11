package vn.parindex.workbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a string item ({@code <si>} in the shared strings, {@code <is>} in a cell): its {@code <t>} elements,
 * rich-text runs included, phonetic runs ({@code <rPh>}) left out, and Excel's {@code _xHHHH_} escapes decoded.
 */
final class InlineText {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private InlineText() {
    }

    /**
     * Appends the text of the element the reader stands on (a start tag) to {@code text} and leaves the reader on
     * its end tag.
     *
     * @throws vn.parindex.csv.CsvFormatException FORMAT when the text runs past {@code most} characters
     */
    static void read(XMLStreamReader xml, StringBuilder text, int most) throws XMLStreamException {
        int depth = 1;
        int phonetic = 0;
        boolean inText = false;
        int start = text.length();
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (name.equals("rPh")) {
                    phonetic = depth;
                } else if (name.equals("t") && phonetic == 0) {
                    inText = true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == phonetic) {
                    phonetic = 0;
                }
                inText = false;
                depth--;
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                if (text.length() - start + xml.getTextLength() > most) {
                    throw WorkbookProblem.tooLarge("một ô chữ dài hơn " + most + " ký tự");
                }
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
        }
        if (text.indexOf("_x", start) >= 0) {
            String decoded = decode(text.substring(start));
            text.setLength(start);
            text.append(decoded);
        }
    }

    static String decode(String value) {
        Matcher m = ESCAPE.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}

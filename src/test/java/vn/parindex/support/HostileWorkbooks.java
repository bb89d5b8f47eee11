package vn.parindex.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks an attacker would drop (issue 21), written part by part: a small file whose one shared string is
 * referenced by every row, rows whose only cell sits at column XFD, a package holding one part twice.
 */
public final class HostileWorkbooks {

    static final String HEADER = "<row r=\"1\">" + inline("year") + inline("unit_code") + inline("criterion_code")
            + inline("self_score") + inline("evidence") + inline("note") + "</row>";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String VIETNAMESE = "ạảãàáâậầấẩẫăắằặẳẵệềếểễịìíỉĩọỏõòóôộồốổỗơợờớởỡụủũùúưựừứửữỵỳýỷỹđ";

    private HostileWorkbooks() {
    }

    /** A self-assessment whose {@code note} of every one of {@code rows} rows is one shared string of {@code chars} Vietnamese letters. */
    public static byte[] longSharedString(int chars, int rows) {
        Random random = new Random(21);
        StringBuilder text = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            text.append(VIETNAMESE.charAt(random.nextInt(VIETNAMESE.length())));
        }
        StringBuilder sheet = new StringBuilder(HEADER);
        for (int r = 2; r <= rows + 1; r++) {
            sheet.append("<row r=\"").append(r).append("\"><c><v>2024</v></c>").append(inline("019")).append(inline("1.1"))
                    .append("<c><v>1</v></c>").append(inline("x")).append("<c t=\"s\"><v>0</v></c></row>");
        }
        String sst = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\" count=\"1\" uniqueCount=\"1\"><si><t>"
                + text + "</t></si></sst>";
        return workbook(sheet.toString(), sst, false);
    }

    /** A self-assessment header, then {@code rows} rows each holding one number at column XFD (16,384). */
    public static byte[] wideRows(int rows) {
        StringBuilder sheet = new StringBuilder(HEADER);
        for (int r = 2; r <= rows + 1; r++) {
            sheet.append("<row r=\"").append(r).append("\"><c r=\"XFD").append(r).append("\"><v>1</v></c></row>");
        }
        return workbook(sheet.toString(), null, false);
    }

    /** A valid-looking workbook whose package holds its worksheet part twice. */
    public static byte[] duplicatedEntry() {
        return workbook(HEADER + "<row r=\"2\"><c><v>2024</v></c></row>", null, true);
    }

    /** A workbook whose first sheet holds {@code rows} (rows of inline-string cells, see {@link #inlineRow}) as written. */
    public static byte[] sheet(String... rows) {
        StringBuilder data = new StringBuilder();
        for (int r = 0; r < rows.length; r++) {
            data.append("<row r=\"").append(r + 1).append("\">").append(rows[r]).append("</row>");
        }
        return workbook(data.toString(), null, false);
    }

    /** Inline-string cells holding {@code texts} as they stand in the XML (Excel's {@code _xHHHH_} escapes included). */
    public static String inlineRow(String... texts) {
        StringBuilder cells = new StringBuilder();
        for (String text : texts) {
            cells.append(inline(text));
        }
        return cells.toString();
    }

    private static String inline(String text) {
        return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static byte[] workbook(String sheetData, String sharedStrings, boolean duplicateSheet) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + "</Relationships>");
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + sheetData + "</sheetData></worksheet>";
        parts.put("xl/worksheets/sheet1.xml", sheet);
        if (duplicateSheet) {
            parts.put("xl/worksheets/sheetX.xml", sheet);   // renamed to sheet1.xml below: the zip format lets a name repeat
        }
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", sharedStrings);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] zip = bytes.toByteArray();
        return duplicateSheet ? replaceAll(zip, "xl/worksheets/sheetX.xml", "xl/worksheets/sheet1.xml") : zip;
    }

    /** Replaces a name of the same length everywhere in the zip's bytes (its local header and its central directory entry). */
    private static byte[] replaceAll(byte[] zip, String from, String to) {
        byte[] a = from.getBytes(StandardCharsets.US_ASCII);
        byte[] b = to.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + a.length <= zip.length; i++) {
            if (java.util.Arrays.equals(zip, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, zip, i, b.length);
            }
        }
        return zip;
    }
}

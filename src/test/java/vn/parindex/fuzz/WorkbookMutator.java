package vn.parindex.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.parindex.support.Workbooks;

/**
 * Seeded mutations of workbooks (issue 21), inside the package as well as of its bytes. The seeds are the worked
 * example and sample CSV files typed into workbooks ({@link Workbooks#fromCsv}) and the sample's own {@code .xlsx}
 * files, each with the reference world it is valid in. One input stacks one to six mutations, each a function of the
 * input's seed alone:
 * <ul>
 * <li>on one part (a worksheet mostly, then the shared strings, styles, the workbook and its relationships, the
 * content types): XML elements deleted, duplicated, moved or inserted (rows, cells past XFD, formulas, shared
 * strings, number formats, comments, CDATA, deep nesting); attribute values changed ({@code r}, {@code t},
 * {@code s}, {@code date1904}, {@code count}, relationship targets); text values replaced (codes, numbers, dates,
 * long texts, {@code _xHHHH_} escapes, control, bidi and zero-width characters, huge numbers, character references);
 * a DOCTYPE with entities (internal, external, nested); the encoding declaration or a BOM; bits flipped; the part
 * truncated;</li>
 * <li>on the package: a part removed, an entry name repeated, a part renamed, an unknown part added, the entries
 * reordered, a part inflated tens of megabytes (a zip bomb);</li>
 * <li>on the zip's bytes: bits flipped, truncation, an unknown compression method, a wrong CRC or size, the central
 * directory's offset broken, junk before or after, the encryption flag.</li>
 * </ul>
 * Packages are written by a small zip writer of this class, so an entry name may repeat and every byte is the same
 * for the same seed (no timestamps).
 */
final class WorkbookMutator {

    private static final int MAX_PART_CHARS = 8_000_000;

    /** One entry of the package: its name, its content, whether it is stored uncompressed. */
    private record Part(String name, byte[] data, boolean stored) {
    }

    private record Base(String name, List<Part> parts, FuzzSeeds.World world) {
    }

    private interface PartOp {
        String apply(String xml, SplittableRandom r);
    }

    private interface PackageOp {
        void apply(List<Part> parts, SplittableRandom r);
    }

    private interface ZipOp {
        byte[] apply(byte[] zip, SplittableRandom r);
    }

    private record Op(String name, int weight, PartOp part, PackageOp pack, ZipOp zip) {
    }

    static final List<String> ATTRIBUTES = List.of("r", "t", "s", "date1904", "count", "uniqueCount", "numFmtId", "sheetId",
            "r:id", "Id", "Target", "PartName", "ContentType", "ref", "spans", "applyNumberFormat", "xfId", "state", "Type");

    private static final List<String> CELL_REFS = List.of("A1", "A2", "B2", "Z99", "XFD1", "XFD1048576", "XFE1", "A0", "A1048576",
            "A1048577", "A-1", "AAAA1", "", "1", "A", "2147483648", "A2147483648", "A99999999999999999999", "ZZ9", "a1", "$A$1",
            "A1:B2", "Ä1", "A 1", "A01", "B1", "C1", "D1", "E1", "F1", "G1", "H1");
    private static final List<String> ROW_NUMBERS = List.of("1", "2", "3", "0", "-1", "1048576", "1048577", "2147483647",
            "2147483648", "99999999999999999999", "", "x", "1.5", "1e3", "01", "5", "10");
    private static final List<String> CELL_TYPES = List.of("s", "str", "inlineStr", "n", "b", "e", "d", "x", "", "S", "s ");
    private static final List<String> NUMBER_ATTRIBUTES = List.of("0", "1", "2", "3", "4", "14", "22", "49", "164", "99999", "-1",
            "2147483648", "a", "", "1.5", "true", "false");
    private static final List<String> TARGETS = List.of("worksheets/sheet1.xml", "worksheets/sheet2.xml", "/xl/worksheets/sheet1.xml",
            "../worksheets/sheet1.xml", "../../../../etc/passwd", "file:///etc/passwd", "http://127.0.0.1/x.xml", "sharedStrings.xml",
            "styles.xml", "workbook.xml", "xl/workbook.xml", "", "%2e%2e/x", "worksheets\\sheet1.xml", "WORKSHEETS/SHEET1.XML",
            "worksheets/sheet1.xml#x", "worksheets/sheet1.xml?x=1");
    private static final List<String> CONTENT_TYPES = List.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml", "application/xml", "text/plain", "", "x");

    /** Text values a cell or a shared string may hold, beyond the CSV mutator's per-column values. */
    static final List<String> CELL_TEXTS = List.of("_x0000_", "_x0001_", "_x001F_", "_x000D__x000A_", "_x202E_evil", "_x200B_019",
            "_xD800_", "_xDFFF_", "_xFFFE_", "_x_", "_xZZZZ_", "_x005F_x0041_", "_X0041_", "019_x0009_", "&#1;", "&#0;", "&#x202E;",
            "&#x200B;", "&#xFEFF;019", "&#xD800;", "&#x1F600;", "&#99999999;", "&amp;", "&lt;", "&", "<", "]]>", "&unknown;",
            "\u0001", "\u0000", "\u001F", "\u007F", "\u0085", "\u200B019", "01\u200D9", "\u202E019", "\u2066x\u2069", "\u061C",
            "\uFEFF", "\uFFFE", "\uFFFF", "1E+308", "1E309", "-1E308", "4.9E-324", "NaN", "INF", "-0", "45292", "45292.5",
            "2958465", "2958466", "60", "0.999999999999", "-1", "1.7976931348623157E308", "9".repeat(400), "0x10", "TRUE", "#N/A",
            "#DIV/0!", "a".repeat(32_767), "ệ".repeat(32_768), "x".repeat(1_000_001), " ", "", "\t", "\n", "\r\n");
    private static final List<String> FRAGMENTS = List.of(
            "<row r=\"2\"><c r=\"A2\"><v>2024</v></c></row>", "<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row>",
            "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>", "<row><c><v>2024</v></c><c t=\"s\"><v>0</v></c></row>",
            "<row r=\"3\"/>", "<c r=\"XFD2\"><v>1</v></c>", "<c r=\"B2\" t=\"s\"><v>99999</v></c>", "<c t=\"s\"><v>-1</v></c>",
            "<c t=\"s\"><v>1.5</v></c>", "<c t=\"s\"/>", "<c t=\"e\"><v>#REF!</v></c>", "<c t=\"b\"><v>2</v></c>",
            "<c t=\"d\"><v>2024-01-05T08:00:00</v></c>", "<c t=\"str\"><f>A1&amp;B1</f><v>019</v></c>", "<c><f>1/0</f></c>",
            "<c s=\"1\"><v>45292</v></c>", "<c s=\"99999\"><v>45292</v></c>", "<c t=\"inlineStr\"><is><t>_x0000_</t></is></c>",
            "<c t=\"inlineStr\"><is><r><t>01</t></r><r><t>9</t></r></is></c>", "<c t=\"inlineStr\"><is><rPh><t>x</t></rPh></is></c>",
            "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">  019  </t></is></c>", "<si><t>019</t></si>",
            "<si><r><t>1.</t></r><r><t>1</t></r></si>", "<si/>", "<si><t/></si>", "<si><t>_x202E_019</t></si>",
            "<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/>", "<numFmt numFmtId=\"14\" formatCode=\"@\"/>",
            "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/>", "<xf numFmtId=\"99999\"/>", "<mergeCell ref=\"A1:XFD1048576\"/>",
            "<sheet name=\"X\" sheetId=\"2\" r:id=\"rId9\"/>", "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\" state=\"hidden\"/>",
            "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>",
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"../../x.xml\" TargetMode=\"External\"/>",
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"text/plain\"/>", "<Default Extension=\"xml\" ContentType=\"\"/>",
            "<workbookPr date1904=\"1\"/>", "<!-- a comment -->", "<?pi data?>", "<![CDATA[019]]>", "<![CDATA[<row>]]>",
            "<x:unknown xmlns:x=\"urn:x\"><x:y/></x:unknown>", "<row", "</row>", "</sheetData>", "<sheetData>", "<c>", "</c>", "<v>",
            "<v>1</v>", "<t>019</t>", "&ent;", "&#1;", "\u0000", "<" + "a".repeat(70_000) + "/>");
    private static final List<String> DOCTYPES = List.of(
            "<!DOCTYPE worksheet [<!ENTITY ent \"019\">]>",
            "<!DOCTYPE x [<!ENTITY ent SYSTEM \"file:///etc/passwd\">]>",
            "<!DOCTYPE x [<!ENTITY ent SYSTEM \"http://127.0.0.1:1/x\">]>",
            "<!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>",
            "<!DOCTYPE x SYSTEM \"http://127.0.0.1:1/x.dtd\">",
            "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                    + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                    + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
                    + "<!ENTITY ent \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>",
            "<!DOCTYPE x [<!ELEMENT x ANY><!ATTLIST c t CDATA \"s\">]>");
    private static final List<String> RENAMES = List.of("xl/worksheets/sheet2.xml", "xl/Worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml",
            "xl\\worksheets\\sheet1.xml", "../xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.XML", "xl/sharedStrings.xml",
            "xl/styles.xml", "xl/workbook.xml", "[Content_Types].xml", "xl/worksheets/sheet1.xml", "xl/worksheets/", "",
            "xl/worksheets/sheet1.xml\u0000.txt", "xl/wörksheets/sheet1.xml", "x".repeat(300));

    private final List<Base> bases;
    private final List<FuzzSeeds.World> worlds;
    private final List<Op> ops;
    private final int totalWeight;
    private String note;

    WorkbookMutator(List<FuzzSeeds.Seed> seeds, List<FuzzSeeds.World> worlds) {
        this.bases = seeds.stream().map(s -> new Base(s.name(), unzip(s.bytes()), s.world())).toList();
        this.worlds = worlds;
        this.ops = List.of(
                new Op("delete-element", 40, this::deleteElement, null, null),
                new Op("duplicate-element", 35, this::duplicateElement, null, null),
                new Op("move-element", 15, this::moveElement, null, null),
                new Op("insert-fragment", 40, this::insertFragment, null, null),
                new Op("attribute", 70, this::attribute, null, null),
                new Op("text", 90, this::text, null, null),
                new Op("doctype", 8, this::doctype, null, null),
                new Op("declaration", 6, this::declaration, null, null),
                new Op("part-flip-bits", 12, this::partFlipBits, null, null),
                new Op("part-truncate", 8, this::partTruncate, null, null),
                new Op("deep-nesting", 2, this::deepNesting, null, null),
                new Op("remove-part", 10, null, this::removePart, null),
                new Op("duplicate-entry", 8, null, this::duplicateEntry, null),
                new Op("rename-part", 8, null, this::renamePart, null),
                new Op("add-part", 5, null, this::addPart, null),
                new Op("reorder-parts", 4, null, this::reorderParts, null),
                new Op("store-part", 4, null, this::storePart, null),
                new Op("inflate-part", 1, null, this::inflatePart, null),
                new Op("zip-flip-bits", 12, null, null, this::zipFlipBits),
                new Op("zip-truncate", 6, null, null, this::zipTruncate),
                new Op("zip-header", 12, null, null, this::zipHeader),
                new Op("zip-junk", 4, null, null, this::zipJunk));
        this.totalWeight = ops.stream().mapToInt(Op::weight).sum();
    }

    /** The sheet rows a seed keeps (header included): every framework, bands and units file whole, the others cut. */
    static final int SEED_ROWS = 61;

    /**
     * The workbook seeds: every worked-example and sample CSV file typed into a workbook, with the world it is valid
     * in, and the sample's {@code .xlsx} files; each sheet cut after row {@value #SEED_ROWS} (the sample's survey files
     * hold 5,000 rows, which would make an input take seconds on a loaded machine and add nothing the first 60 do not).
     */
    static List<FuzzSeeds.Seed> seeds(FuzzSeeds csvSeeds) {
        List<FuzzSeeds.Seed> out = new ArrayList<>();
        for (Path csv : files(FuzzSeeds.EXAMPLES, ".csv")) {
            out.add(new FuzzSeeds.Seed("examples/" + csv.getFileName() + " [workbook]", cut(Workbooks.fromCsv(csv)), csvSeeds.world("example")));
        }
        for (Path csv : files(FuzzSeeds.SAMPLE, ".csv")) {
            out.add(new FuzzSeeds.Seed("sample/" + csv.getFileName() + " [workbook]", cut(Workbooks.fromCsv(csv)), csvSeeds.world("sample")));
        }
        for (Path xlsx : files(FuzzSeeds.SAMPLE, ".xlsx")) {
            try {
                out.add(new FuzzSeeds.Seed("sample/" + xlsx.getFileName(), cut(Files.readAllBytes(xlsx)), csvSeeds.world("sample")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The workbook with each worksheet's rows after {@link #SEED_ROWS} removed. */
    private static byte[] cut(byte[] xlsx) {
        List<Part> parts = new ArrayList<>();
        for (Part p : unzip(xlsx)) {
            if (p.name().startsWith("xl/worksheets/sheet")) {
                String xml = new String(p.data(), StandardCharsets.UTF_8);
                int from = xml.indexOf("<row r=\"" + (SEED_ROWS + 1) + "\"");
                int to = xml.indexOf("</sheetData>");
                if (from >= 0 && to > from) {
                    xml = xml.substring(0, from) + xml.substring(to);
                }
                parts.add(new Part(p.name(), b(xml), false));
            } else {
                parts.add(p);
            }
        }
        return zip(parts);
    }

    /** The input of seed {@code inputSeed}: a base workbook, a reference world and one to six stacked mutations. */
    Mutator.Input generate(long inputSeed) {
        SplittableRandom r = new SplittableRandom(inputSeed);
        Base base = bases.get(r.nextInt(bases.size()));
        FuzzSeeds.World world = r.nextInt(100) < 85 ? base.world() : worlds.get(r.nextInt(worlds.size()));
        List<Part> parts = new ArrayList<>(base.parts());
        List<ZipOp> zipOps = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        int count = r.nextInt(100) < 55 ? 1 : 2 + r.nextInt(5);
        for (int i = 0; i < count; i++) {
            Op op = pick(r);
            note = null;
            if (op.part() != null) {
                if (parts.isEmpty()) {
                    continue;
                }
                int at = choosePart(parts, r);
                Part p = parts.get(at);
                String xml = new String(p.data(), StandardCharsets.UTF_8);
                String changed = op.part().apply(xml, r);
                if (changed.length() > MAX_PART_CHARS) {
                    changed = changed.substring(0, MAX_PART_CHARS);
                }
                byte[] data = note != null && note.startsWith("bytes") ? latin1(changed) : changed.getBytes(StandardCharsets.UTF_8);
                parts.set(at, new Part(p.name(), data, p.stored()));
                trace.add(op.name() + ":" + p.name() + (note == null || note.startsWith("bytes") ? "" : ":" + note));
            } else if (op.pack() != null) {
                op.pack().apply(parts, r);
                trace.add(note == null ? op.name() : op.name() + ":" + note);
            } else {
                zipOps.add(op.zip());
                trace.add(op.name());
            }
        }
        byte[] zip = zip(parts);
        for (ZipOp z : zipOps) {
            zip = z.apply(zip, r);
        }
        return new Mutator.Input(inputSeed, zip, world, base.name(), trace);
    }

    private Op pick(SplittableRandom r) {
        int x = r.nextInt(totalWeight);
        for (Op op : ops) {
            x -= op.weight();
            if (x < 0) {
                return op;
            }
        }
        throw new AssertionError();
    }

    /** A worksheet half the time, then shared strings, styles, the workbook, relationships, content types. */
    private static int choosePart(List<Part> parts, SplittableRandom r) {
        int x = r.nextInt(100);
        String wanted = x < 50 ? "xl/worksheets/" : x < 70 ? "xl/sharedStrings.xml" : x < 80 ? "xl/styles.xml"
                : x < 87 ? "xl/workbook.xml" : x < 93 ? "xl/_rels/workbook.xml.rels" : x < 97 ? "[Content_Types].xml" : "";
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!wanted.isEmpty() && parts.get(i).name().startsWith(wanted)) {
                matching.add(i);
            }
        }
        return matching.isEmpty() ? r.nextInt(parts.size()) : matching.get(r.nextInt(matching.size()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Inside one part

    /** Start and end (exclusive) of a random element: a start tag to its first matching end tag, or an empty element. */
    private static int[] element(String xml, SplittableRandom r) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + 1 < xml.length(); i++) {
            if (xml.charAt(i) == '<' && Character.isLetter(xml.charAt(i + 1))) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return null;
        }
        int start = starts.get(r.nextInt(starts.size()));
        int nameEnd = start + 1;
        while (nameEnd < xml.length() && " \t\r\n/>".indexOf(xml.charAt(nameEnd)) < 0) {
            nameEnd++;
        }
        String name = xml.substring(start + 1, nameEnd);
        int gt = xml.indexOf('>', start);
        if (gt < 0) {
            return new int[] {start, xml.length()};
        }
        if (xml.charAt(gt - 1) == '/') {
            return new int[] {start, gt + 1};
        }
        int close = xml.indexOf("</" + name + ">", gt);
        return close < 0 ? new int[] {start, gt + 1} : new int[] {start, close + name.length() + 3};
    }

    /** A position between two tags (or anywhere, now and then). */
    private static int boundary(String xml, SplittableRandom r) {
        if (xml.isEmpty()) {
            return 0;
        }
        if (r.nextInt(10) == 0) {
            return r.nextInt(xml.length() + 1);
        }
        int at = xml.indexOf('>', r.nextInt(xml.length()));
        return at < 0 ? xml.length() : at + 1;
    }

    private String deleteElement(String xml, SplittableRandom r) {
        int[] e = element(xml, r);
        if (e == null) {
            return xml;
        }
        note = tagOf(xml, e[0]);
        return xml.substring(0, e[0]) + xml.substring(e[1]);
    }

    private String duplicateElement(String xml, SplittableRandom r) {
        int[] e = element(xml, r);
        if (e == null) {
            return xml;
        }
        note = tagOf(xml, e[0]);
        String copy = xml.substring(e[0], e[1]);
        int times = r.nextInt(10) == 0 ? 2 + r.nextInt(2_000) : 1;
        if ((long) copy.length() * times > MAX_PART_CHARS) {
            times = 1;
        }
        return xml.substring(0, e[1]) + copy.repeat(times) + xml.substring(e[1]);
    }

    private String moveElement(String xml, SplittableRandom r) {
        int[] e = element(xml, r);
        if (e == null) {
            return xml;
        }
        note = tagOf(xml, e[0]);
        String piece = xml.substring(e[0], e[1]);
        String rest = xml.substring(0, e[0]) + xml.substring(e[1]);
        int at = boundary(rest, r);
        return rest.substring(0, at) + piece + rest.substring(at);
    }

    private String insertFragment(String xml, SplittableRandom r) {
        String fragment = FRAGMENTS.get(r.nextInt(FRAGMENTS.size()));
        note = fragment.length() > 40 ? fragment.substring(0, 40) + "…" : fragment;
        int at = boundary(xml, r);
        return xml.substring(0, at) + fragment + xml.substring(at);
    }

    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([A-Za-z][A-Za-z0-9:]*)=\"([^\"]*)\"");

    private String attribute(String xml, SplittableRandom r) {
        List<int[]> wanted = new ArrayList<>();
        List<int[]> any = new ArrayList<>();
        Matcher m = ATTRIBUTE.matcher(xml);
        while (m.find()) {
            int[] span = {m.start(1), m.start(2), m.end(2)};
            any.add(span);
            if (ATTRIBUTES.contains(m.group(1))) {
                wanted.add(span);
            }
        }
        List<int[]> from = !wanted.isEmpty() && r.nextInt(10) < 9 ? wanted : any;
        if (from.isEmpty()) {
            return xml;
        }
        int[] span = from.get(r.nextInt(from.size()));
        String name = xml.substring(span[0], span[1] - 2);
        String value = attributeValue(name, r);
        note = name + "=" + shorten(value);
        if (r.nextInt(20) == 0) {  // the attribute without its quotes or with a stray one
            return xml.substring(0, span[1] - 1) + value + xml.substring(span[2] + 1);
        }
        return xml.substring(0, span[1]) + value + xml.substring(span[2]);
    }

    private static String attributeValue(String name, SplittableRandom r) {
        List<String> values = switch (name) {
            case "r" -> r.nextBoolean() ? CELL_REFS : ROW_NUMBERS;
            case "t" -> CELL_TYPES;
            case "date1904" -> List.of("1", "0", "true", "false", "x", "", "2");
            case "Target" -> TARGETS;
            case "PartName" -> List.of("/xl/worksheets/sheet1.xml", "/xl/worksheets/sheet2.xml", "xl/workbook.xml", "/", "",
                    "/xl/sharedStrings.xml", "/XL/WORKBOOK.XML");
            case "ContentType" -> CONTENT_TYPES;
            case "r:id", "Id" -> List.of("rId1", "rId2", "rId3", "rId99", "", "rId1 ", "x");
            case "ref" -> List.of("A1", "A1:H361", "A1:XFD1048576", "", "B2:A1", "A1:A0");
            case "Type" -> List.of("http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "x", "");
            default -> NUMBER_ATTRIBUTES;
        };
        return values.get(r.nextInt(values.size()));
    }

    private String text(String xml, SplittableRandom r) {
        List<int[]> runs = new ArrayList<>();
        for (int i = xml.indexOf('>'); i >= 0 && i + 1 < xml.length(); i = xml.indexOf('>', i + 1)) {
            int end = xml.indexOf('<', i + 1);
            if (end > i + 1) {
                runs.add(new int[] {i + 1, end});
            }
        }
        String value = textValue(r);
        note = shorten(value);
        if (runs.isEmpty()) {
            return xml;
        }
        int[] run = runs.get(r.nextInt(runs.size()));
        return xml.substring(0, run[0]) + value + xml.substring(run[1]);
    }

    private static String textValue(SplittableRandom r) {
        int x = r.nextInt(10);
        if (x < 4) {
            return CELL_TEXTS.get(r.nextInt(CELL_TEXTS.size()));
        }
        List<String> values = Mutator.ALL_VALUES.get(r.nextInt(Mutator.ALL_VALUES.size()));
        String value = values.get(r.nextInt(values.size()));
        // the per-column values as XML text: escaped as a writer would, or raw (not well-formed with < or &)
        return x < 9 ? value.replace("&", "&amp;").replace("<", "&lt;") : value;
    }

    private String doctype(String xml, SplittableRandom r) {
        String doctype = DOCTYPES.get(r.nextInt(DOCTYPES.size()));
        note = shorten(doctype);
        int at = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        String out = xml.substring(0, at) + doctype + xml.substring(at);
        if (r.nextBoolean()) {  // and the entity used in a text
            int gt = out.indexOf("<v>", at);
            gt = gt < 0 ? out.indexOf("<t>", at) : gt;
            if (gt >= 0) {
                out = out.substring(0, gt + 3) + "&ent;" + out.substring(gt + 3);
            }
        }
        return out;
    }

    private String declaration(String xml, SplittableRandom r) {
        String[] declarations = {"<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<?xml version=\"1.1\" encoding=\"UTF-8\"?>",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "<?xml version=\"2.0\"?>", "<?xml encoding=\"x\"?>", "",
            "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>", " <?xml version=\"1.0\"?>", "<?xml version=\"1.0\" standalone=\"no\"?>"};
        String declaration = declarations[r.nextInt(declarations.length)];
        note = shorten(declaration);
        int end = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return declaration + xml.substring(end);
    }

    /** Bits flipped in the part's bytes (carried as Latin-1 characters so they reach the package unchanged). */
    private String partFlipBits(String xml, SplittableRandom r) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            return xml;
        }
        int flips = 1 + r.nextInt(4);
        for (int i = 0; i < flips; i++) {
            bytes[r.nextInt(bytes.length)] ^= (byte) (1 << r.nextInt(8));
        }
        note = "bytes";
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private String partTruncate(String xml, SplittableRandom r) {
        return xml.isEmpty() ? xml : xml.substring(0, r.nextInt(xml.length()));
    }

    private String deepNesting(String xml, SplittableRandom r) {
        int depth = 1_000 + r.nextInt(100_000);
        note = "depth " + depth;
        int at = boundary(xml, r);
        return xml.substring(0, at) + "<x>".repeat(depth) + "</x>".repeat(r.nextBoolean() ? depth : depth / 2) + xml.substring(at);
    }

    // ---------------------------------------------------------------------------------------------------------
    // On the package

    private void removePart(List<Part> parts, SplittableRandom r) {
        if (!parts.isEmpty()) {
            note = parts.remove(r.nextInt(parts.size())).name();
        }
    }

    private void duplicateEntry(List<Part> parts, SplittableRandom r) {
        if (parts.isEmpty()) {
            return;
        }
        Part p = parts.get(r.nextInt(parts.size()));
        note = p.name();
        byte[] data = r.nextBoolean() ? p.data() : b(new String(p.data(), StandardCharsets.UTF_8).replace("019", "021"));
        parts.add(r.nextInt(parts.size() + 1), new Part(p.name(), data, p.stored()));
    }

    private void renamePart(List<Part> parts, SplittableRandom r) {
        if (parts.isEmpty()) {
            return;
        }
        int at = r.nextInt(parts.size());
        Part p = parts.get(at);
        String name = RENAMES.get(r.nextInt(RENAMES.size()));
        note = p.name() + " -> " + shorten(name);
        parts.set(at, new Part(name, p.data(), p.stored()));
    }

    private void addPart(List<Part> parts, SplittableRandom r) {
        String[] names = {"xl/worksheets/sheet2.xml", "xl/unknown.bin", "xl/vbaProject.bin", "docProps/custom.xml", "xl/calcChain.xml"};
        String name = names[r.nextInt(names.length)];
        note = name;
        byte[] data = parts.isEmpty() || r.nextBoolean() ? b("<?xml version=\"1.0\"?><x/>") : parts.get(r.nextInt(parts.size())).data();
        parts.add(new Part(name, data, false));
    }

    private void reorderParts(List<Part> parts, SplittableRandom r) {
        for (int i = parts.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Part a = parts.get(i);
            parts.set(i, parts.get(j));
            parts.set(j, a);
        }
    }

    private void storePart(List<Part> parts, SplittableRandom r) {
        if (!parts.isEmpty()) {
            int at = r.nextInt(parts.size());
            Part p = parts.get(at);
            note = p.name();
            parts.set(at, new Part(p.name(), p.data(), !p.stored()));
        }
    }

    /** The worksheet padded with blank space (or a shared string with a long text): small on disk, large inflated. */
    private void inflatePart(List<Part> parts, SplittableRandom r) {
        int megabytes = 5 + r.nextInt(60);
        note = megabytes + " MB";
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            if (p.name().startsWith("xl/worksheets/")) {
                String xml = new String(p.data(), StandardCharsets.UTF_8);
                int at = xml.indexOf("<sheetData>");
                at = at < 0 ? 0 : at + "<sheetData>".length();
                byte[] head = xml.substring(0, at).getBytes(StandardCharsets.UTF_8);
                byte[] tail = xml.substring(at).getBytes(StandardCharsets.UTF_8);
                byte[] data = new byte[head.length + (megabytes << 20) + tail.length];
                System.arraycopy(head, 0, data, 0, head.length);
                Arrays.fill(data, head.length, head.length + (megabytes << 20), (byte) ' ');
                System.arraycopy(tail, 0, data, data.length - tail.length, tail.length);
                parts.set(i, new Part(p.name(), data, false));
                return;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // On the zip's bytes

    private byte[] zipFlipBits(byte[] zip, SplittableRandom r) {
        byte[] out = zip.clone();
        int flips = 1 + r.nextInt(8);
        for (int i = 0; i < flips && out.length > 0; i++) {
            out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return out;
    }

    private byte[] zipTruncate(byte[] zip, SplittableRandom r) {
        return Arrays.copyOf(zip, zip.length == 0 ? 0 : r.nextInt(zip.length));
    }

    /** A field of a local or central header set to a hostile value: method, flags, CRC, sizes, offsets, counts. */
    private byte[] zipHeader(byte[] zip, SplittableRandom r) {
        byte[] out = zip.clone();
        List<Integer> locals = signatures(out, 0x04034b50);
        List<Integer> centrals = signatures(out, 0x02014b50);
        List<Integer> ends = signatures(out, 0x06054b50);
        int[][] localFields = {{6, 2}, {8, 2}, {14, 4}, {18, 4}, {22, 4}, {26, 2}, {28, 2}};
        int[][] centralFields = {{8, 2}, {10, 2}, {16, 4}, {20, 4}, {24, 4}, {28, 2}, {30, 2}, {42, 4}};
        int[][] endFields = {{8, 2}, {10, 2}, {12, 4}, {16, 4}, {20, 2}};
        int which = r.nextInt(3);
        List<Integer> at = which == 0 ? locals : which == 1 ? centrals : ends;
        int[][] fields = which == 0 ? localFields : which == 1 ? centralFields : endFields;
        if (at.isEmpty()) {
            return out;
        }
        int base = at.get(r.nextInt(at.size()));
        int[] field = fields[r.nextInt(fields.length)];
        long[] values = {0, 1, 8, 12, 99, 0xFFFF, 0xFFFFFFFFL, 0x7FFFFFFF, 1 << 30, r.nextLong()};
        long value = values[r.nextInt(values.length)];
        for (int i = 0; i < field[1] && base + field[0] + i < out.length; i++) {
            out[base + field[0] + i] = (byte) (value >>> (8 * i));
        }
        return out;
    }

    private byte[] zipJunk(byte[] zip, SplittableRandom r) {
        byte[] junk = new byte[1 + r.nextInt(2_000)];
        r.nextBytes(junk);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (r.nextBoolean()) {
            out.writeBytes(junk);
            out.writeBytes(zip);
        } else {
            out.writeBytes(zip);
            out.writeBytes(junk);
        }
        return out.toByteArray();
    }

    private static List<Integer> signatures(byte[] zip, int signature) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i + 4 <= zip.length; i++) {
            if ((zip[i] & 0xFF) == (signature & 0xFF) && (zip[i + 1] & 0xFF) == ((signature >>> 8) & 0xFF)
                    && (zip[i + 2] & 0xFF) == ((signature >>> 16) & 0xFF) && (zip[i + 3] & 0xFF) == (signature >>> 24)) {
                at.add(i);
            }
        }
        return at;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The package as a zip

    private static List<Part> unzip(byte[] xlsx) {
        List<Part> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.add(new Part(e.getName(), in.readAllBytes(), false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(parts);
    }

    /** A zip of {@code parts} in order, names as given (repeats allowed), no timestamps, deflated unless stored. */
    private static byte[] zip(List<Part> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        int count = 0;
        for (Part p : entries) {
            byte[] name = p.name().getBytes(StandardCharsets.UTF_8);
            CRC32 crc = new CRC32();
            crc.update(p.data());
            byte[] data = p.stored() ? p.data() : deflate(p.data());
            int method = p.stored() ? 0 : 8;
            int offset = out.size();
            int[] header = {0x04034b50, 4, 20, 2, 0x0800, 2, method, 2, 0, 2, 0x21, 2};
            writeInts(out, header);
            writeInt(out, (int) crc.getValue(), 4);
            writeInt(out, data.length, 4);
            writeInt(out, p.data().length, 4);
            writeInt(out, name.length, 2);
            writeInt(out, 0, 2);
            out.writeBytes(name);
            out.writeBytes(data);
            writeInts(central, new int[] {0x02014b50, 4, 20, 2, 20, 2, 0x0800, 2, method, 2, 0, 2, 0x21, 2});
            writeInt(central, (int) crc.getValue(), 4);
            writeInt(central, data.length, 4);
            writeInt(central, p.data().length, 4);
            writeInt(central, name.length, 2);
            writeInts(central, new int[] {0, 2, 0, 2, 0, 2, 0, 2, 0, 4});
            writeInt(central, offset, 4);
            central.writeBytes(name);
            count++;
        }
        int centralOffset = out.size();
        out.writeBytes(central.toByteArray());
        writeInts(out, new int[] {0x06054b50, 4, 0, 2, 0, 2, count, 2, count, 2, central.size(), 4, centralOffset, 4, 0, 2});
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
            byte[] buffer = new byte[65_536];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Pairs of (value, byte count), little-endian. */
    private static void writeInts(ByteArrayOutputStream out, int[] pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            writeInt(out, pairs[i], pairs[i + 1]);
        }
    }

    private static void writeInt(ByteArrayOutputStream out, int value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((value >>> (8 * i)) & 0xFF);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String tagOf(String xml, int start) {
        int end = start + 1;
        while (end < xml.length() && end < start + 40 && " \t\r\n/>".indexOf(xml.charAt(end)) < 0) {
            end++;
        }
        return xml.substring(start + 1, end);
    }

    private static String shorten(String value) {
        String v = value.length() > 30 ? value.substring(0, 30) + "…(" + value.length() + ")" : value;
        StringBuilder out = new StringBuilder();
        v.codePoints().forEach(c -> out.append(c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0x200B && c <= 0x206F) || c == 0xFEFF
                ? String.format(Locale.ROOT, "\\u%04X", c) : new String(Character.toChars(c))));
        return out.toString();
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] b(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path folder, String extension) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.parindex.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Seeded mutations of seed files. One input is a function of its own 64-bit seed alone (and of the seed list), so a
 * failing input is regenerated from the seed printed with it. Mutations stack (one to six per input) and range from
 * blind (bit flips, byte insertions and deletions, truncation, splicing two seeds) through CSV-aware (lines
 * duplicated, deleted, swapped; quotes, delimiters, line breaks, BOMs, invalid UTF-8, NUL, control characters and
 * very long fields inserted; re-encoding; header columns duplicated, removed, renamed, reordered) to contract-aware
 * (a field replaced by a value of its column's type at and beyond every edge: exponents, NaN, many decimals, huge
 * numbers, years out of range, leading zeros, impossible dates, unknown methods and broken rules, known codes that
 * lead into the deep checks), plus rare big ones (a record over a million characters, over a thousand bad rows).
 */
final class Mutator {

    /** What one input is made of, for the failure report. */
    record Input(long seed, byte[] bytes, FuzzSeeds.World world, String base, List<String> trace) {
    }

    private static final int MAX_BYTES = 3_000_000;

    static final List<String> YEARS = List.of("2024", "2025", "2023", "2013", "1999", "2000", "2100", "2101", "0000",
            "20240", "202", "２０２４", "2024.0", "2,024", "-2024", "+2024", " 2024 ", "2024\u00A0", "", "MMXXIV", "2O24", "1997");
    static final List<String> CODES = List.of("019", "021", "005", "001", "016", "030", "19", "0019", "1", "1.1", "1.2",
            "1.10", "2", "2.1", "2.2", "3", "3.1", "9.9", "QUAN", "HUYEN", "quan", "plan.completed", "dossiers.ontime",
            "dossiers.online", "S1", "S2", "a".repeat(32), "a".repeat(33), "", "Ü", "1 1", "-x", ".1", "x/y", "1,1",
            "ệ", "\u0661\u0669", "0", "00", "_", "A-b_c.d");
    static final List<String> IDS = List.of("R001", "R002", "000.00.19.H26-240105-0001", "x".repeat(64), "x".repeat(65),
            "😀".repeat(64), "😀".repeat(65), "", "a\u0001b", "id\u007F", "1.004227", "Mã hồ sơ");
    static final List<String> NUMBERS = List.of("0", "1", "14", "14.5", "14,5", "15", "15.0001", "40", "100", "100.0001",
            "-1", "-0", "+5", "0.0000", "0.00001", "1.12345", "1.1234", "3.14159265358979323846", "1e5", "1E-3", "1.5e2", "NaN",
            "nan", "Infinity", "-Infinity", "∞", "99999999999", "9999999999", "12345678901.5", "1" + "0".repeat(400),
            "9".repeat(5000), "0." + "0".repeat(3000) + "1", ".5", "5.", "1.359", "1.359,5", "1.000.000", "1 000", "١٢",
            "０", "0x1F", "--1", "+-1", "1..2", "1,,2", "12.3.4", "\u00A05", "−1", "1_000", "Ⅻ", "", " ", "22", "21", "0,0001",
            "1.000,00001");
    static final List<String> DATES = List.of("2024-01-05", "2024-01-05 08:12", "2024-01-05 08:12:59", "2024-01-05T08:12",
            "2024-02-30", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-05 24:00", "2024-01-05 23:60",
            "2024-01-05 23:59:60", "5/1/2024", "05/01/2024 8:12", "31/12/2024 23:59:59", "2024-1-5", "1999-12-31",
            "2101-01-01", "2024-01-05 8:12", "9999-12-31 23:59:59", "0000-01-01", "+2024-01-05", "2024-01-05 08:12:00.5",
            "2024-01-05 08:12Z", "2024/01/05", "", "2024-01-12", "2024-01-04", "2023-12-31");
    static final List<String> CHANNELS = List.of("online", "offline", "ONLINE", "Online", "web", "", "onlïne", "on line");
    static final List<String> ANSWERS = List.of("1", "5", "0", "6", "4.0", "04", "٣", "+3", "-1", "", "3 ", "five");
    static final List<String> METHODS = List.of("group", "appraised", "ratio", "survey", "manual", "GROUP", "Ratio", "",
            "appraised ", "surveys");
    static final List<String> RULES = List.of("", "metric=plan.completed; linear", "metric=x; >=0.9:1; else:0",
            "metric=x; >=0.9:1; >=0.8:0.5; else:0", "metric=; >=2:1", "metric=x; >=0.9:1.5; else:0", "metric=x; >=0.9:1",
            "metric=x; linear; else:0", "metric=x;;;", "metric=x; <=0.1:1; else:-1", "metric=x; >=NaN:1; else:0",
            "metric=x; >=1e400:1; else:0", "metric=x; >=0,9:1; else:0", "metric=dossiers.ontime; >=0.95:1; else:0",
            "questions=S1,S2; mode=share; min_responses=30", "questions=S1; mode=mean", "questions=; mode=median",
            "questions=S1; mode=share; min_responses=-1", "questions=S1; mode=share; min_responses=99999999999999999999",
            "questions=S1,S1; mode=share; mode=mean", "QUESTIONS=S1; MODE=SHARE", "else:0", ";", "metric=x; >=" + "9".repeat(500) + ":1; else:0");
    static final List<String> TEXTS = List.of("", " ", "\"", "x\"y", "ệ".repeat(201), "a".repeat(4001),
            "Quận Nam Từ Liêm", "Quận Nam Từ Liêm".replace("ậ", "a\u0323\u0302"), "=cmd|' /C calc'!A0", "+1", "@SUM(A1)",
            "\u202Eevil", "line\u2028break", "😀", "Xuất sắc", "Yếu", "a,b", "a;b", "a\tb", "a\nb", "\uFEFF", "\u00A0",
            "x".repeat(65));
    private static final Map<String, List<String>> BY_COLUMN = Map.ofEntries(
            Map.entry("year", YEARS), Map.entry("valid_from", YEARS), Map.entry("valid_to", YEARS),
            Map.entry("unit_code", CODES), Map.entry("group_code", CODES), Map.entry("code", CODES), Map.entry("parent_code", CODES),
            Map.entry("criterion_code", CODES), Map.entry("metric_code", CODES), Map.entry("question_code", CODES),
            Map.entry("predecessors", CODES), Map.entry("respondent_id", IDS), Map.entry("dossier_id", IDS),
            Map.entry("procedure_code", IDS), Map.entry("max_points", NUMBERS), Map.entry("min_index", NUMBERS),
            Map.entry("self_score", NUMBERS), Map.entry("appraised_score", NUMBERS), Map.entry("numerator", NUMBERS),
            Map.entry("denominator", NUMBERS), Map.entry("points", NUMBERS), Map.entry("received_at", DATES),
            Map.entry("due_at", DATES), Map.entry("resolved_at", DATES), Map.entry("channel", CHANNELS),
            Map.entry("answer", ANSWERS), Map.entry("method", METHODS), Map.entry("rule", RULES));
    static final List<List<String>> ALL_VALUES = List.of(YEARS, CODES, IDS, NUMBERS, DATES, CHANNELS, ANSWERS, METHODS,
            RULES, TEXTS);

    static final List<String> COLUMN_NAMES = List.of("unit_code", "unit_name", "group_code", "unit_type", "valid_from",
            "valid_to", "group_name", "predecessors", "year", "code", "parent_code", "name", "max_points", "method", "rule", "band",
            "min_index", "criterion_code", "self_score", "evidence", "note", "appraised_score", "comment", "metric_code",
            "numerator", "denominator", "respondent_id", "question_code", "answer", "points", "reason", "dossier_id",
            "procedure_code", "received_at", "due_at", "resolved_at", "channel", "", " ", "Unit_Code", " YEAR ", "\uFEFFyear",
            "year\u00A0", "\"year\"", "năm", "unit code", "ghi_chu");

    /** Raw byte tokens: structure, byte order marks, invalid UTF-8, NUL and controls, odd Unicode. */
    private static final List<byte[]> TOKENS = List.of(
            b("\""), b("\"\""), b("\",\""), b(","), b(";"), b("\t"), b("\r"), b("\n"), b("\r\n"), b("\n\n"), b("\"\n\""),
            bytes(0xEF, 0xBB, 0xBF), bytes(0xFE, 0xFF), bytes(0xFF, 0xFE), bytes(0x00, 0x00, 0xFE, 0xFF),
            bytes(0xC3, 0x28), bytes(0xA0, 0xA1), bytes(0xE2, 0x28, 0xA1), bytes(0xE2, 0x82, 0x28), bytes(0xF0, 0x28, 0x8C, 0xBC),
            bytes(0xF0, 0x90, 0x28, 0xBC), bytes(0xF8, 0xA1, 0xA1, 0xA1, 0xA1), bytes(0xC0, 0xAF), bytes(0xE0, 0x80, 0xAF),
            bytes(0xED, 0xA0, 0x80), bytes(0xED, 0xBF, 0xBF), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xFF), bytes(0x80), bytes(0xC3),
            bytes(0xE1, 0xBB), bytes(0x00), bytes(0x01), bytes(0x07), bytes(0x08), bytes(0x0B), bytes(0x0C), bytes(0x1A),
            bytes(0x1B), bytes(0x1F), bytes(0x7F), bytes(0xC2, 0x80), bytes(0xC2, 0x85), bytes(0xC2, 0x9F), b("\u2028"),
            b("\u2029"), b("\u00A0"), b("\u200B"), b("\u202E"), b("\uFEFF"), b("\u0301"), b("😀"), b("ệ"), b("e\u0323\u0302"),
            b("\u3000"), b("\u0085"), b("a".repeat(4000)), b("a".repeat(4001)), b("ệ".repeat(4001)), b("x".repeat(70_000)),
            b("\"" + "long\nquoted,field;".repeat(300) + "\""), b("\"a\"b"), b("a\"b\""), b(" \"a\" "), b("\"\"\"\""));

    private interface Op extends BiFunction<byte[], SplittableRandom, byte[]> {
    }

    private record Weighted(String name, int weight, Op op) {
    }

    private final List<FuzzSeeds.Seed> seeds;
    private final List<FuzzSeeds.World> worlds;
    private final List<Weighted> ops;
    private final int totalWeight;
    /** A detail the last operation noted for the trace (which header change, which encoding), or null. */
    private String note;

    Mutator(List<FuzzSeeds.Seed> seeds, List<FuzzSeeds.World> worlds) {
        this.seeds = seeds;
        this.worlds = worlds;
        this.ops = List.of(
                new Weighted("flip-bits", 25, this::flipBits),
                new Weighted("set-byte", 20, this::setByte),
                new Weighted("insert-bytes", 15, this::insertRandomBytes),
                new Weighted("delete-bytes", 20, this::deleteBytes),
                new Weighted("duplicate-line", 25, this::duplicateLine),
                new Weighted("delete-line", 25, this::deleteLine),
                new Weighted("swap-lines", 20, this::swapLines),
                new Weighted("splice", 25, this::splice),
                new Weighted("insert-token", 60, this::insertToken),
                new Weighted("replace-number", 40, this::replaceNumber),
                new Weighted("replace-field", 90, this::replaceField),
                new Weighted("truncate", 15, this::truncate),
                new Weighted("emptyish", 4, this::emptyish),
                new Weighted("header", 50, this::header),
                new Weighted("re-encode", 12, this::reencode),
                new Weighted("delimiters-newlines", 15, this::delimitersAndNewlines),
                new Weighted("case", 8, this::changeCase),
                new Weighted("many-errors", 3, this::manyErrors),
                new Weighted("huge-record", 1, this::hugeRecord),
                new Weighted("deep-tree", 1, this::deepTree));
        this.totalWeight = ops.stream().mapToInt(Weighted::weight).sum();
    }

    /** The input of seed {@code inputSeed}: a base seed file, a reference world and one to six stacked mutations. */
    Input generate(long inputSeed) {
        SplittableRandom r = new SplittableRandom(inputSeed);
        FuzzSeeds.Seed base = seeds.get(r.nextInt(seeds.size()));
        int w = r.nextInt(100);
        // mostly the world the seed is valid in, so data rows reach the deep checks; sometimes another or none
        FuzzSeeds.World world = w < 85 ? base.world() : worlds.get(r.nextInt(worlds.size()));
        byte[] bytes = base.bytes();
        List<String> trace = new ArrayList<>();
        int count = r.nextInt(100) < 55 ? 1 : 2 + r.nextInt(5);
        for (int i = 0; i < count; i++) {
            Weighted op = pick(r);
            note = null;
            bytes = op.op().apply(bytes, r);
            if (bytes.length > MAX_BYTES) {
                bytes = Arrays.copyOf(bytes, MAX_BYTES);
            }
            trace.add(note == null ? op.name() : op.name() + ":" + note);
        }
        return new Input(inputSeed, bytes, world, base.name(), trace);
    }

    private Weighted pick(SplittableRandom r) {
        int x = r.nextInt(totalWeight);
        for (Weighted op : ops) {
            x -= op.weight();
            if (x < 0) {
                return op;
            }
        }
        throw new AssertionError();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Blind byte mutations

    private byte[] flipBits(byte[] in, SplittableRandom r) {
        if (in.length == 0) {
            return in;
        }
        byte[] out = in.clone();
        int flips = 1 + r.nextInt(4);
        for (int i = 0; i < flips; i++) {
            int at = r.nextInt(out.length);
            // the high bit makes invalid UTF-8 at once (ENCODING); mostly flip the others, which stay in the text
            out[at] ^= (byte) (1 << (r.nextInt(10) < 3 ? 7 : r.nextInt(7)));
        }
        return out;
    }

    private byte[] setByte(byte[] in, SplittableRandom r) {
        if (in.length == 0) {
            return in;
        }
        byte[] out = in.clone();
        int[] interesting = {0x00, 0xFF, 0x7F, 0x80, '"', ',', ';', '\t', '\r', '\n', ' ', '0', '9', '.', '-', 'e', 0xC3, 0xFE};
        out[r.nextInt(out.length)] = (byte) interesting[r.nextInt(interesting.length)];
        return out;
    }

    private byte[] insertRandomBytes(byte[] in, SplittableRandom r) {
        byte[] extra = new byte[1 + r.nextInt(16)];
        boolean ascii = r.nextInt(10) < 7; // printable ASCII mostly, so the text still decodes and reaches the CSV layer
        for (int i = 0; i < extra.length; i++) {
            extra[i] = (byte) (ascii ? 0x20 + r.nextInt(0x5F) : r.nextInt(256));
        }
        return insert(in, r.nextInt(in.length + 1), extra);
    }

    private byte[] deleteBytes(byte[] in, SplittableRandom r) {
        if (in.length == 0) {
            return in;
        }
        int from = r.nextInt(in.length);
        int length = 1 + r.nextInt(Math.min(64, in.length - from));
        return concat(Arrays.copyOfRange(in, 0, from), Arrays.copyOfRange(in, from + length, in.length));
    }

    private byte[] truncate(byte[] in, SplittableRandom r) {
        return in.length == 0 ? in : Arrays.copyOf(in, r.nextInt(in.length));
    }

    private byte[] emptyish(byte[] in, SplittableRandom r) {
        List<byte[]> choices = List.of(new byte[0], bytes(0xEF, 0xBB, 0xBF), bytes(0xFF, 0xFE), bytes(0xFE, 0xFF),
                bytes(0xFF, 0xFE, 0x0A, 0x00), b("\n\n\r\n"), b(",,,\n;;;\n\t\t\n"), b("   "), b("\""), b("\"\n"), b("\uFEFF\n"),
                bytes(0xFE, 0xFF, 0x00), firstLine(in), concat(firstLine(in), b("\n\n,,,\n")),
                concat(bytes(0xEF, 0xBB, 0xBF), firstLine(in)));
        return choices.get(r.nextInt(choices.size()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Lines

    private byte[] duplicateLine(byte[] in, SplittableRandom r) {
        List<byte[]> lines = lines(in);
        if (lines.isEmpty()) {
            return in;
        }
        int from = r.nextInt(lines.size());
        byte[] line = withNewline(lines.get(from));
        int copies = r.nextInt(10) == 0 ? 2 + r.nextInt(20) : 1;
        for (int i = 0; i < copies; i++) {
            lines.add(r.nextInt(lines.size() + 1), line);
        }
        return join(lines);
    }

    private byte[] deleteLine(byte[] in, SplittableRandom r) {
        List<byte[]> lines = lines(in);
        if (lines.isEmpty()) {
            return in;
        }
        lines.remove(r.nextInt(lines.size()));
        return join(lines);
    }

    private byte[] swapLines(byte[] in, SplittableRandom r) {
        List<byte[]> lines = lines(in);
        if (lines.size() < 2) {
            return in;
        }
        int i = r.nextInt(lines.size());
        int j = r.nextInt(lines.size());
        byte[] a = withNewline(lines.get(i));
        lines.set(i, withNewline(lines.get(j)));
        lines.set(j, a);
        return join(lines);
    }

    private byte[] splice(byte[] in, SplittableRandom r) {
        byte[] other = seeds.get(r.nextInt(seeds.size())).bytes();
        switch (r.nextInt(4)) {
            case 0 -> {
                // a prefix of one and a suffix of the other, cut anywhere
                int a = in.length == 0 ? 0 : r.nextInt(in.length + 1);
                int b = other.length == 0 ? 0 : r.nextInt(other.length + 1);
                return concat(Arrays.copyOf(in, a), Arrays.copyOfRange(other, b, other.length));
            }
            case 1 -> {
                // this header, the other's rows
                List<byte[]> mine = lines(in);
                List<byte[]> theirs = lines(other);
                List<byte[]> out = new ArrayList<>();
                if (!mine.isEmpty()) {
                    out.add(withNewline(mine.get(0)));
                }
                out.addAll(theirs.subList(Math.min(1, theirs.size()), theirs.size()));
                return join(out);
            }
            case 2 -> {
                // one file after the other: the second header becomes a data row
                return concat(in, other);
            }
            default -> {
                // rows interleaved
                List<byte[]> mine = lines(in);
                List<byte[]> theirs = lines(other);
                List<byte[]> out = new ArrayList<>();
                for (int i = 0; i < Math.max(mine.size(), theirs.size()); i++) {
                    if (i < mine.size()) {
                        out.add(withNewline(mine.get(i)));
                    }
                    if (i > 0 && i < theirs.size() && r.nextBoolean()) {
                        out.add(withNewline(theirs.get(i)));
                    }
                }
                return join(out);
            }
        }
    }

    private byte[] manyErrors(byte[] in, SplittableRandom r) {
        // over a thousand rows that are all wrong the same way: repeated keys, or a bad value
        TextView view = TextView.of(in);
        List<String> lines = new ArrayList<>(List.of(view.text().split("(?<=\n)", -1)));
        if (lines.size() < 2) {
            return in;
        }
        String row = lines.get(1 + r.nextInt(lines.size() - 1));
        if (!row.endsWith("\n")) {
            row = row + "\n";
        }
        if (r.nextBoolean()) {
            char delimiter = delimiterOf(lines.get(0));
            String[] fields = row.split(Pattern.quote(String.valueOf(delimiter)), -1);
            fields[r.nextInt(fields.length)] = view.encode(pickAny(r));
            row = String.join(String.valueOf(delimiter), fields);
            if (!row.endsWith("\n")) {
                row = row + "\n";
            }
        }
        int copies = 1001 + r.nextInt(400);
        StringBuilder out = new StringBuilder(view.text());
        if (!view.text().endsWith("\n")) {
            out.append('\n');
        }
        out.append(row.repeat(copies));
        return view.bytes(out.toString());
    }

    private byte[] hugeRecord(byte[] in, SplittableRandom r) {
        List<byte[]> lines = lines(in);
        int at = lines.isEmpty() ? 0 : 1 + r.nextInt(lines.size());
        String huge = switch (r.nextInt(3)) {
            case 0 -> "\"" + "a".repeat(1_000_050); // a quote never closed
            case 1 -> "b".repeat(1_000_050) + "\n"; // one unquoted record past the limit
            default -> "c".repeat(999_000) + "\n"; // one long field inside the record limit
        };
        lines.add(Math.min(at, lines.size()), b(huge));
        if (at > 0 && at - 1 < lines.size()) {
            lines.set(at - 1, withNewline(lines.get(at - 1)));
        }
        return join(lines);
    }

    /**
     * A framework whose criteria form one long parent chain, or a cycle, of 50 to 400 criteria (the tree checks walk
     * the parents of every criterion). The size is kept small enough for the per-input timeout: docs/fuzzing.md has
     * the timings of larger ones.
     */
    private byte[] deepTree(byte[] in, SplittableRandom r) {
        int n = 50 + r.nextInt(351);
        boolean cycle = r.nextBoolean();
        StringBuilder out = new StringBuilder("year,group_code,code,parent_code,name,max_points,method,rule\n");
        for (int i = 0; i < n; i++) {
            String parent = i > 0 ? "t" + (i - 1) : cycle ? "t" + (n - 1) : "";
            String max = r.nextInt(50) == 0 ? "2" : "1";
            out.append("2024,QUAN,t").append(i).append(',').append(parent).append(",Tiêu chí ").append(i).append(',').append(max)
                    .append(',').append(i == n - 1 ? "appraised" : "group").append(",\n");
        }
        note = (cycle ? "cycle-" : "chain-") + n;
        return b(out.toString());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Tokens, numbers, fields

    private byte[] insertToken(byte[] in, SplittableRandom r) {
        byte[] token = TOKENS.get(r.nextInt(TOKENS.size()));
        TextView view = TextView.of(in);
        int at = structuralPosition(view.text(), r);
        if (view.charset() != StandardCharsets.ISO_8859_1 && r.nextInt(10) < 7) {
            String text = new String(token, StandardCharsets.UTF_8);
            return view.bytes(view.text().substring(0, at) + text + view.text().substring(at));
        }
        if (view.charset() != StandardCharsets.ISO_8859_1) {
            return insert(in, Math.min(in.length, view.bomLength() + 2 * at), token);
        }
        return insert(in, view.bomLength() + at, token);
    }

    /** Right before or after a delimiter, quote or line break half of the time; anywhere otherwise. */
    private static int structuralPosition(String text, SplittableRandom r) {
        int at = r.nextInt(text.length() + 1);
        if (r.nextBoolean()) {
            for (int i = at; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ',' || c == ';' || c == '\t' || c == '\n' || c == '\r' || c == '"') {
                    return r.nextBoolean() ? i : i + 1;
                }
            }
        }
        return at;
    }

    private byte[] replaceNumber(byte[] in, SplittableRandom r) {
        TextView view = TextView.of(in);
        String text = view.text();
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
                int start = i;
                while (i < text.length() && ((text.charAt(i) >= '0' && text.charAt(i) <= '9') || text.charAt(i) == '.'
                        || text.charAt(i) == ',')) {
                    i++;
                }
                runs.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        if (runs.isEmpty()) {
            return in;
        }
        int[] run = runs.get(r.nextInt(runs.size()));
        String old = text.substring(run[0], run[1]);
        String replacement = switch (r.nextInt(6)) {
            case 0 -> old + "e" + (r.nextBoolean() ? "-" : "") + r.nextInt(400);
            case 1 -> old + "." + "1234567890".repeat(1 + r.nextInt(3));
            case 2 -> "-" + old;
            case 3 -> old + "9".repeat(1 + r.nextInt(30));
            default -> NUMBERS.get(r.nextInt(NUMBERS.size()));
        };
        return view.bytes(text.substring(0, run[0]) + view.encode(replacement) + text.substring(run[1]));
    }

    private byte[] replaceField(byte[] in, SplittableRandom r) {
        TextView view = TextView.of(in);
        List<String> lines = new ArrayList<>(List.of(view.text().split("(?<=\n)", -1)));
        if (lines.isEmpty() || lines.get(0).isEmpty()) {
            return in;
        }
        char delimiter = delimiterOf(lines.get(0));
        String[] header = stripBom(lines.get(0)).trim().split(Pattern.quote(String.valueOf(delimiter)), -1);
        int lineIndex = lines.size() > 1 && r.nextInt(10) > 0 ? 1 + r.nextInt(lines.size() - 1) : 0;
        String line = lines.get(lineIndex);
        String ending = line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
        String body = line.substring(0, line.length() - ending.length());
        String[] fields = body.split(Pattern.quote(String.valueOf(delimiter)), -1);
        int field = r.nextInt(fields.length);
        String column = field < header.length ? header[field].trim().replace("\"", "").toLowerCase(Locale.ROOT) : "";
        String value;
        if (lineIndex == 0) {
            value = COLUMN_NAMES.get(r.nextInt(COLUMN_NAMES.size()));
        } else if (BY_COLUMN.containsKey(column) && r.nextInt(10) < 7) {
            List<String> values = BY_COLUMN.get(column);
            value = values.get(r.nextInt(values.size()));
        } else {
            value = pickAny(r);
        }
        if (r.nextBoolean() && (value.indexOf(delimiter) >= 0 || value.contains("\"") || value.contains("\n") || r.nextInt(4) == 0)) {
            value = '"' + value.replace("\"", "\"\"") + '"';
        }
        fields[field] = view.encode(value);
        lines.set(lineIndex, String.join(String.valueOf(delimiter), fields) + ending);
        return view.bytes(String.join("", lines));
    }

    private static String pickAny(SplittableRandom r) {
        List<String> values = ALL_VALUES.get(r.nextInt(ALL_VALUES.size()));
        return values.get(r.nextInt(values.size()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Header

    private byte[] header(byte[] in, SplittableRandom r) {
        TextView view = TextView.of(in);
        List<String> lines = new ArrayList<>(List.of(view.text().split("(?<=\n)", -1)));
        if (lines.isEmpty() || lines.get(0).isEmpty()) {
            return in;
        }
        char delimiter = delimiterOf(lines.get(0));
        String d = String.valueOf(delimiter);
        List<List<String>> rows = new ArrayList<>();
        List<String> endings = new ArrayList<>();
        for (String line : lines) {
            String ending = line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
            endings.add(ending);
            rows.add(new ArrayList<>(List.of(line.substring(0, line.length() - ending.length()).split(Pattern.quote(d), -1))));
        }
        List<String> head = rows.get(0);
        int i = r.nextInt(head.size());
        int j = r.nextInt(head.size());
        boolean everyRow = r.nextBoolean();
        String what;
        switch (r.nextInt(9)) {
            case 0 -> { // a column named twice
                what = "duplicate";
                head.add(head.get(i));
                if (everyRow) {
                    rows.subList(1, rows.size()).forEach(row -> row.add(i < row.size() ? row.get(i) : ""));
                }
            }
            case 1 -> { // a column removed
                what = "remove";
                head.remove(i);
                if (everyRow) {
                    rows.subList(1, rows.size()).forEach(row -> {
                        if (i < row.size()) {
                            row.remove(i);
                        }
                    });
                }
            }
            case 2 -> { // a column renamed
                what = "rename";
                head.set(i, view.encode(COLUMN_NAMES.get(r.nextInt(COLUMN_NAMES.size()))));
            }
            case 3 -> { // the name changed but still the same column: case, padding, quotes
                what = "respell";
                String name = head.get(i);
                head.set(i, switch (r.nextInt(4)) {
                    case 0 -> name.toUpperCase(Locale.ROOT);
                    case 1 -> "  " + name + " ";
                    case 2 -> '"' + name + '"';
                    default -> " \"" + name + "\" ";
                });
            }
            case 4 -> { // two columns swapped in every row: still valid
                what = "reorder";
                rows.forEach(row -> {
                    if (i < row.size() && j < row.size()) {
                        String a = row.get(i);
                        row.set(i, row.get(j));
                        row.set(j, a);
                    }
                });
            }
            case 5 -> { // an unknown column, in every row or only in the header
                what = "add";
                head.add(i, view.encode("ghi_chú_" + r.nextInt(100)));
                if (everyRow) {
                    rows.subList(1, rows.size()).forEach(row -> row.add(Math.min(i, row.size()), "x"));
                }
            }
            case 6 -> { // the signature of another kind added: ambiguous
                what = "second-signature";
                List<String> signatures = List.of("unit_name", "max_points", "min_index", "self_score", "appraised_score",
                        "numerator", "respondent_id", "reason", "dossier_id");
                head.add(signatures.get(r.nextInt(signatures.size())));
            }
            case 7 -> { // the header line dropped, or swapped with a row
                what = "header-line";
                if (rows.size() > 1 && r.nextBoolean()) {
                    List<String> first = rows.get(0);
                    int k = 1 + r.nextInt(rows.size() - 1);
                    rows.set(0, rows.get(k));
                    rows.set(k, first);
                } else {
                    rows.remove(0);
                    endings.remove(0);
                }
            }
            default -> { // blank or delimiter-only lines before the header
                what = "leading-blank";
                for (int k = r.nextInt(4); k >= 0; k--) {
                    rows.add(0, new ArrayList<>(List.of(r.nextBoolean() ? "" : d.repeat(r.nextInt(6)))));
                    endings.add(0, r.nextBoolean() ? "\n" : "\r\n");
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            out.append(String.join(d, rows.get(k))).append(k < endings.size() ? endings.get(k) : "\n");
        }
        note = what;
        return view.bytes(out.toString());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Encodings, delimiters, line breaks, case

    private byte[] reencode(byte[] in, SplittableRandom r) {
        String text = TextView.of(in).unicode();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return switch (r.nextInt(9)) {
            case 0 -> concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE));
            case 1 -> concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE));
            case 2 -> text.getBytes(StandardCharsets.UTF_16LE); // no BOM: NUL bytes
            case 3 -> text.getBytes(StandardCharsets.UTF_16BE);
            case 4 -> concat(bytes(0xEF, 0xBB, 0xBF), text.getBytes(StandardCharsets.UTF_8));
            case 5 -> text.getBytes(Charset.isSupported("windows-1258") ? Charset.forName("windows-1258") : StandardCharsets.ISO_8859_1);
            case 6 -> text.getBytes(Charset.forName("windows-1252"));
            case 7 -> concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16BE)); // BOM says LE, text is BE
            default -> concat(bytes(0x00, 0x00, 0xFE, 0xFF), text.getBytes(Charset.forName("UTF-32BE")));
        };
    }

    private byte[] delimitersAndNewlines(byte[] in, SplittableRandom r) {
        TextView view = TextView.of(in);
        String text = view.text();
        String changed = switch (r.nextInt(8)) {
            case 0 -> text.replace(',', ';');
            case 1 -> text.replace(';', ',');
            case 2 -> text.replace(',', '\t');
            case 3 -> text.replace("\r\n", "\n").replace("\n", "\r\n");
            case 4 -> text.replace("\r\n", "\n");
            case 5 -> text.replace("\r\n", "\n").replace('\n', '\r');
            case 6 -> text.endsWith("\n") ? text.substring(0, text.length() - 1) : text + "\n\n \n\t\n";
            default -> text.replaceFirst("[,;\t]", ",;");
        };
        return view.bytes(changed);
    }

    private byte[] changeCase(byte[] in, SplittableRandom r) {
        TextView view = TextView.of(in);
        String text = view.text();
        if (text.isEmpty()) {
            return in;
        }
        int from = r.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + r.nextInt(80));
        String segment = text.substring(from, to);
        segment = r.nextBoolean() ? segment.toUpperCase(Locale.ROOT) : segment.toLowerCase(Locale.ROOT);
        return view.bytes(text.substring(0, from) + segment + text.substring(to));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers

    /**
     * The bytes as text to edit without losing any: Latin-1 (one char per byte, so invalid UTF-8 survives) unless
     * the file starts with a UTF-16 BOM, then UTF-16 after the BOM. {@link #encode} turns a Unicode value into the
     * view's chars (its UTF-8 bytes, one char each, in the Latin-1 view).
     */
    private record TextView(String text, Charset charset, byte[] bom) {
        static TextView of(byte[] in) {
            if (in.length >= 2 && (in[0] & 0xFF) == 0xFF && (in[1] & 0xFF) == 0xFE) {
                return new TextView(decode(in, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, Mutator.bytes(0xFF, 0xFE));
            }
            if (in.length >= 2 && (in[0] & 0xFF) == 0xFE && (in[1] & 0xFF) == 0xFF) {
                return new TextView(decode(in, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, Mutator.bytes(0xFE, 0xFF));
            }
            return new TextView(new String(in, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1, new byte[0]);
        }

        String encode(String unicode) {
            return charset == StandardCharsets.ISO_8859_1 ? new String(unicode.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                    : unicode;
        }

        String unicode() {
            return charset == StandardCharsets.ISO_8859_1
                    ? decode(text.getBytes(StandardCharsets.ISO_8859_1), 0, StandardCharsets.UTF_8) : text;
        }

        byte[] bytes(String newText) {
            return concat(bom, newText.getBytes(charset));
        }

        int bomLength() {
            return bom.length;
        }

        private static String decode(byte[] in, int from, Charset charset) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .decode(ByteBuffer.wrap(in, from, in.length - from)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String stripBom(String line) {
        if (line.startsWith("\u00EF\u00BB\u00BF")) {
            return line.substring(3);
        }
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static char delimiterOf(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (semicolons > commas && semicolons > tabs) {
            return ';';
        }
        return tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    /** Lines with their terminators (LF, CRLF or a lone CR); the last one may have none. */
    private static List<byte[]> lines(byte[] in) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < in.length; i++) {
            boolean lf = in[i] == '\n';
            boolean loneCr = in[i] == '\r' && (i + 1 >= in.length || in[i + 1] != '\n');
            if (lf || loneCr) {
                lines.add(Arrays.copyOfRange(in, start, i + 1));
                start = i + 1;
            }
        }
        if (start < in.length) {
            lines.add(Arrays.copyOfRange(in, start, in.length));
        }
        return lines;
    }

    private static byte[] firstLine(byte[] in) {
        List<byte[]> lines = lines(in);
        return lines.isEmpty() ? new byte[0] : lines.get(0);
    }

    private static byte[] withNewline(byte[] line) {
        if (line.length > 0 && (line[line.length - 1] == '\n' || line[line.length - 1] == '\r')) {
            return line;
        }
        return concat(line, b("\n"));
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] insert(byte[] in, int at, byte[] extra) {
        byte[] out = new byte[in.length + extra.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(in, at, out, at + extra.length, in.length - at);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] b(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}

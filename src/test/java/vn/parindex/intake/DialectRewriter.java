package vn.parindex.intake;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Rewrites a valid CSV file in a random legal dialect of SPEC §3, the same data in other clothes. */
final class DialectRewriter {

    private static final Set<String> DECIMAL_COLUMNS = Set.of("max_points", "min_index", "self_score", "appraised_score",
            "numerator", "denominator", "points");
    private static final String EXTRA_COLUMN = "ghi_chu_noi_bo";

    private final Random random;

    DialectRewriter(Random random) {
        this.random = random;
    }

    byte[] rewrite(byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char sourceDelimiter = text.lines().findFirst().orElseThrow().contains(";") ? ';' : ',';
        List<List<String>> rows = parse(text, sourceDelimiter);
        char delimiter = ",;\t".charAt(random.nextInt(3));
        return encode(render(rows, sourceDelimiter, delimiter));
    }

    private static List<List<String>> parse(String text, char delimiter) {
        return vn.parindex.support.CsvLines.records(text, delimiter);
    }

    private String render(List<List<String>> rows, char sourceDelimiter, char delimiter) {
        List<String> header = new ArrayList<>(rows.get(0));
        boolean extra = random.nextBoolean();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < header.size() + (extra ? 1 : 0); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        String newline = random.nextBoolean() ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0 && random.nextInt(6) == 0) {
                out.append(random.nextBoolean() ? "" : String.valueOf(delimiter).repeat(order.size() - 1)).append(newline);
            }
            List<String> cells = new ArrayList<>();
            for (int column : order) {
                if (column == header.size()) {
                    cells.add(r == 0 ? EXTRA_COLUMN : "ghi chú, \"trích\"; số " + random.nextInt(100));
                } else if (r == 0) {
                    cells.add(randomCase(header.get(column)));
                } else {
                    String value = rows.get(r).get(column);
                    cells.add(DECIMAL_COLUMNS.contains(header.get(column)) && !value.isEmpty()
                            ? number(value, sourceDelimiter, delimiter) : value);
                }
            }
            out.append(String.join(String.valueOf(delimiter), cells.stream().map(c -> field(c, delimiter)).toList()));
            if (r < rows.size() - 1 || random.nextBoolean()) {
                out.append(newline);
            }
        }
        String text = out.toString();
        return random.nextInt(4) == 0 ? Normalizer.normalize(text, Normalizer.Form.NFD) : text;
    }

    private String randomCase(String name) {
        return switch (random.nextInt(3)) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
            default -> name;
        };
    }

    private String number(String value, char sourceDelimiter, char delimiter) {
        BigDecimal n = new BigDecimal(sourceDelimiter == ',' ? value : value.replace(".", "").replace(',', '.'));
        if (n.scale() < 4 && random.nextBoolean()) {
            n = n.setScale(n.scale() + 1 + random.nextInt(4 - n.scale()));
        }
        String plain = n.toPlainString();
        if (delimiter == ',') {
            return plain;
        }
        String[] parts = plain.split("\\.");
        String whole = parts[0];
        if (random.nextBoolean()) {
            whole = whole.replaceAll("(\\d)(?=(\\d{3})+$)", "$1.");
        }
        return parts.length == 1 ? whole : whole + "," + parts[1];
    }

    private String field(String value, char delimiter) {
        boolean mustQuote = value.indexOf(delimiter) >= 0 || value.contains("\"") || value.contains("\n") || value.contains("\r");
        String cell = mustQuote || random.nextInt(3) == 0 ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        return random.nextInt(5) == 0 ? " " + cell + "  " : cell;
    }

    private byte[] encode(String text) {
        return switch (random.nextInt(4)) {
            case 0 -> text.getBytes(StandardCharsets.UTF_8);
            case 1 -> ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            case 2 -> withBom(text, StandardCharsets.UTF_16LE);
            default -> withBom(text, StandardCharsets.UTF_16BE);
        };
    }

    private static byte[] withBom(String text, Charset charset) {
        return ("\uFEFF" + text).getBytes(charset);
    }
}

package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the {@code rule} column of a ratio or survey leaf (SPEC §6). Keywords are case-insensitive, codes are
 * not; parts are separated by {@code ;} and may be surrounded by spaces. Every error is a
 * {@link RuleSyntaxException} whose Vietnamese message quotes the offending part and says how to fix it.
 */
public final class RuleParser {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d+,\\d+");
    private static final Pattern STEP = Pattern.compile("(>=|<=)\\s*([^:]*?)\\s*:\\s*(.*)");
    private static final Pattern ELSE = Pattern.compile("(?i)else\\s*:\\s*(.*)");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");

    private static final String RATIO_EXAMPLE = "'metric=<mã>; linear' hoặc 'metric=<mã>; >=0.9:1; >=0.8:0.5; else:0'";
    private static final String SURVEY_EXAMPLE = "'questions=S1,S2; mode=share; min_responses=30'";

    private RuleParser() {
    }

    /**
     * @throws RuleSyntaxException when {@code text} does not follow the grammar of {@code method}
     * @throws IllegalArgumentException when {@code method} takes no rule (group, appraised)
     */
    public static Rule parse(Method method, String text) {
        if (method == Method.RATIO) {
            return parseRatio(text);
        }
        if (method == Method.SURVEY) {
            return parseSurvey(text);
        }
        throw new IllegalArgumentException("Method " + method + " takes no rule");
    }

    public static RatioRule parseRatio(String text) {
        List<String> parts = splitParts(text, "ratio", RATIO_EXAMPLE);
        String metric = parseMetric(parts.get(0), text);
        if (parts.size() == 1) {
            throw new RuleSyntaxException("Quy tắc '" + text + "' chỉ có chỉ số '" + metric
                    + "' mà chưa nói cách tính điểm. Thêm '; linear' hoặc các bước như '; >=0.9:1; else:0'.");
        }
        List<String> rest = parts.subList(1, parts.size());
        if (rest.stream().anyMatch(p -> p.equalsIgnoreCase("linear"))) {
            if (rest.size() > 1) {
                throw new RuleSyntaxException("Quy tắc '" + text + "' vừa có 'linear' vừa có phần khác ('"
                        + firstOther(rest) + "'). Chọn một: chỉ 'metric=" + metric + "; linear', hoặc chỉ các bước kết thúc bằng 'else:F'.");
            }
            return new RatioRule(metric, true, List.of(), null);
        }
        List<RatioRule.Step> steps = new ArrayList<>();
        BigDecimal elseFactor = null;
        for (String part : rest) {
            if (elseFactor != null) {
                throw new RuleSyntaxException("Phần '" + part + "' đứng sau bước 'else' trong quy tắc '" + text
                        + "'. 'else:F' phải là bước cuối cùng; chuyển '" + part + "' lên trước 'else'.");
            }
            Matcher elseMatch = ELSE.matcher(part);
            Matcher stepMatch = STEP.matcher(part);
            if (elseMatch.matches()) {
                elseFactor = factor(elseMatch.group(1), part, text);
            } else if (stepMatch.matches()) {
                RatioRule.Comparison comparison = stepMatch.group(1).equals(">=")
                        ? RatioRule.Comparison.AT_LEAST : RatioRule.Comparison.AT_MOST;
                BigDecimal threshold = decimal(stepMatch.group(2), part, text, "ngưỡng");
                steps.add(new RatioRule.Step(comparison, threshold, factor(stepMatch.group(3), part, text)));
            } else {
                throw unknownRatioPart(part, text);
            }
        }
        if (elseFactor == null) {
            throw new RuleSyntaxException("Thiếu bước cuối 'else:F' trong quy tắc '" + text + "'. Thêm 'else:0' vào cuối.");
        }
        return new RatioRule(metric, false, steps, elseFactor);
    }

    public static SurveyRule parseSurvey(String text) {
        List<String> parts = splitParts(text, "survey", SURVEY_EXAMPLE);
        List<String> questions = null;
        SurveyRule.Mode mode = null;
        Integer minResponses = null;
        Set<String> seenKeys = new LinkedHashSet<>();
        for (String part : parts) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new RuleSyntaxException("Phần '" + part + "' trong quy tắc '" + text
                        + "' không có dạng 'khóa=giá trị'. Quy tắc survey viết như " + SURVEY_EXAMPLE + ".");
            }
            String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).trim();
            if (!seenKeys.add(key)) {
                throw new RuleSyntaxException("Khóa '" + key + "' xuất hiện hai lần trong quy tắc '" + text
                        + "'. Giữ lại một phần '" + key + "=…' và xóa phần còn lại.");
            }
            switch (key) {
                case "questions" -> questions = parseQuestions(value, part, text);
                case "mode" -> mode = parseMode(value, part, text);
                case "min_responses" -> minResponses = parseMinResponses(value, part, text);
                default -> throw new RuleSyntaxException("Không hiểu khóa '" + part.substring(0, eq).trim()
                        + "' trong quy tắc '" + text + "'. Quy tắc survey chỉ có các khóa questions, mode và min_responses, ví dụ "
                        + SURVEY_EXAMPLE + ".");
            }
        }
        if (questions == null) {
            throw new RuleSyntaxException("Thiếu phần 'questions=…' trong quy tắc '" + text
                    + "'. Thêm danh sách mã câu hỏi, ví dụ 'questions=S1,S2'.");
        }
        if (mode == null) {
            throw new RuleSyntaxException("Thiếu phần 'mode=…' trong quy tắc '" + text
                    + "'. Thêm 'mode=share' (tỷ lệ trả lời 4 hoặc 5) hoặc 'mode=mean' (điểm trung bình).");
        }
        return new SurveyRule(questions, mode, minResponses == null ? 1 : minResponses);
    }

    private static List<String> splitParts(String text, String method, String example) {
        if (text == null || text.isBlank()) {
            throw new RuleSyntaxException("Quy tắc đang trống. Với phương pháp " + method + ", cột rule phải có dạng "
                    + example + ".");
        }
        String[] raw = text.split(";", -1);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String part = raw[i].trim();
            if (part.isEmpty()) {
                throw new RuleSyntaxException("Quy tắc '" + text + "' có phần trống ở vị trí thứ " + (i + 1)
                        + " (hai dấu ';' liền nhau hoặc ';' ở đầu/cuối). Xóa dấu ';' thừa.");
            }
            parts.add(part);
        }
        return parts;
    }

    private static String parseMetric(String part, String text) {
        int eq = part.indexOf('=');
        if (eq < 0 || !part.substring(0, eq).trim().equalsIgnoreCase("metric")) {
            throw new RuleSyntaxException("Quy tắc '" + text + "' phải bắt đầu bằng 'metric=<mã chỉ số>', nhưng phần đầu là '"
                    + part + "'. Viết ví dụ " + RATIO_EXAMPLE + ".");
        }
        String code = part.substring(eq + 1).trim();
        if (!Codes.isValid(code)) {
            throw new RuleSyntaxException("Mã chỉ số '" + code + "' trong quy tắc '" + text
                    + "' không hợp lệ. Mã gồm 1–32 ký tự chữ không dấu, số, '.', '_' hoặc '-', bắt đầu bằng chữ hoặc số, ví dụ 'dossiers.ontime'.");
        }
        return code;
    }

    private static RuleSyntaxException unknownRatioPart(String part, String text) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (lower.startsWith("metric")) {
            return new RuleSyntaxException("Phần '" + part + "' lặp lại chỉ số trong quy tắc '" + text
                    + "'. Mỗi quy tắc chỉ có một 'metric=…', đặt ở đầu; xóa phần thừa.");
        }
        if (lower.startsWith("else")) {
            return new RuleSyntaxException("Bước '" + part + "' trong quy tắc '" + text
                    + "' không đúng dạng. Bước cuối viết 'else:F' với F từ 0 đến 1, ví dụ 'else:0'.");
        }
        if (lower.startsWith(">") || lower.startsWith("<") || lower.startsWith("=")) {
            return new RuleSyntaxException("Không hiểu bước '" + part + "' trong quy tắc '" + text
                    + "'. Mỗi bước viết '>=T:F' (tỷ lệ ≥ T) hoặc '<=T:F' (tỷ lệ ≤ T), ví dụ '>=0.95:0.75'.");
        }
        return new RuleSyntaxException("Không hiểu phần '" + part + "' trong quy tắc '" + text
                + "'. Sau 'metric=…' chỉ được viết 'linear', hoặc các bước '>=T:F' / '<=T:F' và cuối cùng 'else:F'.");
    }

    private static String firstOther(List<String> parts) {
        return parts.stream().filter(p -> !p.equalsIgnoreCase("linear")).findFirst().orElse("linear");
    }

    private static BigDecimal factor(String value, String part, String text) {
        BigDecimal f = decimal(value, part, text, "hệ số");
        if (f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0) {
            throw new RuleSyntaxException("Hệ số '" + value + "' ở phần '" + part + "' của quy tắc '" + text
                    + "' nằm ngoài khoảng [0, 1]. Hệ số là phần của điểm tối đa: 1 là đủ điểm, 0.5 là nửa số điểm, 0 là không điểm.");
        }
        return f;
    }

    private static BigDecimal decimal(String value, String part, String text, String what) {
        if (DECIMAL.matcher(value).matches()) {
            return new BigDecimal(value);
        }
        if (COMMA_DECIMAL.matcher(value).matches()) {
            throw new RuleSyntaxException("Số '" + value + "' ở phần '" + part + "' của quy tắc '" + text
                    + "' dùng dấu phẩy. Trong quy tắc, số thập phân viết bằng dấu chấm: '" + value.replace(',', '.') + "'.");
        }
        throw new RuleSyntaxException("Không đọc được " + what + " '" + value + "' ở phần '" + part + "' của quy tắc '"
                + text + "'. Viết một số thập phân với dấu chấm, ví dụ '0.95'.");
    }

    private static List<String> parseQuestions(String value, String part, String text) {
        if (value.isEmpty()) {
            throw new RuleSyntaxException("Phần '" + part + "' của quy tắc '" + text
                    + "' chưa có mã câu hỏi nào. Liệt kê các mã cách nhau bằng dấu phẩy, ví dụ 'questions=S1,S2'.");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String raw : value.split(",", -1)) {
            String code = raw.trim();
            if (!Codes.isValid(code)) {
                throw new RuleSyntaxException("Mã câu hỏi '" + code + "' ở phần '" + part + "' của quy tắc '" + text
                        + "' không hợp lệ. Mã gồm 1–32 ký tự chữ không dấu, số, '.', '_' hoặc '-', các mã cách nhau bằng một dấu phẩy, ví dụ 'questions=S1,S2'.");
            }
            if (!codes.add(code)) {
                throw new RuleSyntaxException("Mã câu hỏi '" + code + "' được liệt kê hai lần ở phần '" + part
                        + "' của quy tắc '" + text + "'. Xóa mã lặp lại.");
            }
        }
        return List.copyOf(codes);
    }

    private static SurveyRule.Mode parseMode(String value, String part, String text) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "share" -> SurveyRule.Mode.SHARE;
            case "mean" -> SurveyRule.Mode.MEAN;
            default -> throw new RuleSyntaxException("Không hiểu cách tính '" + value + "' ở phần '" + part
                    + "' của quy tắc '" + text + "'. Viết 'mode=share' (tỷ lệ trả lời 4 hoặc 5) hoặc 'mode=mean' (điểm trung bình).");
        };
    }

    private static int parseMinResponses(String value, String part, String text) {
        int n = INTEGER.matcher(value).matches() ? Integer.parseInt(value) : 0;
        if (n < 1) {
            throw new RuleSyntaxException("Số người trả lời tối thiểu '" + value + "' ở phần '" + part
                    + "' của quy tắc '" + text + "' không hợp lệ. Viết một số nguyên từ 1 trở lên, ví dụ 'min_responses=30'.");
        }
        return n;
    }
}

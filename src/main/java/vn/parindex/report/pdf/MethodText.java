package vn.parindex.report.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A criterion's method and rule (SPEC §6) in plain Vietnamese for the methodology page. A rule it cannot
 * read is shown as written.
 */
public final class MethodText {

    private MethodText() {
    }

    public static String describe(String method, String rule) {
        String m = method == null ? "" : method.trim().toLowerCase(Locale.ROOT);
        String r = rule == null ? "" : rule.trim();
        String text = switch (m) {
            case "group" -> "Tổng điểm các tiêu chí con";
            case "appraised" -> "Điểm thẩm định; chưa có điểm thẩm định thì tính tạm theo điểm tự đánh giá";
            case "ratio" -> ratio(r);
            case "survey" -> survey(r);
            default -> m.isEmpty() ? "" : method.trim();
        };
        if (text == null) {
            text = "Quy tắc: " + r;
        }
        return text;
    }

    private static String ratio(String rule) {
        String[] parts = rule.split(";");
        if (parts.length < 2 || !parts[0].trim().startsWith("metric=")) {
            return null;
        }
        String metric = parts[0].trim().substring("metric=".length()).trim();
        String subject = switch (metric) {
            case "dossiers.ontime" -> "tỷ lệ hồ sơ giải quyết đúng hạn";
            case "dossiers.online" -> "tỷ lệ hồ sơ nộp trực tuyến";
            default -> "tỷ lệ " + metric;
        };
        if (parts.length == 2 && parts[1].trim().equalsIgnoreCase("linear")) {
            return "Theo " + subject + ": điểm = tỷ lệ × điểm tối đa";
        }
        List<String> steps = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String step = parts[i].trim();
            int colon = step.lastIndexOf(':');
            if (colon < 0) {
                return null;
            }
            String condition = step.substring(0, colon).trim();
            String share = percent(step.substring(colon + 1).trim());
            if (share == null) {
                return null;
            }
            String threshold = condition.length() > 2 ? percent(condition.substring(2).trim()) : null;
            String when;
            if (condition.startsWith(">=") && threshold != null) {
                when = "từ " + threshold + " trở lên";
            } else if (condition.startsWith("<=") && threshold != null) {
                when = "đến " + threshold;
            } else if (condition.equalsIgnoreCase("else")) {
                when = "còn lại";
            } else {
                return null;
            }
            steps.add(when + ": " + share + " điểm");
        }
        return "Theo " + subject + " (xét lần lượt): " + String.join("; ", steps);
    }

    private static String survey(String rule) {
        String questions = null;
        String mode = null;
        String minResponses = "1";
        for (String part : rule.split(";")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                return null;
            }
            switch (kv[0].trim()) {
                case "questions" -> questions = String.join(", ", kv[1].trim().split("\\s*,\\s*"));
                case "mode" -> mode = kv[1].trim();
                case "min_responses" -> minResponses = kv[1].trim();
                default -> {
                    return null;
                }
            }
        }
        if (questions == null || mode == null) {
            return null;
        }
        String how = switch (mode) {
            case "share" -> "điểm = tỷ lệ câu trả lời mức 4–5 × điểm tối đa";
            case "mean" -> "điểm = (điểm trả lời bình quân − 1) / 4 × điểm tối đa";
            default -> null;
        };
        if (how == null) {
            return null;
        }
        return "Khảo sát (câu hỏi " + questions + "): " + how + "; cần ít nhất " + minResponses
                + " người trả lời, nếu ít hơn thì 0 điểm";
    }

    /** {@code 0.95} → {@code 95%}. */
    private static String percent(String ratio) {
        try {
            return VnFormat.points(new BigDecimal(ratio).movePointRight(2)) + "%";
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

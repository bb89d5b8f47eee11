package vn.parindex.collection;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.parindex.installation.Printable;

/** The status of SPEC §16 as terminal text, in Vietnamese (dates dd/MM/yyyy, numbers 1.234). */
public final class StatusText {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private StatusText() {
    }

    /** One line for a year (the status without {@code --year}). */
    public static String summary(YearStatus status) {
        long units = status.units().count();
        List<UnitStatus> incomplete = status.incomplete();
        long overdue = incomplete.stream().filter(UnitStatus::overdue).count();
        int gaps = status.evidenceGaps().size();
        return "Năm " + status.year() + ": " + number(units) + " đơn vị, " + number(units - incomplete.size()) + " đã nộp đủ, "
                + number(incomplete.size()) + " còn thiếu (" + number(overdue) + " quá hạn)"
                + (gaps == 0 ? "" : ", " + number(gaps) + " tiêu chí tự chấm điểm chưa có tài liệu kiểm chứng");
    }

    public static void print(YearStatus status, PrintStream stream) {
        java.io.StringWriter text = new java.io.StringWriter();
        java.io.PrintWriter out = new java.io.PrintWriter(text);
        write(status, out);
        out.flush();
        stream.print(text);
        stream.flush();
    }

    private static void write(YearStatus status, java.io.PrintWriter out) {
        out.println("TÌNH HÌNH NỘP DỮ LIỆU NĂM " + status.year() + " (tính đến ngày " + day(status.asOf()) + ")");
        out.println(deadlineLine(status));
        for (GroupStatus group : status.groups()) {
            long incomplete = group.units().stream().filter(u -> !u.complete()).count();
            out.println();
            out.println("== " + clean(group.name()) + " (" + clean(group.code()) + "): " + number(group.units().size()) + " đơn vị, "
                    + number(group.units().size() - incomplete) + " đã nộp đủ, " + number(incomplete) + " còn thiếu ==");
            if (group.expectations().kinds().isEmpty()) {
                out.println("   (bộ tiêu chí của nhóm không yêu cầu đơn vị nộp dữ liệu)");
            }
            for (UnitStatus unit : group.units()) {
                out.println("  " + clean(unit.code()) + "  " + clean(unit.name()) + (unit.overdue() ? "  [QUÁ HẠN]"
                        : unit.complete() ? "  [đủ]" : ""));
                for (KindStatus kind : unit.kinds()) {
                    out.println("      " + pad(kind.kind().title() + ":", 13) + describe(kind));
                }
                if (unit.lastRejection() != null) {
                    out.println("      " + pad("Bị từ chối:", 13) + "tệp gần nhất " + rejection(unit.lastRejection()));
                }
                if (!unit.evidenceGaps().isEmpty()) {
                    out.println("      " + pad("Cảnh báo:", 13) + "thiếu tài liệu kiểm chứng cho tiêu chí tự chấm điểm "
                            + gaps(unit.evidenceGaps()));
                }
            }
        }
        List<UnitStatus> incomplete = status.incomplete();
        out.println();
        out.println("== ĐƠN VỊ CÒN THIẾU (" + number(incomplete.size()) + "; quá hạn trước) ==");
        if (incomplete.isEmpty()) {
            out.println("  (không có: mọi đơn vị đã nộp đủ)");
        }
        for (UnitStatus unit : incomplete) {
            List<String> what = new ArrayList<>();
            for (KindStatus kind : unit.lacking()) {
                what.add(kind.kind().noun() + " (" + kind.state().label()
                        + (kind.overdue() ? ", quá hạn " + day(kind.deadline()) : kind.deadline() != null ? ", hạn " + day(kind.deadline()) : "")
                        + ")");
            }
            out.println("  " + (unit.overdue() ? "QUÁ HẠN  " : "         ") + clean(unit.name()) + " (" + clean(unit.code()) + "): "
                    + String.join("; ", what));
        }
        List<EvidenceGap> gaps = status.evidenceGaps();
        if (!gaps.isEmpty()) {
            out.println();
            out.println("Cảnh báo: " + number(gaps.size()) + " tiêu chí tự chấm điểm trên 0 mà cột evidence (tài liệu kiểm chứng)"
                    + " để trống; tệp vẫn được nhận, đơn vị cần bổ sung.");
        }
    }

    static String describe(KindStatus kind) {
        StringBuilder line = new StringBuilder(kind.state().label());
        if (kind.count() != null) {
            line.append(" — ").append(switch (kind.kind()) {
                case SURVEY -> number(kind.count()) + " người trả lời (cần tối thiểu " + number(kind.needed()) + ")";
                case DOSSIERS -> number(kind.count()) + " hồ sơ";
                case METRICS -> number(kind.count()) + "/" + number(kind.needed()) + " chỉ tiêu đã có số liệu";
                default -> number(kind.count());
            });
        }
        if (kind.file() != null) {
            line.append(" — tệp ").append(clean(kind.file().name())).append(", nhận ").append(day(kind.file().at()));
        } else if (kind.rejection() != null) {
            line.append(" — ").append(rejection(kind.rejection()));
        }
        if (kind.overdue()) {
            line.append(" — QUÁ HẠN (hạn ").append(day(kind.deadline())).append(")");
        } else if (kind.lacking() && kind.deadline() != null) {
            line.append(" — hạn ").append(day(kind.deadline()));
        }
        return line.toString();
    }

    static String rejection(Rejection r) {
        return clean(r.fileName()) + ", " + day(r.at()) + ", mã lỗi " + clean(r.code());
    }

    static String gaps(List<EvidenceGap> gaps) {
        List<String> codes = new ArrayList<>();
        for (EvidenceGap gap : gaps) {
            codes.add(clean(gap.criterionCode()) + " (" + score(gap.selfScore()) + " điểm)");
        }
        return String.join(", ", codes);
    }

    static String deadlineLine(YearStatus status) {
        List<String> parts = new ArrayList<>();
        for (DataKind kind : DataKind.values()) {
            status.deadlines().of(kind, status.year()).ifPresent(d -> parts.add(kind.noun() + " " + day(d)
                    + (status.asOf().isAfter(d) ? " (đã qua)" : "")));
        }
        return parts.isEmpty() ? "Hạn nộp: chưa đặt (deadline.<loại>." + status.year() + " trong parindex.properties)"
                : "Hạn nộp: " + String.join("; ", parts);
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String day(LocalDateTime time) {
        return time == null ? "" : DAY.format(time);
    }

    /** 1.234 567 as Vietnamese writes it: 1.234.567. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    static String score(BigDecimal score) {
        return score.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String clean(String text) {
        return text == null ? "" : Printable.of(text);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}

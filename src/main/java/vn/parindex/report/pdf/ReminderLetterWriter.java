package vn.parindex.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.sf.jasperreports.engine.JREmptyDataSource;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignTextElement;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.stereotype.Component;
import vn.parindex.collection.DataKind;
import vn.parindex.collection.GroupStatus;
import vn.parindex.collection.KindStatus;
import vn.parindex.collection.StatusText;
import vn.parindex.collection.UnitStatus;
import vn.parindex.collection.YearStatus;
import vn.parindex.installation.AtomicFiles;
import vn.parindex.report.model.OfficialHeading;

/**
 * The reminder letters of SPEC §16 ({@code status --year Y --letters}): into {@code reports/<Y>/reminders/} one
 * PDF/A-2b page per overdue unit, {@code reminder-<Y>-<unit>.pdf}, a công văn đôn đốc in the official form (the
 * heading of §13 when configured) naming the unit, what it lacks, the deadlines passed and what to send where; dated
 * the status's day, the same bytes for the same warehouse, settings and day. Letters of the year left there by an
 * earlier day for units no longer overdue are removed, so the folder holds exactly the overdue units' letters.
 */
@Component
public class ReminderLetterWriter {

    private static final class Template {
        static final JasperReport LETTER = ReportTemplates.compile("reminder");
    }

    private final Optional<OfficialHeading> heading;

    public ReminderLetterWriter(Optional<OfficialHeading> heading) {
        this.heading = Objects.requireNonNull(heading, "heading");
    }

    public static String fileName(int year, String unitCode) {
        return "reminder-" + year + "-" + unitCode + ".pdf";
    }

    /** Writes the letters of {@code status}'s overdue units into {@code folder}; returns them in the order of the list. */
    public List<Path> write(YearStatus status, Path folder) {
        Map<String, Object> headingParameters = heading.map(h -> headingParameters(h, Template.LETTER.getColumnWidth()))
                .orElse(Map.of());
        List<Path> written = new ArrayList<>();
        for (UnitStatus unit : status.overdue()) {
            GroupStatus group = status.groups().stream().filter(g -> g.code().equals(unit.groupCode())).findFirst().orElseThrow();
            Map<String, Object> parameters = new HashMap<>(headingParameters);
            Map<String, String> texts = texts(status, group, unit, heading);
            parameters.putAll(texts);
            Path target = folder.resolve(fileName(status.year(), unit.code()));
            List<Object> identity = new ArrayList<>(new java.util.TreeMap<>(texts).values());
            heading.ifPresent(identity::add);
            AtomicFiles.write(target, out -> {
                try {
                    PdfExport.render(Template.LETTER, parameters, new JREmptyDataSource(0),
                            "Đôn đốc nộp dữ liệu Chỉ số cải cách hành chính năm " + status.year() + " — " + unit.name(),
                            PdfExport.documentId(identity), status.asOf(), status.year(), out);
                } catch (JRException e) {
                    throw new IllegalStateException("cannot render the reminder letter of " + unit.code() + ": " + e.getMessage(), e);
                }
            });
            written.add(target);
        }
        removeStale(folder, status.year(), written);
        return written;
    }

    /** The national name and motto's column of the heading on a letter, wide enough for the bold national name. */
    private static final int NATION_COLUMN = 280;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /**
     * The heading of §13 for the letter's text width (30 mm left margin, narrower than the reports'): the authority and
     * issuer in the left {@code width − 280} points (a long name set smaller to fit, as in the reports), the national
     * name and motto in the right 280, so the two columns never overlap; the rules under the issuer (0.4 of its line)
     * and under the motto (its length) as {@link HeadingTemplate} draws them.
     */
    static Map<String, Object> headingParameters(OfficialHeading heading, int width) {
        Map<String, Object> parameters = new HashMap<>(HeadingTemplate.parameters(heading, width));
        parameters.put("HEADING_REPORT", ReportTemplates.compile("official-heading", design -> {
            int left = width - NATION_COLUMN;
            design.setPageWidth(width);
            design.setColumnWidth(width);
            JRDesignTextElement issuer = (JRDesignTextElement) element(design, "issuer");
            JRDesignTextElement motto = (JRDesignTextElement) element(design, "motto");
            for (String key : List.of("authority", "issuer")) {
                element(design, key).setWidth(left);
            }
            for (String key : List.of("nation", "motto")) {
                element(design, key).setX(left);
                element(design, key).setWidth(NATION_COLUMN);
            }
            centreUnder(element(design, "issuerRule"), issuer, measure(heading.issuer(), issuer) * 0.4);
            centreUnder(element(design, "mottoRule"), motto, measure(((JRDesignStaticText) motto).getText(), motto));
            return design;
        }));
        return parameters;
    }

    private static JRDesignElement element(JasperDesign design, String key) {
        JRElement found = design.getTitle().getElementByKey(key);
        if (found == null) {
            throw new IllegalStateException("official-heading.jrxml has no element '" + key + "'");
        }
        return (JRDesignElement) found;
    }

    private static double measure(String text, JRDesignTextElement element) {
        Font font = FontUtil.getInstance(ReportTemplates.CONTEXT).getAwtFont(element, java.util.Locale.forLanguageTag("vi-VN"));
        return Math.min(element.getWidth(), font.getStringBounds(text, MEASURE).getWidth());
    }

    private static void centreUnder(JRDesignElement rule, JRDesignElement text, double length) {
        int ruleWidth = (int) Math.round(length);
        rule.setWidth(ruleWidth);
        rule.setX(text.getX() + (text.getWidth() - ruleWidth) / 2);
    }

    /** The letter's texts, by the template's parameter names. */
    static Map<String, String> texts(YearStatus status, GroupStatus group, UnitStatus unit, Optional<OfficialHeading> heading) {
        int year = status.year();
        Map<String, String> t = new HashMap<>();
        t.put("NUMBER_LINE", "Số:         /");
        t.put("SUBJECT", "V/v đôn đốc nộp dữ liệu đánh giá Chỉ số cải cách hành chính năm " + year);
        t.put("DATE_LINE", dateLine(status.asOf()));
        t.put("RECIPIENT", "Kính gửi: " + unit.name());
        StringBuilder body = new StringBuilder();
        body.append("Thực hiện việc đánh giá, xác định Chỉ số cải cách hành chính năm ").append(year).append(", đến ngày ")
                .append(StatusText.day(status.asOf())).append(" vẫn chưa nhận được đầy đủ dữ liệu của ")
                .append(unit.name()).append(" (mã đơn vị ").append(unit.code()).append("), cụ thể:");
        for (KindStatus kind : unit.lacking()) {
            body.append("\n- ").append(capitalised(kind.kind().noun())).append(": ").append(what(kind)).append(" Cần gửi: ")
                    .append(toSend(year, group, unit, kind.kind()));
        }
        body.append("\nĐề nghị ").append(unit.name()).append(" khẩn trương hoàn thiện, đặt các tệp vào thư mục nộp dữ liệu")
                .append(" (input/inbox/) của hệ thống. Kết quả tiếp nhận từng tệp xem bằng lệnh \"parindex status --year ").append(year)
                .append("\" hoặc trong bảng submissions-").append(year).append(".xlsx; tệp bị từ chối kèm lý do ở thư mục input/rejected/.");
        t.put("BODY", body.toString());
        t.put("CLOSING", "Trân trọng./.");
        t.put("RECEIVERS", "- Như trên;\n- Lưu: VT.");
        t.put("SIGNER", heading.map(OfficialHeading::issuer).orElse("THỦ TRƯỞNG CƠ QUAN"));
        t.put("SIGN_NOTE", "(Ký, ghi rõ họ tên, đóng dấu)");
        return t;
    }

    private static String what(KindStatus kind) {
        String state = switch (kind.state()) {
            case MISSING -> "chưa nộp";
            case REJECTED -> "tệp " + kind.rejection().fileName() + " gửi ngày " + StatusText.day(kind.rejection().at().toLocalDate())
                    + " bị từ chối (mã lỗi " + kind.rejection().code() + "), chưa có tệp thay thế hợp lệ";
            case INSUFFICIENT -> kind.kind() == DataKind.SURVEY
                    ? "mới có " + kind.count() + " người trả lời, cần tối thiểu " + kind.needed()
                    : "mới có số liệu " + kind.count() + "/" + kind.needed() + " chỉ tiêu";
            case RECEIVED -> "đã nhận";
        };
        if (kind.deadline() == null) {
            return state + ".";
        }
        return state + "; hạn nộp ngày " + StatusText.day(kind.deadline()) + (kind.overdue() ? " đã qua." : ".");
    }

    private static String toSend(int year, GroupStatus group, UnitStatus unit, DataKind kind) {
        return switch (kind) {
            case SELF_ASSESSMENT -> "biểu self-assessment-" + year + "-" + unit.code() + ".xlsx (lệnh \"parindex template --year " + year
                    + " --unit " + unit.code() + "\"), ghi điểm tự chấm và tài liệu kiểm chứng từng tiêu chí.";
            case APPRAISAL -> "kết quả của Hội đồng thẩm định trên biểu appraisal-" + year + "-" + group.code() + ".xlsx.";
            case SURVEY -> "tệp kết quả khảo sát người dân (mục 5.7 Hướng dẫn nộp dữ liệu), tối thiểu "
                    + group.expectations().minResponses() + " người trả lời.";
            case DOSSIERS -> "tệp sổ theo dõi hồ sơ thủ tục hành chính (mục 5.9 Hướng dẫn nộp dữ liệu).";
            case METRICS -> "tệp số liệu các chỉ tiêu " + String.join(", ", group.expectations().metricCodes())
                    + " (mục 5.6 Hướng dẫn nộp dữ liệu).";
        };
    }

    /** "ngày 05 tháng 02 năm 2026", "ngày 20 tháng 12 năm 2025": a day below 10 and months 1 and 2 with a leading 0 (Nghị định 30/2020). */
    static String dateLine(LocalDate day) {
        String d = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : String.valueOf(day.getDayOfMonth());
        String m = day.getMonthValue() < 3 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
        return "Ngày " + d + " tháng " + m + " năm " + day.getYear();
    }

    private static String capitalised(String text) {
        String lower = text.toLowerCase(java.util.Locale.forLanguageTag("vi"));
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static void removeStale(Path folder, int year, List<Path> written) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<Path> kept = new HashSet<>(written);
        try (DirectoryStream<Path> letters = Files.newDirectoryStream(folder, "reminder-" + year + "-*.pdf")) {
            for (Path letter : letters) {
                if (!kept.contains(letter) && Files.isRegularFile(letter, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(letter);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + folder, e);
        }
    }
}

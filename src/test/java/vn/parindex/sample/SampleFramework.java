package vn.parindex.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The framework every generated group uses: the eight PAR INDEX domains, 100 points in all, with appraised,
 * ratio (stepped on {@code dossiers.ontime}, linear on {@code dossiers.online} and on submitted metrics, and a
 * lower-is-better one) and survey leaves, one level nested under domain 3: 35 criteria (8 domains, one sub-group,
 * 26 leaves), about the size of a province's PAR INDEX framework.
 */
public final class SampleFramework {

    /** Metrics units submit themselves (never {@code dossiers.*}, which come from dossier files). */
    public static final List<String> SUBMITTED_METRICS = List.of("plan.completed", "staff.vacancy", "budget.disbursed",
            "docs.electronic");
    public static final List<String> QUESTIONS = List.of("S1", "S2", "S3", "S4", "S5");

    private final List<SampleCriterion> criteria;

    public SampleFramework(int respondentsPerUnit) {
        int minResponses = Math.max(1, respondentsPerUnit / 2);
        List<SampleCriterion> c = new ArrayList<>();
        domain(c, "1", "Công tác chỉ đạo, điều hành cải cách hành chính", 10);
        leaf(c, "1.1", "1", "Kế hoạch cải cách hành chính năm", "2.5", "appraised", null);
        leaf(c, "1.2", "1", "Báo cáo cải cách hành chính định kỳ", "2", "appraised", null);
        leaf(c, "1.3", "1", "Mức độ hoàn thành kế hoạch", "3", "ratio", "metric=plan.completed; linear");
        leaf(c, "1.4", "1", "Tuyên truyền cải cách hành chính", "2.5", "appraised", null);
        domain(c, "2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", 10);
        leaf(c, "2.1", "2", "Ban hành văn bản quy phạm pháp luật đúng quy định", "3.5", "appraised", null);
        leaf(c, "2.2", "2", "Rà soát, hệ thống hóa văn bản", "3.5", "appraised", null);
        leaf(c, "2.3", "2", "Kiểm tra, xử lý văn bản", "3", "appraised", null);
        domain(c, "3", "Cải cách thủ tục hành chính", 17);
        leaf(c, "3.1", "3", "Giải quyết thủ tục hành chính", "13", "group", null);
        leaf(c, "3.1.1", "3.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "8", "ratio",
                "metric=dossiers.ontime; >=0.98:1; >=0.95:0.75; >=0.9:0.5; else:0");
        leaf(c, "3.1.2", "3.1", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "5", "ratio", "metric=dossiers.online; linear");
        leaf(c, "3.2", "3", "Công khai thủ tục hành chính", "2", "appraised", null);
        leaf(c, "3.3", "3", "Thực hiện cơ chế một cửa, một cửa liên thông", "2", "appraised", null);
        domain(c, "4", "Cải cách tổ chức bộ máy hành chính", 9);
        leaf(c, "4.1", "4", "Sắp xếp tổ chức bộ máy", "3", "appraised", null);
        leaf(c, "4.2", "4", "Tỷ lệ biên chế chưa sử dụng", "4", "ratio", "metric=staff.vacancy; <=0.05:1; <=0.1:0.5; else:0");
        leaf(c, "4.3", "4", "Quản lý vị trí việc làm", "2", "appraised", null);
        domain(c, "5", "Cải cách chế độ công vụ", 12.5);
        leaf(c, "5.1", "5", "Tuyển dụng, sử dụng công chức", "4", "appraised", null);
        leaf(c, "5.2", "5", "Kỷ luật, kỷ cương hành chính", "4.5", "appraised", null);
        leaf(c, "5.3", "5", "Đào tạo, bồi dưỡng công chức", "4", "appraised", null);
        domain(c, "6", "Cải cách tài chính công", 8.5);
        leaf(c, "6.1", "6", "Quản lý, sử dụng tài sản công", "2", "appraised", null);
        leaf(c, "6.2", "6", "Tỷ lệ giải ngân vốn đầu tư công", "5", "ratio", "metric=budget.disbursed; >=0.95:1; >=0.8:0.6; else:0.2");
        leaf(c, "6.3", "6", "Thực hiện cơ chế tự chủ tài chính", "1.5", "appraised", null);
        domain(c, "7", "Xây dựng, phát triển chính quyền điện tử, chính quyền số", 13);
        leaf(c, "7.1", "7", "Tỷ lệ văn bản trao đổi dưới dạng điện tử", "7", "ratio", "metric=docs.electronic; linear");
        leaf(c, "7.2", "7", "Hệ thống thông tin giải quyết thủ tục hành chính", "3.5", "appraised", null);
        leaf(c, "7.3", "7", "Kết nối, chia sẻ dữ liệu", "2.5", "appraised", null);
        domain(c, "8", "Tác động của cải cách hành chính", 20);
        leaf(c, "8.1", "8", "Sự hài lòng của người dân", "10", "survey",
                "questions=S1,S2,S3; mode=share; min_responses=" + minResponses);
        leaf(c, "8.2", "8", "Đánh giá chất lượng phục vụ", "8", "survey",
                "questions=S4,S5; mode=mean; min_responses=" + minResponses);
        leaf(c, "8.3", "8", "Tiếp nhận, xử lý phản ánh, kiến nghị", "2", "appraised", null);
        this.criteria = List.copyOf(c);
    }

    private static void domain(List<SampleCriterion> into, String code, String name, double max) {
        into.add(new SampleCriterion(code, null, name, BigDecimal.valueOf(max), "group", null));
    }

    private static void leaf(List<SampleCriterion> into, String code, String parent, String name, String max, String method,
            String rule) {
        into.add(new SampleCriterion(code, parent, name, new BigDecimal(max), method, rule));
    }

    public List<SampleCriterion> criteria() {
        return criteria;
    }

    public List<SampleCriterion> appraisedLeaves() {
        return criteria.stream().filter(SampleCriterion::appraised).toList();
    }
}

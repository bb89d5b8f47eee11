package vn.parindex.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.parindex.report.model.ScorecardReport.Change;
import vn.parindex.report.model.ScorecardReport.ChangeLine;
import vn.parindex.report.model.ScorecardReport.DomainLine;
import vn.parindex.report.model.ScorecardReport.LeafLine;
import vn.parindex.report.model.ScorecardReport.Scorecard;
import vn.parindex.report.model.ScorecardReport.Totals;
import vn.parindex.report.model.History;
import vn.parindex.report.model.ScorecardReport;

/** Scorecards of 2024: three urban districts (the second provisional, the third new this year) and a rural town. */
public final class ScorecardFixtures {

    /**
     * The fullest scorecards: six {@link #crowded} units (the last with 30 flags of a kind), each with five years of
     * history.
     */
    public static ScorecardReport crowdedReport() {
        List<ScorecardReport.Scorecard> cards = new java.util.ArrayList<>();
        List<vn.parindex.warehouse.ReportDataRepository.RankedRow> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cards.add(crowded(i, i == 5 ? 30 : 10));
            for (int year = 2021; year <= 2025; year++) {
                ranked.add(new vn.parindex.warehouse.ReportDataRepository.RankedRow(year, cards.get(i).groupCode(),
                        cards.get(i).unitCode(), new java.math.BigDecimal(60 + i * 5 + year % 7), i + 1));
            }
        }
        return new ScorecardReport(2025, LocalDate.of(2025, 12, 31), cards, java.util.Map.of(), History.of(2025, ranked));
    }

    public static final List<String> NAMES = List.of("Quận Nam Từ Liêm", "Quận Hoàn Kiếm", "Quận Đống Đa", "Thị xã Sơn Tây");

    private ScorecardFixtures() {
    }

    public static ScorecardReport report() {
        return new ScorecardReport(2024, LocalDate.of(2024, 12, 31), List.of(namTuLiem(), hoanKiem(), dongDa(), sonTay()));
    }

    private static Scorecard namTuLiem() {
        List<DomainLine> domains = List.of(
                new DomainLine("1", "Công tác chỉ đạo, điều hành cải cách hành chính", d("37.86"), d("40"), d("94.65"), 1, d("92.62")),
                new DomainLine("2", "Cải cách thủ tục hành chính", d("10"), d("35"), d("28.57"), 2, d("40.10")),
                new DomainLine("3", "Tác động của cải cách hành chính", d("18.75"), d("25"), d("75.00"), 1, d("50.00")));
        List<LeafLine> lost = List.of(
                leaf("2.1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "0", "20", "missing"),
                leaf("3.1", "Sự hài lòng của người dân", "18.75", "25", null),
                leaf("2.2", "Hồ sơ tiếp nhận trực tuyến", "10", "15", null),
                leaf("1.2", "Mức độ hoàn thành kế hoạch", "23.86", "25", null),
                leaf("1.1", "Kế hoạch cải cách hành chính năm", "14", "15", null));
        Change change = new Change(2023, List.of(
                new ChangeLine("domain", "1", "Công tác chỉ đạo, điều hành cải cách hành chính", d("35"), d("37.86"), d("2.86"),
                        d("87.50"), d("94.65"), d("7.15"), d("2.86")),
                new ChangeLine("domain", "2", "Cải cách thủ tục hành chính", d("12.5"), d("10"), d("-2.5"), d("35.71"), d("28.57"),
                        d("-7.14"), d("-2.50")),
                new ChangeLine("domain", "3", "Tác động của cải cách hành chính", d("17.5"), d("18.75"), d("1.25"), d("70.00"),
                        d("75.00"), d("5.00"), d("1.25")),
                new ChangeLine("adjustment", null, null, d("-1"), d("0"), d("1"), null, null, null, d("1.00")),
                new ChangeLine("total", null, null, d("64"), d("66.61"), d("2.61"), d("64.00"), d("66.61"), d("2.61"), d("2.61"))));
        return new Scorecard("QUAN", "019", "Quận Nam Từ Liêm", false, d("66.61"), 2, 3, "Trung bình", 1, d("2.61"), "Khá",
                d("3.39"), new Totals(d("66.61"), d("100"), d("0")), domains, lost, List.of(lost.get(0)), change);
    }

    private static Scorecard hoanKiem() {
        List<LeafLine> flagged = List.of(leaf("1.1", "Kế hoạch cải cách hành chính năm", "15", "15", "provisional"),
                leaf("3.1", "Sự hài lòng của người dân", "0", "25", "insufficient"));
        return new Scorecard("QUAN", "001", "Quận Hoàn Kiếm", true, d("47.98"), 3, 3, "Yếu", -1,
                d("-0.45"), "Trung bình", d("2.02"), new Totals(d("1359.5"), d("2833.5"), d("-2.5")),
                List.of(new DomainLine("1", "Công tác chỉ đạo, điều hành cải cách hành chính", d("1362"), d("2833.5"),
                        d("48.07"), 3, d("92.62"))),
                List.of(flagged.get(1)), flagged, null);
    }

    private static Scorecard dongDa() {
        return new Scorecard("QUAN", "006", "Quận Đống Đa", false, d("100.00"), 1, 3, "Xuất sắc", null, null, null, null,
                new Totals(d("100"), d("100"), null),
                List.of(new DomainLine("1", "Công tác chỉ đạo, điều hành cải cách hành chính", d("40"), d("40"), d("100.00"),
                        1, d("92.62"))),
                List.of(), List.of(), null);
    }

    private static Scorecard sonTay() {
        return new Scorecard("HUYEN", "STY", "Thị xã Sơn Tây", false, d("81.25"), 1, 1, null, null, null, null, null,
                new Totals(d("81.25"), d("100"), null),
                List.of(new DomainLine("A", "Chỉ đạo điều hành", d("81.25"), d("100"), d("81.25"), 1, d("81.25"))),
                List.of(leaf("A.1", "Kế hoạch", "81.25", "100", null)), List.of(), null);
    }

    /** The longest domain names of the sample framework, eight domains as in the real one. */
    public static final List<String> LONG_DOMAINS = List.of(
            "Công tác chỉ đạo, điều hành cải cách hành chính",
            "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
            "Cải cách thủ tục hành chính",
            "Cải cách tổ chức bộ máy hành chính nhà nước",
            "Xây dựng và nâng cao chất lượng đội ngũ công chức, viên chức",
            "Cải cách tài chính công",
            "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
            "Tác động của cải cách hành chính đến người dân, tổ chức");

    /**
     * As much as one scorecard can hold: 8 domains, 5 most-lost criteria with long names, the change table with
     * adjustment and clamp lines, {@code flagged} flagged criteria, provisional, an adjusted total and a long name.
     */
    public static Scorecard crowded(int i, int flagged) {
        String name = "Ủy ban nhân dân thị xã Sơn Tây, thành phố Hà Nội số " + (i + 1);
        List<DomainLine> domains = new java.util.ArrayList<>();
        List<ChangeLine> lines = new java.util.ArrayList<>();
        for (int k = 0; k < LONG_DOMAINS.size(); k++) {
            String code = Integer.toString(k + 1);
            domains.add(new DomainLine(code, LONG_DOMAINS.get(k), d("11.75"), d("12.5"), d("94.00"), 12, d("88.88")));
            lines.add(new ChangeLine("domain", code, LONG_DOMAINS.get(k), d("10.25"), d("11.75"), d("1.5"), d("82.00"),
                    d("94.00"), d("12.00"), d("1.50")));
        }
        lines.add(new ChangeLine("adjustment", null, null, d("-2.5"), d("3"), d("5.5"), null, null, null, d("5.50")));
        lines.add(new ChangeLine("clamp", null, null, d("0"), d("-1"), d("-1"), null, null, null, d("-1.00")));
        lines.add(new ChangeLine("total", null, null, d("79.5"), d("96"), d("16.5"), d("79.50"), d("96.00"), d("16.50"), d("16.50")));
        List<LeafLine> lost = List.of(
                leaf("2.3", "Kiểm tra, tuyên truyền cải cách hành chính và theo dõi thi hành pháp luật tại địa phương", "1", "4", "missing"),
                leaf("5.1", "Vị trí việc làm và cơ cấu ngạch công chức, viên chức theo quy định", "3.5", "6", "provisional"),
                leaf("3.2", "Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính", "4", "6", null),
                leaf("8.2", "Tác động đến phát triển kinh tế – xã hội", "3", "5", "insufficient"),
                leaf("7.1", "Cung cấp dịch vụ công trực tuyến toàn trình", "3", "4.5", null));
        String[] kinds = {"provisional", "missing", "insufficient"};
        List<LeafLine> flags = new java.util.ArrayList<>();
        for (int k = 0; k < flagged; k++) {
            flags.add(leaf((k % 8 + 1) + "." + (k / 8 + 1), "Tiêu chí có tên khá dài để thử trang số " + k, "0", "2",
                    kinds[k % 3]));
        }
        return new Scorecard("HUYEN", "U" + i, name, true, d("96.00"), i + 1, 29, "Tốt", -3, d("16.50"), "Xuất sắc",
                d("2.25"), new Totals(d("96"), d("100"), d("3")), domains, lost, flags, new Change(2024, lines));
    }

    public static LeafLine leaf(String code, String name, String points, String max, String flag) {
        return new LeafLine(code, name, d(points), d(max), d(max).subtract(d(points)), flag);
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}

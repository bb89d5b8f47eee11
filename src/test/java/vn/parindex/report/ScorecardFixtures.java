package vn.parindex.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.parindex.report.ScorecardReport.Change;
import vn.parindex.report.ScorecardReport.ChangeLine;
import vn.parindex.report.ScorecardReport.DomainLine;
import vn.parindex.report.ScorecardReport.LeafLine;
import vn.parindex.report.ScorecardReport.Scorecard;
import vn.parindex.report.ScorecardReport.Totals;

/** Scorecards of 2024: three urban districts (the second provisional, the third new this year) and a rural town. */
final class ScorecardFixtures {

    static final List<String> NAMES = List.of("Quận Nam Từ Liêm", "Quận Hoàn Kiếm", "Quận Đống Đa", "Thị xã Sơn Tây");

    private ScorecardFixtures() {
    }

    static ScorecardReport report() {
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
                        d("87.50"), d("94.65"), d("7.15")),
                new ChangeLine("domain", "2", "Cải cách thủ tục hành chính", d("12.5"), d("10"), d("-2.5"), d("35.71"), d("28.57"),
                        d("-7.14")),
                new ChangeLine("domain", "3", "Tác động của cải cách hành chính", d("17.5"), d("18.75"), d("1.25"), d("70.00"),
                        d("75.00"), d("5.00")),
                new ChangeLine("adjustment", null, null, d("-1"), d("0"), d("1"), null, null, null),
                new ChangeLine("total", null, null, d("64"), d("66.61"), d("2.61"), d("64.00"), d("66.61"), d("2.61"))));
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

    static LeafLine leaf(String code, String name, String points, String max, String flag) {
        return new LeafLine(code, name, d(points), d(max), d(max).subtract(d(points)), flag);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}

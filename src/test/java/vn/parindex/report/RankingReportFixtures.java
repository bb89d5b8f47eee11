package vn.parindex.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.parindex.report.model.RankingReport.BandLimit;
import vn.parindex.report.model.RankingReport.Domain;
import vn.parindex.report.model.RankingReport.Group;
import vn.parindex.report.model.RankingReport.MethodRow;
import vn.parindex.report.model.RankingReport.Row;
import vn.parindex.report.model.RankingReport.UnitRef;
import vn.parindex.report.model.RankingReport;

/** A 2024 ranking with two groups: 40 urban districts (the table spans pages) and 3 rural units. */
public final class RankingReportFixtures {

    static final List<String> DISTRICTS = List.of(
            "Quận Hoàn Kiếm", "Quận Ba Đình", "Quận Đống Đa", "Quận Hai Bà Trưng", "Quận Hoàng Mai",
            "Quận Thanh Xuân", "Quận Cầu Giấy", "Quận Tây Hồ", "Quận Long Biên", "Quận Hà Đông",
            "Quận Bắc Từ Liêm");

    private RankingReportFixtures() {
    }

    public static RankingReport report(boolean provisional) {
        return new RankingReport(2024, LocalDate.of(2024, 12, 31), provisional, List.of(urban(provisional), rural()));
    }

    private static Group urban(boolean provisional) {
        List<Domain> domains = List.of(
                new Domain("LV1", "Công tác chỉ đạo, điều hành cải cách hành chính", new BigDecimal("10")),
                new Domain("LV2", "Cải cách thể chế", new BigDecimal("12.5")),
                new Domain("LV3", "Cải cách thủ tục hành chính", new BigDecimal("14")),
                new Domain("LV4", "Sự hài lòng của người dân", new BigDecimal("1359")));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = i < DISTRICTS.size() ? DISTRICTS.get(i) : "Phường thử nghiệm số " + (i + 1);
            BigDecimal index = new BigDecimal("96.70").subtract(new BigDecimal("0.75").multiply(BigDecimal.valueOf(i)));
            if (i == 39) {
                name = "Quận Nam Từ Liêm";
                index = new BigDecimal("66.61");
            }
            Integer deltaRank = i % 3 == 0 ? Integer.valueOf(2) : i % 3 == 1 ? Integer.valueOf(-1) : null;
            BigDecimal deltaIndex = i % 3 == 2 ? null : new BigDecimal(i % 2 == 0 ? "1.25" : "-0.45");
            rows.add(new Row(i + 1, String.format("Q%02d", i + 1), name, index, band(index), deltaRank, deltaIndex,
                    provisional && i == 5,
                    List.of(index.add(BigDecimal.ONE).min(new BigDecimal("100")), index, index.subtract(BigDecimal.TEN),
                            new BigDecimal("1359.5"))));
        }
        List<BandLimit> bands = List.of(
                new BandLimit("Tốt", new BigDecimal("80")), new BandLimit("Xuất sắc", new BigDecimal("90")),
                new BandLimit("Khá", new BigDecimal("70")), new BandLimit("Trung bình", new BigDecimal("50")),
                new BandLimit("Yếu", new BigDecimal("0")));
        List<MethodRow> methodology = List.of(
                new MethodRow("LV1", "Công tác chỉ đạo, điều hành cải cách hành chính", new BigDecimal("10"), 0, "group", null),
                new MethodRow("LV1.1", "Kế hoạch cải cách hành chính", new BigDecimal("4"), 1, "appraised", null),
                new MethodRow("LV1.2", "Kiểm tra, tuyên truyền", new BigDecimal("6"), 1, "group", null),
                new MethodRow("LV1.2.1", "Tỷ lệ hồ sơ đúng hạn", new BigDecimal("6"), 2, "ratio",
                        "metric=dossiers.ontime; >=0.95:1; >=0.8:0.5; else:0"),
                new MethodRow("LV2", "Cải cách thể chế", new BigDecimal("12.5"), 0, "appraised", null),
                new MethodRow("LV3", "Cải cách thủ tục hành chính", new BigDecimal("14"), 0, "ratio",
                        "metric=dossiers.online; linear"),
                new MethodRow("LV4", "Sự hài lòng của người dân", new BigDecimal("1359"), 0, "survey",
                        "questions=Q1,Q2; mode=share; min_responses=30"));
        return new Group("QUAN", domains, rows, List.of(), bands, methodology);
    }

    private static Group rural() {
        List<Domain> domains = List.of(
                new Domain("A", "Chỉ đạo điều hành", new BigDecimal("20")),
                new Domain("B", "Thủ tục hành chính", new BigDecimal("30")),
                new Domain("C", "Chính quyền số", new BigDecimal("50")));
        List<Row> rows = List.of(
                new Row(1, "STY", "Thị xã Sơn Tây", new BigDecimal("81.25"), null, 1, new BigDecimal("2.10"), false,
                        List.of(new BigDecimal("90"), new BigDecimal("80.5"), new BigDecimal("78"))),
                new Row(2, "HBV", "Huyện Ba Vì", new BigDecimal("74.50"), null, null, null, false,
                        List.of(new BigDecimal("70"), new BigDecimal("75"), new BigDecimal("76.25"))),
                new Row(2, "HML", "Huyện Mê Linh", new BigDecimal("74.50"), null, -1, new BigDecimal("-0.45"), false,
                        List.of(new BigDecimal("60"), new BigDecimal("80"), new BigDecimal("78.05"))));
        return new Group("HUYEN", domains, rows, List.of(new UnitRef("HDA", "Huyện Đông Anh")), List.of(), List.of());
    }

    private static String band(BigDecimal index) {
        if (index.compareTo(new BigDecimal("90")) >= 0) {
            return "Xuất sắc";
        }
        if (index.compareTo(new BigDecimal("80")) >= 0) {
            return "Tốt";
        }
        if (index.compareTo(new BigDecimal("70")) >= 0) {
            return "Khá";
        }
        return "Trung bình";
    }
}

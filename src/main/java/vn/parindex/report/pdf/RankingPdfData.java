package vn.parindex.report.pdf;

import java.awt.Color;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import vn.parindex.ranking.HalfUpMean;
import vn.parindex.report.model.History;
import vn.parindex.report.model.RankingReport;
import vn.parindex.report.model.RankingReport.BandLimit;
import vn.parindex.report.model.RankingReport.Group;
import vn.parindex.report.model.RankingReport.MethodRow;
import vn.parindex.report.model.RankingReport.Row;
import vn.parindex.report.model.RankingReport.UnitRef;

/**
 * Turns a {@link RankingReport} into the parameters and records the templates under {@code /reports/} expect,
 * every figure already written as Vietnamese text. The only arithmetic is the summaries the report asks for:
 * the cover's counts and per group band counts, average, highest, lowest of the indices shown.
 */
public final class RankingPdfData {

    /** Series of the chart for a ranked unit without a band (the group has no bands). */
    static final String NOT_BANDED = "Chưa xếp loại";

    /** Best band first; few bands take well-separated colours, top green to bottom red. */
    private static final Map<Integer, List<Color>> PALETTES = Map.of(
            1, List.of(rgb(0x2E7D32)),
            2, List.of(rgb(0x2E7D32), rgb(0xC62828)),
            3, List.of(rgb(0x2E7D32), rgb(0xF9A825), rgb(0xC62828)),
            4, List.of(rgb(0x2E7D32), rgb(0x1565C0), rgb(0xF9A825), rgb(0xC62828)),
            5, List.of(rgb(0x2E7D32), rgb(0x1565C0), rgb(0xF9A825), rgb(0xEF6C00), rgb(0xC62828)));
    private static final List<Color> MANY = List.of(rgb(0x2E7D32), rgb(0x1565C0), rgb(0x00838F), rgb(0xF9A825),
            rgb(0xEF6C00), rgb(0xC62828), rgb(0x6A1B9A), rgb(0x5D4037));
    private static final Color GREY = rgb(0x757575);

    private RankingPdfData() {
    }

    /** The master report's own parameters (the compiled subreports are added by the writer). */
    public static Map<String, Object> parameters(RankingReport report) {
        String dataDate = VnFormat.date(report.dataDate());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("TITLE", "BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + report.year());
        parameters.put("DATA_DATE_TEXT", "Dữ liệu đến ngày " + dataDate);
        parameters.put("HEADER_TEXT", "Chỉ số cải cách hành chính năm " + report.year() + " · Dữ liệu đến ngày " + dataDate);
        parameters.put("PROVISIONAL", report.provisional());
        parameters.put("COVER_GUIDE", COVER_GUIDE + ".");
        parameters.put("METHOD_DATA", methodology(report));
        return parameters;
    }

    /** The cover (page 1), then one record per group, for the master report. */
    public static JRDataSource groups(RankingReport report) {
        List<Map<String, Object>> records = new ArrayList<>();
        records.add(cover(report));
        for (Group group : list(report.groups())) {
            List<Row> rows = list(group.rows());
            List<BandLimit> bands = sortedBands(group);
            Map<String, Object> record = new HashMap<>();
            record.put("isCover", false);
            record.put("isGroup", true);
            record.put("newPage", true);
            record.put("heading", GroupLabel.heading(group.groupCode(), report.groupNames()));
            record.put("rows", new MapDataSource(tableRows(group)));
            List<Map<String, Object>> headers = new ArrayList<>();
            for (RankingReport.Domain domain : list(group.domains())) {
                headers.add(Map.of("code", nfc(domain.code())));
            }
            record.put("domainHeaders", new MapDataSource(headers));
            record.put("domainLegend", domainLegend(list(group.domains())));
            record.put("hasRows", !rows.isEmpty());
            record.put("noRows", rows.isEmpty());
            record.put("chartTitle", "Chỉ số của các đơn vị nhóm " + GroupLabel.name(group.groupCode(), report.groupNames()) + " (màu theo xếp loại)");
            record.put("chartRows", new MapDataSource(chartRows(rows)));
            record.put("bandColors", bandColors(bands));
            boolean anyProvisional = rows.stream().anyMatch(Row::provisional);
            record.put("hasProvisionalNote", anyProvisional);
            record.put("provisionalNote", anyProvisional
                    ? "(*) Tạm tính: đơn vị có tiêu chí chưa có điểm thẩm định, đang tính theo điểm tự đánh giá."
                    : null);
            boolean intervals = rows.stream().anyMatch(r -> r.interval() != null);
            boolean merged = rows.stream().anyMatch(Row::againstPredecessors);
            // what the table's marks mean, right under it
            boolean newcomers = rows.stream().anyMatch(r -> r.deltaIndex() == null);
            String rankChange = RankChangeText.note(report.history().continuityOf(group.groupCode()), report.year());
            String notes = ((intervals ? INTERVAL_LEGEND + "\n" : "") + (merged ? MERGED_LEGEND + "\n" : "")
                    + (newcomers ? NEWCOMER_LEGEND + "\n" : "") + (rankChange == null ? "" : rankChange)).strip();
            record.put("hasTableNotes", !notes.isEmpty());
            record.put("tableNotes", notes);
            record.put("statsText", stats(rows, bands));
            record.put("hasIntervals", intervals);
            record.put("intervalHeading", "Khoảng dao động của thứ hạng – " + GroupLabel.heading(group.groupCode(), report.groupNames()));
            List<RankIntervalChart> charts = intervals ? intervalCharts(report.year(), group) : List.of();
            record.put("intervalChart", charts.isEmpty() ? null : charts.get(0));
            record.put("intervalNote", intervals ? intervalNote(rows, report.replicates()) : null);
            record.put("notSubmittedText", notSubmitted(list(group.notSubmitted())));
            List<History.GroupYear> history = report.history().ofGroup(group.groupCode());
            // a group's first year: its average is already in the statistics line above
            record.put("hasHistory", history.size() > 1);
            record.put("historyText", historyText(history));
            records.add(record);
            // a group of more units than one chart holds: the chart goes on over the next pages
            for (int part = 1; part < charts.size(); part++) {
                Map<String, Object> more = new HashMap<>();
                for (String flag : List.of("isCover", "isGroup", "newPage", "hasRows", "noRows", "hasProvisionalNote", "hasHistory", "hasTableNotes")) {
                    more.put(flag, false);
                }
                more.put("hasIntervals", true);
                more.put("intervalHeading", record.get("intervalHeading") + " (tiếp theo, " + (part + 1) + "/" + charts.size() + ")");
                more.put("intervalChart", charts.get(part));
                more.put("intervalNote", record.get("intervalNote"));
                records.add(more);
            }
        }
        return new MapDataSource(records);
    }

    /** The group's average index in each of its last ranked years (SPEC §13), oldest first. */
    static String historyText(List<History.GroupYear> history) {
        StringBuilder text = new StringBuilder("Chỉ số bình quân của nhóm qua các năm (" + history.size() + " năm gần nhất có xếp hạng): ");
        for (int i = 0; i < history.size(); i++) {
            History.GroupYear year = history.get(i);
            text.append(i == 0 ? "" : "  ·  ").append(year.year()).append(": ").append(VnFormat.index(year.averageIndex()))
                    .append(" (").append(year.ranked()).append(" đơn vị)");
        }
        return text.toString();
    }

    /** Title, year, data date and the province-level counts; "TẠM TÍNH" with how many units are provisional. */
    private static Map<String, Object> cover(RankingReport report) {
        List<Group> groups = list(report.groups());
        int ranked = groups.stream().mapToInt(g -> list(g.rows()).size()).sum();
        int notSubmitted = groups.stream().mapToInt(g -> list(g.notSubmitted()).size()).sum();
        List<String> provisionalNames = groups.stream().flatMap(g -> list(g.rows()).stream()).filter(Row::provisional)
                .map(r -> nfc(r.unitName())).toList();
        long provisional = provisionalNames.size();
        Map<String, Object> record = new HashMap<>();
        record.put("isCover", true);
        record.put("isGroup", false);
        record.put("newPage", false);
        record.put("hasRows", false);
        record.put("noRows", false);
        record.put("hasProvisionalNote", false);
        record.put("hasIntervals", false);
        record.put("hasHistory", false);
        record.put("hasTableNotes", false);
        record.put("coverYear", "NĂM " + report.year());
        record.put("groupCount", VnFormat.integer(groups.size()));
        record.put("rankedCount", VnFormat.integer(ranked));
        record.put("notSubmittedCount", VnFormat.integer(notSubmitted));
        StringBuilder perGroup = new StringBuilder();
        for (Group group : groups) {
            perGroup.append(perGroup.isEmpty() ? "" : "\n\n").append(summary(report, group));
        }
        record.put("coverGroups", perGroup.isEmpty() ? "Năm này chưa có nhóm đơn vị nào có bộ tiêu chí." : perGroup.toString());
        record.put("coverProvisional", report.provisional());
        record.put("coverProvisionalText", report.provisional()
                ? "Kết quả tạm tính: " + (provisional > 0 ? VnFormat.integer(provisional) + " đơn vị" : "có đơn vị")
                        + " có tiêu chí chưa có điểm thẩm định" + provisionalUnits(provisionalNames) + ", đang tính theo điểm tự đánh giá;"
                        + " kết quả có thể thay đổi khi có đủ điểm thẩm định."
                : null);
        return record;
    }

    /** The provisional units by name, "(Huyện Đông Anh, Quận Hoàng Mai)"; past {@link #MOST_NAMED_PROVISIONAL}, where they are named. */
    private static String provisionalUnits(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() > MOST_NAMED_PROVISIONAL) {
            return " (xem bảng xếp hạng của từng nhóm, chỉ số đánh dấu *)";
        }
        return " (" + String.join(", ", names) + ")";
    }

    /** Past this many provisional units in a group, the summary gives their count and where they are listed. */
    static final int MOST_NAMED_PROVISIONAL = 20;

    /**
     * A group's lines of the summary page (SPEC §13): units ranked and not submitted, the mean index against last
     * year's, the three highest and lowest by name, the count per band, the provisional units by name.
     */
    static String summary(RankingReport report, Group group) {
        List<Row> rows = list(group.rows());
        StringBuilder text = new StringBuilder(GroupLabel.heading(group.groupCode(), report.groupNames())).append(": ")
                .append(VnFormat.integer(rows.size())).append(" đơn vị được xếp hạng, ")
                .append(VnFormat.integer(list(group.notSubmitted()).size())).append(" đơn vị chưa nộp.");
        List<Row> indexed = rows.stream().filter(r -> r.index() != null).toList();
        if (indexed.isEmpty()) {
            return text.toString();
        }
        BigDecimal mean = HalfUpMean.of(indexed.stream().map(Row::index).toList());
        text.append("\nChỉ số bình quân: ").append(VnFormat.index(mean));
        report.history().ofGroup(group.groupCode()).stream().filter(y -> y.year() == report.year() - 1).findFirst().ifPresentOrElse(
                last -> text.append(" (năm ").append(last.year()).append(": ").append(VnFormat.index(last.averageIndex()))
                        .append(", ").append(VnFormat.signedIndex(mean.subtract(last.averageIndex()))).append(")"),
                () -> text.append(" (năm ").append(report.year() - 1).append(" nhóm chưa có đơn vị được xếp hạng)"));
        int shown = Math.min(3, indexed.size());
        text.append("\nCao nhất: ").append(names(indexed.subList(0, shown)));
        // a unit is named once: in a group of fewer than six the lowest are those not already named
        int low = Math.min(3, indexed.size() - shown);
        if (low > 0) {
            List<Row> lowest = new ArrayList<>(indexed.subList(indexed.size() - low, indexed.size()));
            java.util.Collections.reverse(lowest);
            text.append("\nThấp nhất: ").append(names(lowest));
        }
        List<BandLimit> bands = sortedBands(group);
        if (!bands.isEmpty()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            bands.forEach(b -> counts.put(nfc(b.band()), 0));
            rows.forEach(r -> counts.merge(r.band() == null ? NOT_BANDED : nfc(r.band()), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            counts.forEach((band, count) -> parts.add(band + " " + VnFormat.integer(count)));
            text.append("\nXếp loại: ").append(String.join(" · ", parts));
        }
        List<Row> provisional = rows.stream().filter(Row::provisional).toList();
        if (!provisional.isEmpty()) {
            text.append("\nTạm tính (").append(VnFormat.integer(provisional.size())).append(" đơn vị)");
            if (provisional.size() > MOST_NAMED_PROVISIONAL) {
                text.append(": danh sách trong bảng xếp hạng của nhóm, chỉ số đánh dấu *.");
            } else {
                text.append(": ").append(String.join(", ", provisional.stream().map(r -> nfc(r.unitName())).toList())).append('.');
            }
        }
        return text.toString();
    }

    private static String names(List<Row> rows) {
        return String.join("; ", rows.stream().map(r -> nfc(r.unitName()) + " (" + VnFormat.index(r.index()) + ")").toList());
    }

    private static List<Map<String, Object>> tableRows(Group group) {
        int domainCount = list(group.domains()).size();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : list(group.rows())) {
            Map<String, Object> record = new HashMap<>();
            record.put("rank", row.interval() == null ? Integer.toString(row.rank())
                    : row.rank() + " (" + row.interval().low() + "–" + row.interval().high() + ")");
            record.put("unitCode", nfc(row.unitCode()));
            record.put("unitName", nfc(row.unitName()));
            record.put("index", VnFormat.index(row.index()) + (row.provisional() ? " *" : ""));
            record.put("band", row.band() == null ? VnFormat.NONE : nfc(row.band()));
            record.put("deltaRank", VnFormat.deltaRank(row.deltaRank()));
            record.put("deltaIndex", VnFormat.signedIndex(row.deltaIndex()) + (row.againstPredecessors() ? " †" : ""));
            List<BigDecimal> subIndices = list(row.domainSubIndices());
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int i = 0; i < domainCount; i++) {
                cells.add(Map.of("value", VnFormat.index(i < subIndices.size() ? subIndices.get(i) : null)));
            }
            record.put("cells", new MapDataSource(cells));
            rows.add(record);
        }
        return rows;
    }

    private static final String MERGED_LEGEND = "† Đơn vị mới thành lập do sắp xếp: ΔChỉ số so với bình quân chỉ số năm trước của"
            + " các đơn vị cũ hợp thành; không có ΔHạng.";

    private static final String NEWCOMER_LEGEND = "– ở ΔHạng và ΔChỉ số: năm trước đơn vị chưa được xếp hạng trong nhóm, nên chưa có số"
            + " liệu so sánh.";

    private static final String INTERVAL_LEGEND = "Trong ngoặc sau hạng: khoảng 90% của hạng, ví dụ 3 (2–6): trong 90% số lần tính lại"
            + " với mẫu khảo sát chọn lại, đơn vị xếp từ hạng 2 đến hạng 6 (xem trang sau và phần phương pháp).";

    /** What the numbered domain columns of the table stand for (SPEC §13): "Lĩnh vực: 1 – …; 2 – …". */
    private static String domainLegend(List<RankingReport.Domain> domains) {
        if (domains.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (RankingReport.Domain domain : domains) {
            parts.add(nfc(domain.code()) + " – " + nfc(domain.name()));
        }
        return "Các cột lĩnh vực: " + String.join("; ", parts) + ".";
    }

    /** The group's forest plot, {@link RankIntervalChart#ROWS_PER_CHART} units a chart, units named (SPEC §13). */
    private static List<RankIntervalChart> intervalCharts(int year, Group group) {
        List<RankIntervalChart.Point> points = new ArrayList<>();
        for (Row row : list(group.rows())) {
            if (row.interval() != null) {
                points.add(new RankIntervalChart.Point(row.rank(), row.interval().low(), row.interval().high(), nfc(row.unitName())));
            }
        }
        int units = list(group.rows()).size();
        List<RankIntervalChart> charts = new ArrayList<>();
        for (int from = 0; from < points.size(); from += RankIntervalChart.ROWS_PER_CHART) {
            charts.add(new RankIntervalChart("rank-intervals-" + year + "-" + nfc(group.groupCode()) + "-" + (from / RankIntervalChart.ROWS_PER_CHART),
                    points.subList(from, Math.min(points.size(), from + RankIntervalChart.ROWS_PER_CHART)), units));
        }
        return charts;
    }

    private static String intervalNote(List<Row> rows, int replicates) {
        StringBuilder note = new StringBuilder("Mỗi thanh là khoảng 90% của hạng một đơn vị (phân vị thứ 5 đến thứ 95 của ")
                .append(VnFormat.integer(replicates)).append(" lần tính lại), chấm là hạng công bố. Hai đơn vị có thanh chồng lên nhau"
                        + " thì khảo sát chưa đủ để khẳng định đơn vị nào hơn.");
        List<Row> unsampled = rows.stream().filter(r -> r.interval() != null && !r.interval().sampled()).toList();
        if (!unsampled.isEmpty()) {
            note.append("\nĐơn vị có thứ hạng không dựa trên mẫu khảo sát nào (không có tiêu chí khảo sát được tính trên mẫu), nên điểm"
                    + " của đơn vị không dao động: ");
            note.append(String.join(", ", unsampled.stream().map(r -> nfc(r.unitCode()) + " – " + nfc(r.unitName())).toList())).append('.');
        }
        return note.toString();
    }

    private static List<Map<String, Object>> chartRows(List<Row> rows) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Row row : rows) {
            if (row.index() == null) {
                continue;
            }
            Map<String, Object> record = new HashMap<>();
            record.put("band", row.band() == null ? NOT_BANDED : nfc(row.band()));
            record.put("unitCode", nfc(row.unitCode()));
            record.put("unitName", nfc(row.unitName()));
            record.put("index", row.index());
            records.add(record);
        }
        return records;
    }

    private static Map<String, Color> bandColors(List<BandLimit> bands) {
        List<Color> palette = PALETTES.getOrDefault(bands.size(), MANY);
        Map<String, Color> colors = new HashMap<>();
        for (int i = 0; i < bands.size(); i++) {
            colors.put(nfc(bands.get(i).band()), palette.get(i % palette.size()));
        }
        colors.putIfAbsent(NOT_BANDED, GREY);
        return colors;
    }

    private static String stats(List<Row> rows, List<BandLimit> bands) {
        List<Row> indexed = rows.stream().filter(r -> r.index() != null).toList();
        if (indexed.isEmpty()) {
            return "Chưa có đơn vị nào được xếp hạng.";
        }
        BigDecimal average = HalfUpMean.of(indexed.stream().map(Row::index).toList());
        Row highest = indexed.stream().max(Comparator.comparing(Row::index)).orElseThrow();
        Row lowest = indexed.stream().min(Comparator.comparing(Row::index)).orElseThrow();
        StringBuilder text = new StringBuilder()
                .append("Số đơn vị được xếp hạng: ").append(VnFormat.integer(rows.size()))
                .append("   ·   Chỉ số bình quân: ").append(VnFormat.index(average))
                .append("   ·   Cao nhất: ").append(VnFormat.index(highest.index()))
                .append(" (").append(nfc(highest.unitName())).append(')')
                .append("   ·   Thấp nhất: ").append(VnFormat.index(lowest.index()))
                .append(" (").append(nfc(lowest.unitName())).append(')')
                .append('\n');
        if (bands.isEmpty()) {
            return text.append("Xếp loại: Không có thang xếp loại").toString();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        bands.forEach(b -> counts.put(nfc(b.band()), 0));
        for (Row row : rows) {
            counts.merge(row.band() == null ? NOT_BANDED : nfc(row.band()), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((band, count) -> parts.add(band + ": " + VnFormat.integer(count)));
        return text.append("Số đơn vị theo xếp loại: ").append(String.join("   ·   ", parts)).toString();
    }

    private static String notSubmitted(List<UnitRef> units) {
        if (units.isEmpty()) {
            return "Đơn vị chưa nộp: không có.";
        }
        StringBuilder text = new StringBuilder("Đơn vị chưa nộp (").append(units.size()).append("):");
        for (UnitRef unit : units) {
            text.append("\n• ").append(nfc(unit.unitCode())).append(" – ").append(nfc(unit.unitName()));
        }
        return text.toString();
    }

    /**
     * The methodology pages: per framework its domains and criteria, printed once for all the groups that share it
     * (issue 24: never the same table twice), then the bands, once when those groups share them too. Each line carries
     * the number of the block it opens or belongs to (a heading, a subheading, a domain and its criteria), so that the
     * template never leaves a heading alone at the foot of a page.
     */
    static JRDataSource methodology(RankingReport report) {
        List<Map<String, Object>> lines = new ArrayList<>();
        Map<List<MethodRow>, List<Group>> frameworks = new LinkedHashMap<>();
        for (Group group : list(report.groups())) {
            frameworks.computeIfAbsent(criteria(group), k -> new ArrayList<>()).add(group);
        }
        int[] block = {0};
        int[] framework = {0};
        frameworks.forEach((criteria, groups) -> {
            int first = lines.size();
            framework[0]++;
            List<String> headings = groups.stream().map(g -> GroupLabel.heading(g.groupCode(), report.groupNames())).toList();
            lines.add(line("isHeading", String.join("; ", headings), ++block[0]));
            lines.add(line("isSubheading", "Lĩnh vực, tiêu chí và điểm tối đa"
                    + (groups.size() > 1 ? " (chung cho " + groups.size() + " nhóm)" : ""), ++block[0]));
            lines.add(line("isCritHeader", null, block[0]));
            for (MethodRow row : criteria) {
                int depth = Math.max(0, Math.min(3, row.depth()));
                Map<String, Object> line = line("isCriterion", null, depth == 0 ? ++block[0] : block[0]);
                for (int d = 0; d <= 3; d++) {
                    line.put("depth" + d, d == depth);
                }
                line.put("label", nfc(row.code()) + " – " + nfc(row.name()));
                line.put("maxPoints", VnFormat.points(row.maxPoints()));
                line.put("method", nfc(MethodText.describe(row.method(), row.rule())));
                lines.add(line);
            }
            Map<List<BandLimit>, List<String>> scales = new LinkedHashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                scales.computeIfAbsent(sortedBands(groups.get(i)), k -> new ArrayList<>()).add(headings.get(i));
            }
            scales.forEach((bands, named) -> {
                lines.add(line("isSubheading", "Thang xếp loại" + (scales.size() > 1 ? " – " + String.join("; ", named)
                        : groups.size() > 1 ? " (chung cho " + groups.size() + " nhóm)" : ""), ++block[0]));
                if (bands.isEmpty()) {
                    lines.add(line("isText", "Không có thang xếp loại", block[0]));
                }
                BigDecimal upper = null;
                for (BandLimit band : bands) {
                    String range = upper == null
                            ? "chỉ số từ " + VnFormat.index(band.minIndex()) + " trở lên"
                            : "chỉ số từ " + VnFormat.index(band.minIndex()) + " đến dưới " + VnFormat.index(upper);
                    lines.add(line("isText", "• " + nfc(band.band()) + ": " + range, block[0]));
                    upper = band.minIndex();
                }
            });
            lines.subList(first, lines.size()).forEach(l -> l.put("framework", framework[0]));
        });
        if (report.replicates() > 0) {
            lines.add(line("isHeading", "Độ tin cậy của thứ hạng", ++block[0]));
            UncertaintyText.paragraphs(report.replicates()).forEach(p -> lines.add(line("isText", p, block[0])));
        } else if (report.surveyLess()) {
            lines.add(line("isHeading", "Độ tin cậy của thứ hạng", ++block[0]));
            lines.add(line("isText", SURVEY_LESS, block[0]));
        }
        lines.stream().filter(l -> !l.containsKey("framework")).forEach(l -> l.put("framework", framework[0] + 1));
        keepWithNext(lines);
        return new MapDataSource(lines);
    }

    /** The least room, in points, a block may start in (ranking-methodology.jrxml has one group per value, widest outermost). */
    static final List<Integer> KEEP_HEIGHTS = List.of(80, 60, 45, 30);

    /**
     * Sets on each line the fields {@code keep80}, {@code keep60}, … that the methodology template's groups break on: a
     * line opening a block (a heading, a subheading, a domain) counts up the field of the least height that holds it and
     * what must follow it on its page (a heading its subheading, the table's header and a first row; a subheading or a
     * domain a first line), so that the block starts on a new page when less room than that is left, and only then.
     */
    private static void keepWithNext(List<Map<String, Object>> lines) {
        Map<Integer, Integer> counters = new HashMap<>();
        KEEP_HEIGHTS.forEach(h -> counters.put(h, 0));
        Object previousBlock = null;
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> line = lines.get(i);
            if (!line.get("block").equals(previousBlock)) {
                double need = 0;
                int j = i;
                // the opening line, the headings under it, and the first line of content (two when the opening line is content)
                int content = 0;
                while (j < lines.size() && content < (Boolean.TRUE.equals(line.get("isCriterion")) ? 2 : 1)) {
                    Map<String, Object> next = lines.get(j);
                    need += estimatedHeight(next);
                    if (Boolean.TRUE.equals(next.get("isCriterion")) || Boolean.TRUE.equals(next.get("isText"))) {
                        content++;
                    }
                    j++;
                }
                int bucket = KEEP_HEIGHTS.get(0);
                for (int height : KEEP_HEIGHTS) {
                    if (height >= need) {
                        bucket = height;
                    }
                }
                counters.merge(bucket, 1, Integer::sum);
                previousBlock = line.get("block");
            }
            for (int height : KEEP_HEIGHTS) {
                line.put("keep" + height, counters.get(height));
            }
        }
    }

    /** About how tall the template prints a line (its bands' heights, text wrapping at about 4 pt a character at 8 pt). */
    private static double estimatedHeight(Map<String, Object> line) {
        if (Boolean.TRUE.equals(line.get("isHeading"))) {
            return 26;
        }
        if (Boolean.TRUE.equals(line.get("isSubheading"))) {
            return 18;
        }
        if (Boolean.TRUE.equals(line.get("isCritHeader"))) {
            return 16;
        }
        if (Boolean.TRUE.equals(line.get("isCriterion"))) {
            int lines = Math.max(wrapped((String) line.get("label"), 400), wrapped((String) line.get("method"), 290));
            return Math.max(14, 4 + 10 * lines);
        }
        return Math.max(14, 4 + 10 * wrapped((String) line.get("text"), 780));
    }

    private static int wrapped(String text, double width) {
        return text == null || text.isEmpty() ? 1 : (int) Math.ceil(text.length() * 4.0 / width);
    }

    /** A group's criteria as the methodology lists them (its domains alone when the report has no criteria). */
    private static List<MethodRow> criteria(Group group) {
        List<MethodRow> criteria = list(group.methodology());
        if (criteria.isEmpty()) {
            criteria = list(group.domains()).stream()
                    .map(d -> new MethodRow(d.code(), d.name(), d.maxPoints(), 0, null, null)).toList();
        }
        return criteria;
    }

    /** The cover's last line, without its full stop (the explanation round's section adds itself to it). */
    public static final String COVER_GUIDE = "Trang này tóm tắt kết quả. Từ trang 2: bảng xếp hạng, biểu đồ và thống kê của từng nhóm."
            + " Cuối tài liệu: phương pháp tính điểm, chỉ số và xếp loại";

    /** The one methodology line of a year without survey leaves (SPEC §13). */
    static final String SURVEY_LESS = "Bộ tiêu chí năm này không có tiêu chí khảo sát người dân: mọi điểm được tính từ số liệu và"
            + " điểm thẩm định, không từ mẫu khảo sát, nên chỉ số và thứ hạng không có khoảng dao động do chọn mẫu và báo cáo không"
            + " nêu khoảng tin cậy.";

    private static Map<String, Object> line(String kind, String text, int block) {
        Map<String, Object> line = new HashMap<>();
        for (String k : List.of("isHeading", "isSubheading", "isCritHeader", "isCriterion", "isText")) {
            line.put(k, k.equals(kind));
        }
        line.put("text", text);
        line.put("block", block);
        return line;
    }

    /** Highest {@code min_index} first. */
    private static List<BandLimit> sortedBands(Group group) {
        return list(group.bands()).stream()
                .sorted(Comparator.comparing(BandLimit::minIndex, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(BandLimit::band, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}

package vn.parindex.report.pdf;

import static vn.parindex.report.pdf.RankingPdfData.nfc;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import vn.parindex.report.model.History;
import vn.parindex.report.model.ScorecardReport;
import vn.parindex.report.model.ScorecardReport.ChangeLine;
import vn.parindex.report.model.ScorecardReport.DomainLine;
import vn.parindex.report.model.ScorecardReport.LeafLine;
import vn.parindex.report.model.ScorecardReport.Scorecard;

/**
 * Turns a {@link ScorecardReport} into the parameters and records of {@code /reports/scorecards*.jrxml}, one
 * record (one page) per unit, every figure already written as Vietnamese text.
 */
public final class ScorecardPdfData {

    static final String UNIT_SERIES = "Đơn vị";
    static final String AVERAGE_SERIES = "Bình quân nhóm";
    /** Up to this many flagged criteria are listed with their names; more are listed by code. */
    static final int LISTED_FLAGS = 3;
    static final int CODES_PER_FLAG = 12;
    private static final String RANGE_DASH = "\u00A0–\u00A0";

    private ScorecardPdfData() {
    }

    public static Map<String, Object> parameters(ScorecardReport report) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("HEADER_TEXT", "Phiếu kết quả Chỉ số cải cách hành chính năm " + report.year()
                + " · Dữ liệu đến ngày " + VnFormat.date(report.dataDate()));
        parameters.put("YEAR", Integer.toString(report.year()));
        parameters.put("PREVIOUS_YEAR", Integer.toString(report.year() - 1));
        return parameters;
    }

    public static JRDataSource records(ScorecardReport report) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Scorecard card : list(report.scorecards())) {
            Map<String, Object> r = new HashMap<>();
            r.put("newPage", !records.isEmpty());
            r.put("provisional", card.provisional());
            r.put("title", "PHIẾU KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + report.year());
            r.put("unitName", nfc(card.unitName()));
            r.put("unitLine", "Mã đơn vị: " + nfc(card.unitCode()) + "   ·   Nhóm: " + GroupLabel.name(card.groupCode(), report.groupNames())
                    + "   ·   Năm " + report.year() + "   ·   Dữ liệu đến ngày " + VnFormat.date(report.dataDate()));
            r.put("indexText", VnFormat.index(card.index()) + (card.provisional() ? " *" : ""));
            r.put("rankText", card.rank() + "/" + card.rankedInGroup());
            r.put("bandText", card.band() == null ? VnFormat.NONE : nfc(card.band()));
            r.put("deltaIndexText", VnFormat.signedIndex(card.deltaIndex()));
            r.put("deltaRankText", VnFormat.deltaRank(card.deltaRank()));
            r.put("totalText", totalText(card));
            r.put("nextBandText", nextBandText(card));
            r.put("hasCertainty", card.certainty() != null);
            r.put("certaintyText", certaintyText(card));
            r.put("domains", new MapDataSource(domainRows(card)));
            r.put("chartRows", new MapDataSource(chartRows(card)));
            r.put("bandColors", Map.of(UNIT_SERIES, new Color(0x1565C0), AVERAGE_SERIES, new Color(0x9E9E9E)));
            r.put("chartTitle", "Chỉ số thành phần của đơn vị và bình quân nhóm " + GroupLabel.name(card.groupCode(), report.groupNames()));
            List<History.UnitYear> history = report.history().of(card.unitCode());
            r.put("hasHistory", !history.isEmpty());
            r.put("noHistory", history.isEmpty());
            IndexHistoryChart.Year baseline = baseline(report, card, history);
            r.put("historyTitle", baseline != null && history.size() == 1
                    ? "Chỉ số và hạng năm " + history.get(0).year() + ", so với năm " + baseline.year()
                    : "Chỉ số và hạng " + (history.size() == 1 ? "năm " + history.get(0).year() : history.size() + " năm gần nhất được xếp hạng"));
            r.put("historyChart", history.isEmpty() ? null : historyChart(report.year(), card.unitCode(), history, baseline));
            r.put("lost", new MapDataSource(list(card.mostLost()).stream().map(ScorecardPdfData::lostRow).toList()));
            // the note column only on a card that has a note to put in it
            boolean notes = list(card.mostLost()).stream().anyMatch(l -> l.flag() != null);
            r.put("lostHasNotes", notes);
            r.put("lostNoNotes", !notes);
            r.put("hasLost", !list(card.mostLost()).isEmpty());
            r.put("noLost", list(card.mostLost()).isEmpty());
            boolean merged = card.change() != null && card.change().againstPredecessors();
            r.put("changeHeading", "3. So với năm " + (report.year() - 1) + (merged ? " (bình quân các đơn vị cũ hợp thành đơn vị)" : ""));
            if (merged) {
                r.put("deltaIndexText", VnFormat.signedIndex(card.deltaIndex()) + " †");
            }
            r.put("hasChange", card.change() != null);
            r.put("noChange", card.change() == null);
            r.put("change", new MapDataSource(card.change() == null ? List.of() : changeRows(card.change().lines())));
            r.put("changeNote", "Đóng góp = điểm × 100 / tổng điểm tối đa, năm " + report.year() + " trừ năm "
                    + (report.year() - 1) + "; các dòng cộng lại đúng bằng ΔChỉ số chung."
                    + (merged ? " † " + predecessorsNote(report.year() - 1, card.change().predecessors()) : "")
                    + (merged || card.deltaRank() == null ? "" : rankChangeNote(report, card)));
            r.put("noChangeText", "Năm " + (report.year() - 1) + " đơn vị chưa được xếp hạng trong nhóm "
                    + GroupLabel.name(card.groupCode(), report.groupNames()) + " nên chưa có số liệu so sánh.");
            r.put("flagsText", flagsText(list(card.flagged()), card.leavesByMethod()));
            r.put("provisionalNote", card.provisional()
                    ? "(*) Tạm tính: đơn vị có tiêu chí chưa có điểm thẩm định, đang tính theo điểm tự đánh giá."
                    : null);
            records.add(r);
        }
        return new MapDataSource(records);
    }

    private static String rankChangeNote(ScorecardReport report, Scorecard card) {
        String note = RankChangeText.note(report.history().continuityOf(card.groupCode()), report.year());
        return note == null ? "" : " " + note;
    }

    private static IndexHistoryChart historyChart(int year, String unitCode, List<History.UnitYear> history,
            IndexHistoryChart.Year baseline) {
        List<IndexHistoryChart.Year> years = new ArrayList<>();
        if (baseline != null) {
            years.add(baseline);
        }
        history.forEach(h -> years.add(new IndexHistoryChart.Year(h.year(), h.index(), h.groupAverage(), h.rank() + "/" + h.rankedInGroup())));
        return new IndexHistoryChart("index-history-" + year + "-" + nfc(unitCode), years);
    }

    /**
     * A merged unit measured against its predecessors (SPEC §13) has no year of its own before this one, but it has a
     * baseline: the predecessors' mean index of last year, drawn as last year's point, marked as theirs. Null otherwise.
     */
    static IndexHistoryChart.Year baseline(ScorecardReport report, Scorecard card, List<History.UnitYear> history) {
        if (card.change() == null || !card.change().againstPredecessors()) {
            return null;
        }
        int previous = card.change().previousYear();
        if (history.stream().anyMatch(h -> h.year() == previous)) {
            return null;
        }
        BigDecimal index = list(card.change().lines()).stream().filter(l -> "total".equals(l.kind())).map(ChangeLine::previousRate)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (index == null) {
            return null;
        }
        BigDecimal average = report.history().ofGroup(card.groupCode()).stream().filter(g -> g.year() == previous)
                .map(History.GroupYear::averageIndex).findFirst().orElse(null);
        return new IndexHistoryChart.Year(previous, index, average, VnFormat.NONE, true);
    }

    /**
     * What a merged unit is compared with (SPEC §13), naming the units: "So với bình quân năm 2025 của Huyện Thanh Oai,
     * Huyện Phú Xuyên (tạm tính) và Huyện Ứng Hòa, các đơn vị cũ hợp thành đơn vị (sắp xếp đơn vị hành chính); không có ΔHạng."
     */
    static String predecessorsNote(int previousYear, List<ScorecardReport.Predecessor> predecessors) {
        List<String> names = predecessors.stream()
                .map(p -> nfc(p.unitName()) + (p.provisional() ? " (tạm tính)" : "")).toList();
        String units = names.isEmpty() ? "các đơn vị cũ hợp thành đơn vị"
                : names.size() == 1 ? names.get(0) + ", đơn vị cũ hợp thành đơn vị"
                : String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1)
                        + ", các đơn vị cũ hợp thành đơn vị";
        return "So với bình quân năm " + previousYear + " của " + units + " (sắp xếp đơn vị hành chính); không có ΔHạng.";
    }

    /** The 90 % intervals and the chances of reaching the band and the next one, in plain Vietnamese (SPEC §12). */
    static String certaintyText(Scorecard card) {
        ScorecardReport.Certainty c = card.certainty();
        if (c == null) {
            return null;
        }
        if (!c.sampled()) {
            // its own index is fixed, but the others' move, so its rank may too (SPEC §13: never "does not change" then)
            String text = "Độ tin cậy: chỉ số của đơn vị không dựa trên mẫu khảo sát nào (đơn vị không có tiêu chí khảo sát được tính"
                    + " trên mẫu), nên không thay đổi khi chọn lại mẫu khảo sát ";
            return c.rankLow() == c.rankHigh()
                    ? text + VnFormat.integer(c.replicates()) + " lần; hạng cũng không thay đổi (" + c.rankLow() + ")."
                    : text + VnFormat.integer(c.replicates()) + " lần; nhưng chỉ số của các đơn vị khác dao động, nên trong 90% số lần"
                            + " hạng của đơn vị nằm trong khoảng " + c.rankLow() + RANGE_DASH + c.rankHigh() + ".";
        }
        // a range's ends and dash stay on one line (no-break spaces)
        StringBuilder text = new StringBuilder("Độ tin cậy (chọn lại mẫu khảo sát ").append(VnFormat.integer(c.replicates()))
                .append(" lần): trong 90% số lần, chỉ số nằm trong khoảng ").append(VnFormat.index(c.indexLow())).append(RANGE_DASH)
                .append(VnFormat.index(c.indexHigh()));
        if (c.rankLow() == c.rankHigh()) {
            text.append(" và hạng là ").append(c.rankLow()).append('.');
        } else {
            text.append(" và hạng trong khoảng ").append(c.rankLow()).append(RANGE_DASH).append(c.rankHigh()).append('.');
        }
        if (c.reachBand() != null) {
            // at the top band there is nothing above it to reach
            text.append(" Khả năng đạt xếp loại ").append(nfc(card.band())).append(card.nextBand() == null ? ": " : " trở lên: ")
                    .append(percent(c.reachBand()));
            if (c.reachNext() != null) {
                // the next band up may be the top one: nothing above it, so no "trở lên"
                text.append("; đạt ").append(nfc(card.nextBand())).append(c.nextIsTop() ? ": " : " trở lên: ").append(percent(c.reachNext()));
            }
            text.append('.');
        }
        return text.toString();
    }

    /** A share of replicates (three decimals) as a Vietnamese percentage: 0.875 → 87,5%. */
    private static String percent(BigDecimal share) {
        BigDecimal value = share.movePointRight(2).stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0) : value).toPlainString().replace('.', ',') + "%";
    }

    private static String totalText(Scorecard card) {
        var totals = card.totals();
        StringBuilder text = new StringBuilder("Tổng điểm: ").append(VnFormat.fixedPoints(totals.points()))
                .append(" / ").append(VnFormat.fixedPoints(totals.maxPoints()));
        if (totals.adjustment() != null && totals.adjustment().signum() != 0) {
            text.append(" (đã tính điểm điều chỉnh ").append(signedPoints(totals.adjustment())).append(')');
        }
        return text.toString();
    }

    private static String nextBandText(Scorecard card) {
        if (card.nextBand() != null) {
            return "Cần thêm " + VnFormat.index(card.pointsToNextBand()) + " điểm chỉ số để đạt xếp loại “"
                    + nfc(card.nextBand()) + "”.";
        }
        if (card.band() != null) {
            return "Đơn vị đã ở xếp loại cao nhất (“" + nfc(card.band()) + "”).";
        }
        return "Nhóm không có thang xếp loại.";
    }

    private static List<Map<String, Object>> domainRows(Scorecard card) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DomainLine d : list(card.domains())) {
            Map<String, Object> row = new HashMap<>();
            row.put("code", nfc(d.code()));
            row.put("name", nfc(d.name()));
            row.put("points", VnFormat.fixedPoints(d.points()));
            row.put("maxPoints", VnFormat.fixedPoints(d.maxPoints()));
            row.put("subIndex", VnFormat.index(d.subIndex()));
            row.put("rank", d.rank() == null ? VnFormat.NONE : d.rank() + "/" + card.rankedInGroup());
            row.put("average", VnFormat.index(d.groupAverageSubIndex()));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> chartRows(Scorecard card) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String series : List.of(UNIT_SERIES, AVERAGE_SERIES)) {
            for (DomainLine d : list(card.domains())) {
                BigDecimal value = series.equals(UNIT_SERIES) ? d.subIndex() : d.groupAverageSubIndex();
                if (value != null) {
                    rows.add(Map.of("series", series, "domain", nfc(d.code()), "value", value));
                }
            }
        }
        return rows;
    }

    private static Map<String, Object> lostRow(LeafLine leaf) {
        Map<String, Object> row = new HashMap<>();
        row.put("code", nfc(leaf.code()));
        row.put("name", nfc(leaf.name()));
        row.put("points", VnFormat.fixedPoints(leaf.points()));
        row.put("maxPoints", VnFormat.fixedPoints(leaf.maxPoints()));
        row.put("lost", VnFormat.fixedPoints(leaf.lost()));
        row.put("flag", shortFlag(leaf.flag()));
        return row;
    }

    private static List<Map<String, Object>> changeRows(List<ChangeLine> lines) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ChangeLine line : lines) {
            Map<String, Object> row = new HashMap<>();
            row.put("label", switch (line.kind()) {
                case "adjustment" -> "Điểm điều chỉnh";
                case "clamp" -> "Giới hạn tổng điểm (0 – tối đa)";
                case "total" -> "Tổng cộng (Chỉ số chung)";
                default -> line.name() == null ? nfc(line.code()) : nfc(line.code()) + " – " + nfc(line.name());
            });
            row.put("total", "total".equals(line.kind()));
            row.put("previousPoints", VnFormat.fixedPoints(line.previousPoints()));
            row.put("points", VnFormat.fixedPoints(line.points()));
            row.put("deltaPoints", signedPoints(line.deltaPoints()));
            boolean rated = "domain".equals(line.kind()) || "total".equals(line.kind());
            row.put("previousRate", rated ? VnFormat.index(line.previousRate()) : "");
            row.put("rate", rated ? VnFormat.index(line.rate()) : "");
            row.put("deltaRate", rated ? VnFormat.signedIndex(line.deltaRate()) : "");
            row.put("contribution", VnFormat.signedIndex(line.contribution()));
            rows.add(row);
        }
        return rows;
    }

    public static String flagsText(List<LeafLine> flagged) {
        return flagsText(flagged, Map.of());
    }

    /**
     * Listed one by one when few; when many, their codes per kind of flag, so that the page never overflows; a kind of
     * flag that every leaf of a method of the unit has ({@code leavesByMethod}) is said so: "tất cả 19 tiêu chí thẩm định".
     */
    public static String flagsText(List<LeafLine> flagged, Map<String, Integer> leavesByMethod) {
        if (flagged.isEmpty()) {
            return "Không có tiêu chí nào tạm tính, thiếu dữ liệu hoặc không đủ người trả lời khảo sát.";
        }
        StringBuilder text = new StringBuilder();
        if (flagged.size() <= LISTED_FLAGS) {
            for (LeafLine leaf : flagged) {
                text.append(text.isEmpty() ? "" : "\n").append("• ").append(nfc(leaf.code())).append(" – ")
                        .append(nfc(leaf.name())).append(": ").append(longFlag(leaf));
            }
            return text.toString();
        }
        Map<String, List<LeafLine>> kinds = new LinkedHashMap<>();
        List.of("provisional", "missing", "insufficient").forEach(f -> kinds.put(f, new ArrayList<>()));
        flagged.forEach(leaf -> kinds.computeIfAbsent(leaf.flag(), f -> new ArrayList<>()).add(leaf));
        kinds.forEach((flag, leaves) -> {
            if (leaves.isEmpty()) {
                return;
            }
            boolean counted = leaves.stream().anyMatch(l -> !codeWithCount(l).equals(nfc(l.code())));
            text.append(text.isEmpty() ? "" : "\n").append("• ")
                    .append(counted ? "Không đủ người trả lời khảo sát (0 điểm; trong ngoặc: số người trả lời/số tối thiểu)" : groupLabel(flag))
                    .append(" – ");
            String method = leaves.get(0).method();
            String methodWord = methodWord(method);
            if (methodWord != null && leaves.size() > 1 && leaves.stream().allMatch(l -> method.equals(l.method()))
                    && leavesByMethod.getOrDefault(method, -1) == leaves.size()) {
                text.append("tất cả ").append(leaves.size()).append(" tiêu chí ").append(methodWord);
                if ("insufficient".equals(flag)) {
                    text.append(": ").append(String.join(", ", leaves.subList(0, Math.min(leaves.size(), CODES_PER_FLAG)).stream()
                            .map(ScorecardPdfData::codeWithCount).toList()))
                            .append(leaves.size() > CODES_PER_FLAG ? " và " + (leaves.size() - CODES_PER_FLAG) + " tiêu chí khác" : "");
                }
                return;
            }
            String shown = String.join(", ", leaves.subList(0, Math.min(leaves.size(), CODES_PER_FLAG)).stream()
                    .map(ScorecardPdfData::codeWithCount).toList());
            text.append(leaves.size()).append(" tiêu chí: ").append(shown)
                    .append(leaves.size() > CODES_PER_FLAG ? " và " + (leaves.size() - CODES_PER_FLAG) + " tiêu chí khác" : "");
        });
        return text.toString();
    }

    /** A flagged leaf's code; an insufficient one's with its respondents against the minimum: "8.1 (12/30 người)". */
    private static String codeWithCount(LeafLine leaf) {
        if ("insufficient".equals(leaf.flag()) && leaf.respondents() != null && leaf.minResponses() != null) {
            return nfc(leaf.code()) + " (" + VnFormat.integer(leaf.respondents()) + "/" + VnFormat.integer(leaf.minResponses()) + " người)";
        }
        return nfc(leaf.code());
    }

    /** The leaves of a method, as a Vietnamese reader names them: "tiêu chí thẩm định". */
    private static String methodWord(String method) {
        return switch (method == null ? "" : method) {
            case "appraised" -> "thẩm định";
            case "survey" -> "khảo sát";
            case "ratio" -> "tính theo số liệu";
            default -> null;
        };
    }

    private static String groupLabel(String flag) {
        return switch (flag == null ? "" : flag) {
            case "provisional" -> "Tạm tính (chưa có điểm thẩm định)";
            case "missing" -> "Thiếu dữ liệu (0 điểm)";
            case "insufficient" -> "Không đủ người trả lời khảo sát (0 điểm)";
            default -> flag;
        };
    }

    static String shortFlag(String flag) {
        if (flag == null) {
            return "";
        }
        return switch (flag) {
            case "provisional" -> "Tạm tính";
            case "missing" -> "Thiếu dữ liệu";
            case "insufficient" -> "Không đủ phiếu";
            default -> flag;
        };
    }

    private static String longFlag(LeafLine leaf) {
        String flag = leaf.flag();
        return switch (flag == null ? "" : flag) {
            case "provisional" -> "tạm tính (chưa có điểm thẩm định, tính theo điểm tự đánh giá)";
            case "missing" -> "thiếu dữ liệu (0 điểm)";
            case "insufficient" -> leaf.respondents() != null && leaf.minResponses() != null
                    ? "không đủ số người trả lời khảo sát: " + VnFormat.integer(leaf.respondents()) + " người trả lời, tối thiểu "
                            + VnFormat.integer(leaf.minResponses()) + " (0 điểm)"
                    : "không đủ số người trả lời khảo sát (0 điểm)";
            default -> flag;
        };
    }

    /** Points with their sign: {@code +2,5}, {@code -1}, {@code 0}. */
    static String signedPoints(BigDecimal value) {
        if (value == null) {
            return VnFormat.NONE;
        }
        return (value.signum() > 0 ? "+" : "") + VnFormat.fixedPoints(value);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}

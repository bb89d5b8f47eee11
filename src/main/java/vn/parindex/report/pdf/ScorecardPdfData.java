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
import vn.parindex.report.History;
import vn.parindex.report.ScorecardReport;
import vn.parindex.report.ScorecardReport.ChangeLine;
import vn.parindex.report.ScorecardReport.DomainLine;
import vn.parindex.report.ScorecardReport.LeafLine;
import vn.parindex.report.ScorecardReport.Scorecard;

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
            r.put("historyTitle", "Chỉ số và hạng " + (history.size() == 1 ? "năm " + history.get(0).year() : history.size() + " năm gần nhất được xếp hạng"));
            r.put("historyChart", history.isEmpty() ? null : historyChart(report.year(), card.unitCode(), history));
            r.put("lost", new MapDataSource(list(card.mostLost()).stream().map(ScorecardPdfData::lostRow).toList()));
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
            r.put("flagsText", flagsText(list(card.flagged())));
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

    private static IndexHistoryChart historyChart(int year, String unitCode, List<History.UnitYear> history) {
        return new IndexHistoryChart("index-history-" + year + "-" + nfc(unitCode), history.stream()
                .map(h -> new IndexHistoryChart.Year(h.year(), h.index(), h.groupAverage(), h.rank() + "/" + h.rankedInGroup())).toList());
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
                text.append("; đạt ").append(nfc(card.nextBand())).append(" trở lên: ").append(percent(c.reachNext()));
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
        StringBuilder text = new StringBuilder("Tổng điểm: ").append(VnFormat.points(totals.points()))
                .append(" / ").append(VnFormat.points(totals.maxPoints()));
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
            row.put("points", VnFormat.points(d.points()));
            row.put("maxPoints", VnFormat.points(d.maxPoints()));
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
        row.put("points", VnFormat.points(leaf.points()));
        row.put("maxPoints", VnFormat.points(leaf.maxPoints()));
        row.put("lost", VnFormat.points(leaf.lost()));
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
            row.put("previousPoints", VnFormat.points(line.previousPoints()));
            row.put("points", VnFormat.points(line.points()));
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

    /** Listed one by one when few; when many, their codes per kind of flag, so that the page never overflows. */
    public static String flagsText(List<LeafLine> flagged) {
        if (flagged.isEmpty()) {
            return "Không có tiêu chí nào tạm tính, thiếu dữ liệu hoặc không đủ người trả lời khảo sát.";
        }
        StringBuilder text = new StringBuilder();
        if (flagged.size() <= LISTED_FLAGS) {
            for (LeafLine leaf : flagged) {
                text.append(text.isEmpty() ? "" : "\n").append("• ").append(nfc(leaf.code())).append(" – ")
                        .append(nfc(leaf.name())).append(": ").append(longFlag(leaf.flag()));
            }
            return text.toString();
        }
        Map<String, List<String>> codes = new LinkedHashMap<>();
        List.of("provisional", "missing", "insufficient").forEach(f -> codes.put(f, new ArrayList<>()));
        flagged.forEach(leaf -> codes.computeIfAbsent(leaf.flag(), f -> new ArrayList<>()).add(nfc(leaf.code())));
        codes.forEach((flag, list) -> {
            if (list.isEmpty()) {
                return;
            }
            String shown = String.join(", ", list.subList(0, Math.min(list.size(), CODES_PER_FLAG)));
            text.append(text.isEmpty() ? "" : "\n").append("• ").append(groupLabel(flag)).append(" – ")
                    .append(list.size()).append(" tiêu chí: ").append(shown)
                    .append(list.size() > CODES_PER_FLAG ? " và " + (list.size() - CODES_PER_FLAG) + " tiêu chí khác" : "");
        });
        return text.toString();
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

    private static String longFlag(String flag) {
        return switch (flag == null ? "" : flag) {
            case "provisional" -> "tạm tính (chưa có điểm thẩm định, tính theo điểm tự đánh giá)";
            case "missing" -> "thiếu dữ liệu (0 điểm)";
            case "insufficient" -> "không đủ số người trả lời khảo sát (0 điểm)";
            default -> flag;
        };
    }

    /** Points with their sign: {@code +2,5}, {@code -1}, {@code 0}. */
    static String signedPoints(BigDecimal value) {
        if (value == null) {
            return VnFormat.NONE;
        }
        return (value.signum() > 0 ? "+" : "") + VnFormat.points(value);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}

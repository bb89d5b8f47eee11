package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.report.pdf.IndexHistoryChart;
import vn.parindex.support.Installation;
import vn.parindex.support.PdfA;
import vn.parindex.support.StrokedLines;
import vn.parindex.support.StrokedLines.Segment;

/**
 * Five years of history (SPEC §13) end to end on the real database, with generated data: six units of one group
 * ranked six years running (2020–2025), except that X06 sent nothing in 2022. The 2025 scorecards show each unit's
 * last five ranked years with a line chart; the ranking PDF the group's average index of its last five years.
 */
class HistoryRunTest {

    private static final int FIRST = 2020;
    private static final int LAST = 2025;
    private static final int UNITS = 6;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path home;
    static Installation parindex;

    /** The generated index of unit {@code u} (1-based) in {@code year}: a single 100-point criterion, so score = index. */
    static BigDecimal index(int u, int year) {
        int hundredths = 5_000 + ((u * 1_733 + (year - FIRST) * (u % 2 == 0 ? 611 : -457) + 40_000) % 4_500);
        return BigDecimal.valueOf(hundredths, 2);
    }

    static boolean submitted(int u, int year) {
        return !(u == 6 && year == 2022);
    }

    static String code(int u) {
        return "X0" + u;
    }

    @BeforeAll
    static void runSixYears() {
        parindex = new Installation(home);
        StringBuilder units = new StringBuilder("unit_code,unit_name,group_code,unit_type,valid_from,valid_to,group_name\n");
        StringBuilder framework = new StringBuilder("year,group_code,code,parent_code,name,max_points,method,rule\n");
        StringBuilder appraisal = new StringBuilder("year,unit_code,criterion_code,appraised_score,comment\n");
        for (int u = 1; u <= UNITS; u++) {
            units.append(code(u)).append(",Xã Số ").append(u).append(",XA,xã,2010,,Khối xã\n");
        }
        for (int year = FIRST; year <= LAST; year++) {
            framework.append(year).append(",XA,1,,Lĩnh vực 1,100,group,\n").append(year).append(",XA,1.1,1,Tiêu chí 1,100,appraised,\n");
            for (int u = 1; u <= UNITS; u++) {
                if (submitted(u, year)) {
                    appraisal.append(year).append(',').append(code(u)).append(",1.1,").append(index(u, year).toPlainString()).append(",\n");
                }
            }
        }
        parindex.drop("units.csv", units.toString());
        parindex.drop("framework.csv", framework.toString());
        parindex.drop("appraisal.csv", appraisal.toString());
        Installation.Result result = parindex.run("run", "--settle", "0");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    }

    @Test
    void aUnitRankedSixYearsRunningShowsItsLastFiveWithTheirRanksAndALineThroughThem() {
        Path cards = parindex.reports(LAST).resolve("scorecards-" + LAST + ".pdf");
        int page = pageOf(cards, "Xã Số 1");
        String text = pageText(cards, page);

        assertThat(text).contains("Chỉ số và hạng 5 năm gần nhất được xếp hạng");
        for (int year = LAST - 4; year <= LAST; year++) {
            // the chart writes each year's column top to bottom: year, index, rank
            assertThat(text).contains(year + "\n" + vn(index(1, year)) + "\n" + rank(1, year) + "/" + ranked(year) + "\n");
        }
        assertThat(text).doesNotContain(Integer.toString(FIRST)).doesNotContain(vn(index(1, FIRST)));

        List<Segment> line = dataSegments(StrokedLines.inColour(StrokedLines.of(cards, page), IndexHistoryChart.UNIT));
        assertThat(line).as("one segment from each year's point to the next").hasSize(4);
        for (int i = 0; i < line.size(); i++) {
            Segment s = line.get(i);
            assertThat(s.x2()).isGreaterThan(s.x1());
            if (i > 0) {
                assertThat(s.x1()).isCloseTo(line.get(i - 1).x2(), org.assertj.core.data.Offset.offset(0.01));
                assertThat(s.y1()).isCloseTo(line.get(i - 1).y2(), org.assertj.core.data.Offset.offset(0.01));
            }
            // up the page (PDF y grows upwards) exactly when the index went up
            int year = LAST - 4 + i;
            assertThat(Integer.signum(Double.compare(s.y2(), s.y1()))).isEqualTo(index(1, year + 1).compareTo(index(1, year)));
        }
        PdfA.assertPdfA2b(cards);
    }

    @Test
    void aUnitThatMissedAYearShowsItsLastFiveRankedYears() {
        Path cards = parindex.reports(LAST).resolve("scorecards-" + LAST + ".pdf");
        String text = pageText(cards, pageOf(cards, "Xã Số 6"));
        for (int year : new int[] {2020, 2021, 2023, 2024, 2025}) {
            assertThat(text).contains(year + "\n" + vn(index(6, year)) + "\n" + rank(6, year) + "/" + ranked(year) + "\n");
        }
        assertThat(text).doesNotContain("2022");
        // the line breaks where the year is missing: 2020–2021, 2023–2024, 2024–2025
        List<Segment> line = dataSegments(StrokedLines.inColour(StrokedLines.of(cards, pageOf(cards, "Xã Số 6")), IndexHistoryChart.UNIT));
        assertThat(line).hasSize(3);
        assertThat(line.get(1).x1() - line.get(0).x2()).as("no segment across 2022").isGreaterThan(1);
        assertThat(line.get(2).x1()).isCloseTo(line.get(1).x2(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void theRankingShowsTheGroupsAverageIndexOfEachOfItsLastFiveYears() {
        String text = pageText(parindex.reports(LAST).resolve("ranking-" + LAST + ".pdf"), -1).replaceAll("\\s+", " ");
        StringBuilder expected = new StringBuilder("Chỉ số bình quân của nhóm qua các năm (5 năm gần nhất có xếp hạng): ");
        for (int year = LAST - 4; year <= LAST; year++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int u = 1; u <= UNITS; u++) {
                sum = submitted(u, year) ? sum.add(index(u, year)) : sum;
            }
            BigDecimal average = sum.divide(BigDecimal.valueOf(ranked(year)), 2, RoundingMode.HALF_UP);
            expected.append(year == LAST - 4 ? "" : " · ").append(year).append(": ").append(vn(average))
                    .append(" (").append(ranked(year)).append(" đơn vị)");
        }
        assertThat(text).contains(expected.toString());
    }

    @Test
    void aUnitBackAfterAMissedYearHasNoChangeAndTheRankingSaysWhy() {
        String legend = "– ở ΔHạng và ΔChỉ số: năm trước đơn vị chưa được xếp hạng trong nhóm";
        assertThat(pageText(parindex.reports(2023).resolve("ranking-2023.pdf"), -1).replaceAll("\\s+", " ")).contains(legend);
        assertThat(pageText(parindex.reports(LAST).resolve("ranking-" + LAST + ".pdf"), -1).replaceAll("\\s+", " "))
                .doesNotContain(legend);
    }

    @Test
    void anEarlierYearsReportShowsNoLaterYear() {
        Path cards = parindex.reports(2022).resolve("scorecards-2022.pdf");
        String text = pageText(cards, pageOf(cards, "Xã Số 1"));
        assertThat(text).contains("Chỉ số và hạng 3 năm gần nhất được xếp hạng").doesNotContain("2023");
    }

    /** The chart's segments without its legend's sample line (10 pt, level). */
    private static List<Segment> dataSegments(List<Segment> segments) {
        return segments.stream()
                .filter(s -> !(Math.abs(s.y1() - s.y2()) < 0.01 && Math.abs(Math.abs(s.x2() - s.x1()) - 10) < 0.01))
                .sorted(Comparator.comparingDouble(Segment::x1)).toList();
    }

    private static int ranked(int year) {
        int n = 0;
        for (int u = 1; u <= UNITS; u++) {
            n += submitted(u, year) ? 1 : 0;
        }
        return n;
    }

    /** Competition rank of unit u in year (no ties in the generated data: checked). */
    private static int rank(int u, int year) {
        Map<BigDecimal, Integer> seen = new TreeMap<>();
        int rank = 1;
        for (int other = 1; other <= UNITS; other++) {
            if (submitted(other, year)) {
                assertThat(seen.put(index(other, year), other)).as("generated indices differ").isNull();
                rank += other != u && index(other, year).compareTo(index(u, year)) > 0 ? 1 : 0;
            }
        }
        return rank;
    }

    private static String vn(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }

    private static int pageOf(Path pdf, String unitName) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                if (text(document, page).contains("\n" + unitName + "\n")) {
                    return page;
                }
            }
            throw new AssertionError(unitName + " has no page in " + pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of page {@code page} (0-based), or of every page when it is −1. */
    private static String pageText(Path pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return text(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        if (page >= 0) {
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
        }
        return stripper.getText(document);
    }
}

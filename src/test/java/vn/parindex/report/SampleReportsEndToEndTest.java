package vn.parindex.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.parindex.cli.SharedWarehouse;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;
import vn.parindex.support.ReportCsv;
import vn.parindex.report.pdf.ScorecardPdfWriterTest;

/**
 * The reports of the bundled three-year sample province ({@code input/sample/}), through the real command line: one
 * scorecard page per ranked unit even with last year's change table, change contributions that add up to Δindex,
 * the ranking's cover on page 1; and 2026's units merged in the reorganisation measured against their predecessors.
 */
class SampleReportsEndToEndTest extends SharedWarehouse {


    @Test
    void sampleProvinceGivesOneScorecardPagePerRankedUnitAndACover() throws IOException {
        Installation parindex = sample(home);

        Map<Integer, Integer> changeTables = new TreeMap<>();
        for (int year : new int[] {2024, 2025, 2026}) {
            List<String[]> ranked = parindex.read(parindex.reports(year).resolve("ranking-" + year + ".csv")).lines().skip(1)
                    .map(line -> line.split(",", -1)).filter(cells -> !"not_submitted".equals(cells[4])).toList();
            assertThat(ranked).isNotEmpty();
            try (PDDocument document = Loader.loadPDF(parindex.reports(year).resolve("scorecards-" + year + ".pdf").toFile())) {
                assertThat(document.getNumberOfPages()).as("scorecard pages of %d", year).isEqualTo(ranked.size());
                List<String> pages = ScorecardPdfWriterTest.pageTexts(document);
                for (int i = 0; i < pages.size(); i++) {
                    String page = pages.get(i);
                    assertThat(page).as("%d page %d", year, i + 1).contains("4. Tiêu chí tạm tính");
                    if (page.contains("Tổng cộng (Chỉ số chung)")) {
                        changeTables.merge(year, 1, Integer::sum);
                        assertContributionsAddUp(page);
                    }
                }
            }
            try (PDDocument document = Loader.loadPDF(parindex.reports(year).resolve("ranking-" + year + ".pdf").toFile())) {
                List<String> pages = ScorecardPdfWriterTest.pageTexts(document);
                assertThat(pages.get(0)).contains("BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM " + year,
                        "Số đơn vị được xếp hạng", "Trang 1/").doesNotContain("ΔHạng");
                assertThat(pages.get(1)).contains("Khối huyện, thị xã", "ΔHạng", "Trang 2/").doesNotContain("Nhóm HUYEN");
            }
        }
        // SPEC §13: 2024's framework has no survey leaf, so no interval column, chart or certainty sentence
        try (PDDocument ranking = Loader.loadPDF(parindex.reports(2024).resolve("ranking-2024.pdf").toFile());
                PDDocument cards = Loader.loadPDF(parindex.reports(2024).resolve("scorecards-2024.pdf").toFile())) {
            String text = String.join("\n", ScorecardPdfWriterTest.pageTexts(ranking));
            assertThat(text).doesNotContain("Khoảng dao động", "khoảng 90%").doesNotContainPattern("\\d+ \\(\\d+–\\d+\\)")
                    .contains("không có tiêu chí khảo sát người dân");
            assertThat(String.join("\n", ScorecardPdfWriterTest.pageTexts(cards))).doesNotContain("Độ tin cậy");
        }
        try (PDDocument ranking = Loader.loadPDF(parindex.reports(2025).resolve("ranking-2025.pdf").toFile())) {
            assertThat(String.join("\n", ScorecardPdfWriterTest.pageTexts(ranking))).containsPattern("\\d+ \\(\\d+–\\d+\\)");
        }
        // SPEC §13, publishable as printed: one serif family (the heading's), no text under 7 pt
        for (int year : new int[] {2024, 2025, 2026}) {
            for (String pdf : List.of("ranking-" + year + ".pdf", "scorecards-" + year + ".pdf")) {
                try (PDDocument document = Loader.loadPDF(parindex.reports(year).resolve(pdf).toFile())) {
                    List<vn.parindex.support.PrintedGlyphs.Glyph> glyphs = vn.parindex.support.PrintedGlyphs.of(document);
                    assertThat(glyphs).as(pdf).hasSizeGreaterThan(1000).allSatisfy(g -> {
                        assertThat(g.font()).as("%s p.%d '%s'", pdf, g.page(), g.text()).contains("LiberationSerif");
                        assertThat(g.sizeInPt()).as("%s p.%d '%s'", pdf, g.page(), g.text()).isGreaterThanOrEqualTo(6.99f);
                    });
                }
            }
        }
        assertThat(changeTables).as("scorecards with a change against last year").doesNotContainKey(2024);
        assertThat(changeTables.get(2025)).as("2025 against 2024").isGreaterThan(20);
        // every 2026 unit but Mỹ Đức (not submitted in 2025, formed from no one) has a change table
        assertThat(changeTables.get(2026)).as("2026 against 2025").isEqualTo(24);
    }

    /**
     * SPEC §13 on the sample's 2026: a unit formed from 2025 units (units.csv {@code predecessors}) has Δindex
     * against the half-up mean of their 2025 indices and no Δrank; a unit ranked in 2025 against itself; Mỹ Đức,
     * not submitted in 2025, against nothing.
     */
    @Test
    void sampleMergedUnitsOf2026AreMeasuredAgainstTheMeanOfTheirPredecessors() throws IOException {
        Installation parindex = sample(home);
        ReportCsv before = ReportCsv.read(parindex.reports(2025).resolve("ranking-2025.csv"));
        ReportCsv ranking = ReportCsv.read(parindex.reports(2026).resolve("ranking-2026.csv"));
        Map<String, List<String>> predecessors = predecessors(Installation.SAMPLE.resolve("units.csv"));
        assertThat(predecessors).isEqualTo(Map.of("283", List.of("001", "002", "003"), "284", List.of("272", "273"),
                "285", List.of("278", "280", "281")));

        assertThat(ranking.rows()).hasSize(25).allMatch(r -> r.get("status").equals("final") || r.get("status").equals("provisional"));
        for (Map<String, String> row : ranking.rows()) {
            String unit = row.get("unit_code");
            BigDecimal index = new BigDecimal(row.get("index"));
            if (predecessors.containsKey(unit)) {
                BigDecimal sum = predecessors.get(unit).stream().map(p -> new BigDecimal(before.row(p).get("index")))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal mean = sum.divide(BigDecimal.valueOf(predecessors.get(unit).size()), 2, RoundingMode.HALF_UP);
                assertThat(row).as(unit).containsEntry("delta_basis", "predecessors").containsEntry("delta_rank", "")
                        .containsEntry("delta_index", index.subtract(mean).toPlainString());
            } else if (unit.equals("282")) {
                assertThat(before.row(unit)).containsEntry("status", "not_submitted");
                assertThat(row).as(unit).containsEntry("delta_basis", "").containsEntry("delta_rank", "").containsEntry("delta_index", "");
            } else {
                Map<String, String> last = before.row(unit);
                assertThat(row).as(unit).containsEntry("delta_basis", "same_unit")
                        .containsEntry("delta_index", index.subtract(new BigDecimal(last.get("index"))).toPlainString())
                        .containsEntry("delta_rank", Integer.toString(continuingDeltaRank(unit, before, ranking)));
            }
        }
        // SPEC §7 on a shrinking group: Hoàng Mai is last of 12 in 2025 and last of 10 in 2026, Thường Tín 17/17 → 15/15
        assertThat(before.row("008")).containsEntry("rank", "12");
        assertThat(ranking.row("008")).containsEntry("rank", "10").containsEntry("delta_rank", "0");
        assertThat(before.row("279")).containsEntry("rank", "17");
        assertThat(ranking.row("279")).containsEntry("rank", "15").containsEntry("delta_rank", "0");
        try (PDDocument document = Loader.loadPDF(parindex.reports(2026).resolve("ranking-2026.pdf").toFile())) {
            String text = String.join("\n", ScorecardPdfWriterTest.pageTexts(document)).replace('\n', ' ');
            assertThat(text).contains("ΔHạng được tính trong số 9 đơn vị được xếp hạng trong nhóm cả năm 2025 và năm 2026"
                    + " (năm 2025 nhóm có 12 đơn vị được xếp hạng, năm 2026 có 10)");
        }
        // Đan Phúc's predecessors average 82.665 exactly: half-up gives 82.67, as the figures below show
        assertThat(before.row("272").get("index")).isEqualTo("87.68");
        assertThat(before.row("273").get("index")).isEqualTo("77.65");
        assertThat(ranking.row("284")).containsEntry("index", "78.65").containsEntry("delta_index", "-4.02");
        assertThat(ranking.row("017")).as("not appraised").containsEntry("status", "provisional");
    }

    /** SPEC §7 by brute force: the ranks among the units ranked in the group in both years, on each year's index. */
    private static int continuingDeltaRank(String unit, ReportCsv before, ReportCsv now) {
        String group = now.row(unit).get("group");
        List<Map<String, String>> both = now.rows().stream().filter(r -> r.get("group").equals(group) && !r.get("rank").isEmpty())
                .filter(r -> before.rows().stream().anyMatch(b -> b.get("unit_code").equals(r.get("unit_code"))
                        && b.get("group").equals(group) && !b.get("rank").isEmpty())).toList();
        BigDecimal indexNow = new BigDecimal(now.row(unit).get("index"));
        BigDecimal indexBefore = new BigDecimal(before.row(unit).get("index"));
        long aboveNow = both.stream().filter(r -> new BigDecimal(r.get("index")).compareTo(indexNow) > 0).count();
        long aboveBefore = both.stream().filter(r -> new BigDecimal(before.row(r.get("unit_code")).get("index")).compareTo(indexBefore) > 0).count();
        return (int) (aboveBefore - aboveNow);
    }

    private Installation sample(Path home) throws IOException {
        Installation parindex = installation().dropSample();
        Result result = parindex.run("run", "--settle", "0");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        return parindex;
    }

    /** The units with {@code predecessors} in a units file, and those codes (space-separated) in order. */
    private static Map<String, List<String>> predecessors(Path units) throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(Files.newBufferedReader(units))) {
            for (CSVRecord record : parser) {
                String codes = record.get("predecessors").strip();
                if (!codes.isEmpty()) {
                    found.put(record.get("unit_code"), List.of(codes.split("\\s+")));
                }
            }
        }
        return found;
    }

    /** The last figure of every change line is its contribution; the lines above the total add up to the total's. */
    private static void assertContributionsAddUp(String page) {
        List<String> lines = page.lines().toList();
        int start = lines.indexOf(lines.stream().filter(l -> l.contains("ΔChỉ số chung")).findFirst().orElseThrow());
        BigDecimal sum = BigDecimal.ZERO;
        int rows = 0;
        for (String line : lines.subList(start + 1, lines.size())) {
            List<BigDecimal> figures = figures(line);
            if (figures.isEmpty() && !line.startsWith("Tổng cộng")) {
                continue;   // the rest of a domain name that wraps (its figures are on the line before)
            }
            BigDecimal last = number(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith("Tổng cộng (Chỉ số chung)")) {
                assertThat(rows).isGreaterThanOrEqualTo(8);
                assertThat(sum).as(page).isEqualByComparingTo(last);
                // a 100-point framework: the total's points are the index, its Δ points the Δindex (SPEC §13)
                assertThat(figures).hasSize(7);
                assertThat(figures.get(0)).as(line).isEqualByComparingTo(figures.get(3));
                assertThat(figures.get(1)).as(line).isEqualByComparingTo(figures.get(4));
                assertThat(figures.get(2)).as(line).isEqualByComparingTo(figures.get(5)).isEqualByComparingTo(last);
                return;
            }
            if (figures.size() == 7) {
                // a domain line: its contribution is its Δ points on a 100-point framework
                assertThat(figures.get(2)).as(line).isEqualByComparingTo(figures.get(6));
            }
            sum = sum.add(last);
            rows++;
        }
        throw new AssertionError("no total line in\n" + page);
    }

    /** The figures at the end of a line of the change table (after its label). */
    private static List<BigDecimal> figures(String line) {
        List<String> tokens = List.of(line.strip().split("\\s+"));
        List<BigDecimal> figures = new java.util.ArrayList<>();
        for (int i = tokens.size() - 1; i >= 0 && tokens.get(i).matches("[+-]?[0-9.]+(,[0-9]+)?"); i--) {
            figures.add(0, number(tokens.get(i)));
        }
        return figures;
    }

    private static BigDecimal number(String vietnamese) {
        return new BigDecimal(vietnamese.replace("+", "").replace(".", "").replace(',', '.'));
    }
}

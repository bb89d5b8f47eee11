package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.cli.SharedWarehouse;
import vn.parindex.support.Installation;
import vn.parindex.support.Installation.Result;
import vn.parindex.warehouse.RankingInputsRepository;
import vn.parindex.warehouse.ReportDataRepository;
import vn.parindex.warehouse.ResultsRepository;
import vn.parindex.warehouse.UncertaintyRepository;
import vn.parindex.warehouse.YearReadModelRepository;

/**
 * Group names and merged units (SPEC §13, issue 15) end to end on the real database: 2024 ranks A, B and C; in
 * 2025 A and B are merged into M (listed before them in the units file) and C continues.
 */
class MergedUnitsRunTest extends SharedWarehouse {

    private static final String BOM = "\uFEFF";


    @Test
    void aMergedUnitIsComparedWithTheMeanOfItsPredecessorsAndAContinuingUnitWithItself() {
        Installation parindex = installation();
        parindex.drop("units.csv", """
                unit_code,unit_name,group_code,unit_type,valid_from,valid_to,group_name,predecessors
                M,Xã Hợp Nhất,XA,xã,2025,,Các xã,A  B
                A,Xã An,XA,xã,2020,2024,,
                B,Xã Bình,XA,xã,2020,2024,Các xã,
                C,Xã Cường,XA,xã,2020,,,
                """);
        parindex.drop("framework.csv", """
                year,group_code,code,parent_code,name,max_points,method,rule
                2024,XA,1,,Lĩnh vực 1,100,group,
                2024,XA,1.1,1,Tiêu chí 1,100,appraised,
                2025,XA,1,,Lĩnh vực 1,100,group,
                2025,XA,1.1,1,Tiêu chí 1,100,appraised,
                """);
        parindex.drop("appraisal.csv", """
                year,unit_code,criterion_code,appraised_score,comment
                2024,A,1.1,70.25,
                2024,B,1.1,80,
                2024,C,1.1,60,
                2025,M,1.1,78,
                2025,C,1.1,65,
                """);

        Result result = parindex.run("run", "--settle", "0");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        List<String> ranking2024 = parindex.read(parindex.reports(2024).resolve("ranking-2024.csv")).lines().toList();
        assertThat(ranking2024.get(0)).isEqualTo(BOM + "year,group,unit_code,unit_name,status,rank,index,band,delta_rank,delta_index,"
                + "delta_basis,domain_1");
        assertThat(ranking2024).hasSize(4).allMatch(line -> line.startsWith(BOM) || line.contains(",,,,"));
        // mean(70.25, 80.00) = 75.125 → 75.13 (half-up); M: 78.00 − 75.13; C: 3rd → 2nd, 60 → 65, but SPEC §7 takes Δrank
        // among the units ranked in the group both years: C alone, first of one both years, so it did not move up
        // (a merged unit's arrival is not a rise of C)
        List<String> ranking2025 = parindex.read(parindex.reports(2025).resolve("ranking-2025.csv")).lines().toList();
        assertThat(ranking2025).containsExactly(
                BOM + "year,group,unit_code,unit_name,status,rank,index,band,delta_rank,delta_index,delta_basis,domain_1",
                "2025,XA,M,Xã Hợp Nhất,final,1,78.00,,,2.87,predecessors,78.00",
                "2025,XA,C,Xã Cường,final,2,65.00,,0,5.00,same_unit,65.00");

        assertThat(parindex.sql().queryForList("SELECT CONCAT(unit_code, ':', position, ':', predecessor_code) FROM unit_predecessor "
                + "ORDER BY unit_code, position", String.class)).containsExactly("M:0:A", "M:1:B");
        ReportDataRepository data = new ReportDataRepository(parindex.sql());
        assertThat(data.groupNames()).isEqualTo(Map.of("XA", "Các xã"));
        // the scorecard's baseline of M: the predecessors' mean under M's code, adding up to its index
        var baseline = new YearReadModelRepository(data, new ResultsRepository(parindex.sql()), new UncertaintyRepository(parindex.sql()),
                new RankingInputsRepository(parindex.sql())).load(2025).baseline();
        assertThat(baseline.totals()).filteredOn(t -> t.unitCode().equals("M")).singleElement()
                .satisfies(t -> assertThat(t.total()).isEqualByComparingTo("75.13"));
        assertThat(baseline.domains()).filteredOn(d -> d.unitCode().equals("M")).singleElement()
                .satisfies(d -> assertThat(d.subIndex()).isEqualByComparingTo("75.13"));
        assertThat(baseline.totals()).filteredOn(t -> t.unitCode().equals("C")).singleElement()
                .satisfies(t -> assertThat(t.total()).isEqualByComparingTo("60"));

        // the PDFs mark M's Δindex as against its predecessors, and show the group by its name
        String ranking = pdfText(parindex.reports(2025).resolve("ranking-2025.pdf"));
        assertThat(ranking).contains("+2,87 †", "Đơn vị mới thành lập do sắp xếp", "Các xã").doesNotContain("+5,00 †")
                .doesNotContain("năm trước đơn vị chưa được xếp hạng");
        // the marks are explained under the table, before the chart and the statistics
        assertThat(ranking).containsSubsequence("Xã Cường", "† Đơn vị mới thành lập do sắp xếp", "Số đơn vị được xếp hạng");
        String cards = pdfText(parindex.reports(2025).resolve("scorecards-2025.pdf"));
        assertThat(cards).contains("3. So với năm 2024 (bình quân các đơn vị cũ hợp thành đơn vị)", "Nhóm: Các xã")
                .contains("† So với bình quân năm 2024 của Xã An và Xã Bình, các đơn vị cũ hợp thành đơn vị");
    }

    private static String pdfText(Path pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aLaterUnitsRowWithoutPredecessorsClearsThemAndAnEmptyGroupNameKeepsTheStoredOne() {
        Installation parindex = installation();
        parindex.drop("units.csv", """
                unit_code,unit_name,group_code,group_name,predecessors
                A,Xã An,XA,Các xã,
                M,Xã Hợp Nhất,XA,,A
                """);
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        assertThat(parindex.sql().queryForList("SELECT predecessor_code FROM unit_predecessor WHERE unit_code = 'M'", String.class))
                .containsExactly("A");

        parindex.drop("units-2.csv", """
                unit_code,unit_name,group_code
                M,Xã Hợp Nhất,XA
                """);
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();

        assertThat(parindex.sql().queryForList("SELECT predecessor_code FROM unit_predecessor", String.class)).isEmpty();
        assertThat(new ReportDataRepository(parindex.sql()).groupNames()).isEqualTo(Map.of("XA", "Các xã"));

        parindex.drop("units-3.csv", """
                unit_code,unit_name,group_code,group_name
                A,Xã An,XA,Xã và thị trấn
                """);
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        assertThat(new ReportDataRepository(parindex.sql()).groupNames()).isEqualTo(Map.of("XA", "Xã và thị trấn"));
    }
}

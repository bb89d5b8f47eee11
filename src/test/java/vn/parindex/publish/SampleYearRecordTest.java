package vn.parindex.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;

/**
 * What {@code scripts/run-sample} shows of the year's record (SPEC §15, docs/sample-data.md), by the same commands:
 * 2024 final with its decision, 2025 provisional with the explanation round's revised appraisal listed in
 * changes-2025.csv, 2026 open.
 */
class SampleYearRecordTest {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path home;

    @Test
    void theSampleEndsWith2024Final2025ProvisionalAnd2026Open() throws Exception {
        Installation parindex = new Installation(home).with("PARINDEX_REPORT_AUTHORITY", "UBND THÀNH PHỐ HÀ NỘI")
                .with("PARINDEX_REPORT_ISSUER", "SỞ NỘI VỤ").with("PARINDEX_REPORT_PLACE", "Hà Nội").with("PARINDEX_REPLICATES", "0");
        parindex.dropSample();
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        Installation.Result decided = parindex.run("publish", "--year", "2024", "--final", "--decision", "125/QĐ-UBND", "--decision-date", "2025-01-20");
        assertThat(decided.exitCode()).as(decided.out() + decided.err()).isZero();
        Installation.Result provisional = parindex.run("publish", "--year", "2025", "--provisional", "--comments-until", "2026-01-31");
        assertThat(provisional.exitCode()).as(provisional.out() + provisional.err()).isZero();
        Path revision = Path.of("input", "sample-giai-trinh", "appraisal-huyen-2025-giai-trinh.csv").toAbsolutePath();
        parindex.drop(revision.getFileName().toString(), Files.readAllBytes(revision));
        Installation.Result round = parindex.run("run", "--settle", "0");

        assertThat(round.exitCode()).as(round.out() + round.err()).isZero();
        assertThat(round.out()).contains("1 accepted").contains("years recomputed [2025, 2026] (2025 provisional, 2026 open)");
        assertThat(parindex.sql().queryForList("SELECT CONCAT(year, ' ', stage) FROM year_stage ORDER BY year", String.class))
                .containsExactly("2024 final", "2025 provisional");
        List<String> changes = Files.readAllLines(parindex.reports(2025).resolve("changes-2025.csv"));
        assertThat(changes.subList(1, changes.size())).containsExactly(
                "2025,HUYEN,016,Huyện Sóc Sơn,,96.25,96.50,0.25,2,2,Xuất sắc,Xuất sắc,,,",
                "2025,HUYEN,016,Huyện Sóc Sơn,7.3,3.75,4.00,0.25,,,,,appraisal-huyen-2025-giai-trinh.csv,19,"
                        + "Hội đồng thẩm định chấp nhận giải trình: đã bổ sung Quyết định công bố hệ thống quản lý chất lượng ISO");
        assertThat(PdfText.of(parindex.reports(2024).resolve("published/1-final/ranking-2024.pdf")).get(0))
                .contains("Hà Nội, ngày 20 tháng 01 năm 2025")
                .contains("Kèm theo Quyết định số 125/QĐ-UBND ngày 20/01/2025 của UBND THÀNH PHỐ HÀ NỘI");
        assertThat(parindex.reports(2026).resolve("published")).doesNotExist();
        assertThat(parindex.reports(2026).resolve("changes-2026.csv")).doesNotExist();
        Installation.Result listed = parindex.run("publications");
        assertThat(listed.exitCode()).as(listed.out() + listed.err()).isZero();
        assertThat(listed.out()).contains("2024 version 1 final").contains("2025 version 1 provisional");
    }
}

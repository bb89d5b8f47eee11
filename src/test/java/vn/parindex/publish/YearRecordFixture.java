package vn.parindex.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.parindex.support.Installation;

/**
 * The worked example (2024, group QUAN: 019 and 021 ranked, 005 not submitted) and a 2025 made from it: the same
 * framework and bands, 021 appraised, 019 with a self-assessment only (so provisional in 2025).
 */
final class YearRecordFixture {

    static final String AUTHORITY = "UBND THÀNH PHỐ HÀ NỘI";

    private YearRecordFixture() {
    }

    static Installation twoYears(Path home) {
        Installation parindex = new Installation(home).with("PARINDEX_REPORT_AUTHORITY", AUTHORITY)
                .with("PARINDEX_REPORT_ISSUER", "SỞ NỘI VỤ").with("PARINDEX_REPORT_PLACE", "Hà Nội").with("PARINDEX_REPLICATES", "0");
        parindex.dropExamples(Installation.exampleFiles());
        parindex.drop("framework-2025.csv", example("framework-2024.csv").replace("2024,", "2025,"));
        parindex.drop("bands-2025.csv", example("bands-2024.csv").replace("2024,", "2025,"));
        parindex.drop("appraisal-2025.csv", "year,unit_code,criterion_code,appraised_score,comment\n2025,021,1.1,12,\n");
        parindex.drop("self-2025.csv", "year,unit_code,criterion_code,self_score,evidence,note\n2025,019,1.1,15,,\n");
        parindex.drop("metrics-2025.csv", "year,unit_code,metric_code,numerator,denominator\n2025,019,plan.completed,18,22\n"
                + "2025,021,plan.completed,21,22\n");
        Installation.Result run = parindex.run("run", "--settle", "0");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        return parindex;
    }

    static String example(String name) {
        try {
            return Files.readString(Installation.EXAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code folder} (relative name → bytes as hex digest), to compare folders to the byte. */
    static Map<String, String> files(Path folder) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), vn.parindex.installation.Sha256.of(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The warehouse rows a closed year must keep: results of every year and every published row. */
    static java.util.List<String> warehouse(Installation parindex) {
        java.util.List<String> rows = new java.util.ArrayList<>();
        rows.addAll(parindex.sql().queryForList("SELECT CONCAT_WS('|', year, unit_code, unit_name, status, index_value, rank_no, band, "
                + "delta_rank, delta_index) FROM result_unit ORDER BY year, unit_code", String.class));
        rows.addAll(parindex.sql().queryForList("SELECT CONCAT_WS('|', year, unit_code, criterion_code, points, flag, source_file_id, "
                + "source_line) FROM result_leaf ORDER BY year, unit_code, criterion_code", String.class));
        rows.addAll(parindex.sql().queryForList("SELECT CONCAT_WS('|', year, unit_code, domain_code, sub_index, domain_rank) "
                + "FROM result_domain ORDER BY year, unit_code, domain_code", String.class));
        rows.addAll(parindex.sql().queryForList("SELECT CONCAT_WS('|', year, version_no, unit_code, unit_name, status, index_value, rank_no) "
                + "FROM published_unit ORDER BY year, version_no, unit_code", String.class));
        rows.addAll(parindex.sql().queryForList("SELECT CONCAT_WS('|', year, version_no, file_name, sha256) FROM published_file "
                + "ORDER BY year, version_no, file_name", String.class));
        rows.addAll(parindex.sql().queryForList("SELECT CONCAT_WS('|', kind, year, unit_code, source_file_id) FROM submission "
                + "WHERE is_current ORDER BY kind, year, unit_code", String.class));
        rows.addAll(parindex.sql().queryForList("SELECT CONCAT_WS('|', year, group_code, code, max_points, source_file_id) FROM criterion "
                + "ORDER BY year, group_code, code", String.class));
        rows.addAll(parindex.sql().queryForList("SELECT CONCAT_WS('|', year, group_code, band, min_index) FROM band ORDER BY year, group_code, band",
                String.class));
        rows.addAll(parindex.sql().queryForList("SELECT CONCAT_WS('|', unit_code, unit_name, group_code, valid_from, valid_to) FROM unit "
                + "ORDER BY unit_code", String.class));
        return rows;
    }
}

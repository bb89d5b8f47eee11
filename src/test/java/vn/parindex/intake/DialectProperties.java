package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;

/**
 * The worked example rewritten in random legal dialects (delimiter with its number style, UTF-8 with or without
 * BOM, UTF-16 LE/BE, CRLF/LF, quoting, padding, header case, column order, an unknown column, blank lines, NFD)
 * loads into the same warehouse rows and the same ranking as the originals. Repetition n uses seed n.
 */
class DialectProperties {

    private static final List<String> QUERIES = List.of(
            "SELECT unit_code, unit_name, group_code, unit_type, valid_from, valid_to FROM unit ORDER BY unit_code",
            "SELECT year, group_code, code, parent_code, name, max_points, method, rule_text, position FROM criterion ORDER BY year, group_code, code",
            "SELECT year, group_code, band, min_index FROM band ORDER BY year, group_code, band",
            "SELECT s.kind, s.year, s.unit_code, s.is_current, f.criterion_code, f.self_score, f.evidence, f.note "
                    + "FROM submission s JOIN self_score f ON f.submission_id = s.id ORDER BY 1, 2, 3, 5",
            "SELECT s.kind, s.year, s.unit_code, s.is_current, f.criterion_code, f.appraised_score, f.comment "
                    + "FROM submission s JOIN appraised_score f ON f.submission_id = s.id ORDER BY 1, 2, 3, 5",
            "SELECT s.kind, s.year, s.unit_code, s.is_current, f.metric_code, f.numerator, f.denominator "
                    + "FROM submission s JOIN metric f ON f.submission_id = s.id ORDER BY 1, 2, 3, 5",
            "SELECT s.kind, s.year, s.unit_code, s.is_current, f.respondent_id, f.question_code, f.answer "
                    + "FROM submission s JOIN survey_answer f ON f.source_file_id = s.source_file_id "
                    + "AND f.year = s.year AND f.unit_code = s.unit_code ORDER BY 1, 2, 3, 5, 6",
            "SELECT s.kind, s.year, s.unit_code, s.is_current, f.points, f.reason "
                    + "FROM submission s JOIN adjustment f ON f.submission_id = s.id ORDER BY 1, 2, 3, 5, 6",
            "SELECT s.kind, s.year, s.unit_code, s.is_current, f.dossier_id, f.procedure_code, f.received_at, f.due_at, "
                    + "f.resolved_at, f.online FROM submission s JOIN dossier f ON f.source_file_id = s.source_file_id "
                    + "AND f.year = s.year AND f.unit_code = s.unit_code ORDER BY 1, 2, 3, 5");

    private static Map<String, Object> expected;

    @BeforeAll
    static void loadOriginals(@TempDir Path home) {
        Installation parindex = new Installation(home);
        parindex.dropExamples(Installation.exampleFiles());
        assertThat(parindex.run("run", "--settle", "0").exitCode()).isZero();
        expected = outcome(parindex);
    }

    @RepeatedTest(8)
    void anyLegalDialectLoadsTheSameWarehouse(RepetitionInfo repetition, @TempDir Path home) throws IOException {
        DialectRewriter rewriter = new DialectRewriter(new Random(repetition.getCurrentRepetition()));
        Installation parindex = new Installation(home);
        for (String name : Installation.exampleFiles()) {
            parindex.drop(name, rewriter.rewrite(Files.readAllBytes(Installation.EXAMPLES.resolve(name))));
        }

        Installation.Result result = parindex.run("run", "--settle", "0");

        assertThat(result.exitCode()).as("seed %d: %s%s", repetition.getCurrentRepetition(), result.out(),
                rejections(home)).isZero();
        assertThat(outcome(parindex)).as("seed %d", repetition.getCurrentRepetition()).isEqualTo(expected);
    }

    private static Map<String, Object> outcome(Installation parindex) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        for (String query : QUERIES) {
            outcome.put(query, parindex.sql().queryForList(query).stream().map(Object::toString).toList());
        }
        outcome.put("ranking-2024.csv", parindex.read(parindex.reports(2024).resolve("ranking-2024.csv")));
        return outcome;
    }

    private static String rejections(Path home) {
        StringBuilder all = new StringBuilder();
        for (Path file : Installation.filesUnder(home.resolve("input/rejected"))) {
            try {
                all.append('\n').append(file.getFileName()).append(":\n").append(Files.readString(file));
            } catch (IOException e) {
                all.append(e);
            }
        }
        return all.toString();
    }
}

package vn.parindex.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.Installation;

/**
 * Templates out and back in (SPEC §11): the worked example's warehouse gives its templates, which are filled in
 * programmatically (POI, as a spreadsheet program would save them) with the scores of the worked example's
 * self-assessment and appraisal files, and dropped into the inbox with the other files as CSV. They are accepted
 * as they are and score exactly like the CSV files: the ranking is the one the example's README gives.
 */
class TemplateRoundTripTest {

    private static final String BOM = "\uFEFF";
    private static final List<String> REFERENCES = List.of("units.csv", "framework-2024.csv", "bands-2024.csv");

    @TempDir
    Path root;

    @Test
    void filledTemplatesAreAcceptedAsTheyAreAndScoreLikeTheCsvFiles() throws IOException {
        Installation csv = new Installation(root.resolve("csv"));
        csv.dropExamples(Installation.exampleFiles());
        assertThat(csv.run("run", "--settle", "0").exitCode()).isZero();

        Installation filled = new Installation(root.resolve("template"));
        filled.dropExamples(REFERENCES);
        assertThat(filled.run("run", "--settle", "0").exitCode()).isZero();
        Installation.Result templates = filled.run("template", "--year", "2024");
        assertThat(templates.exitCode()).as(templates.out() + templates.err()).isZero();
        Path folder = filled.home().resolve("templates/2024");

        Path self = fill(folder.resolve("self-assessment-2024-019-Quan-Nam-Tu-Liem.xlsx"), Map.of("019|1.1", List.of("14.5", "Kế hoạch số 12/KH-UBND")), 5);
        Path appraisal = fill(folder.resolve("appraisal-2024-QUAN.xlsx"),
                Map.of("019|1.1", List.of("14", "Thiếu báo cáo quý IV"), "021|1.1", List.of("13.5")), 7);
        filled.dropExamples(Installation.exampleFiles().stream()
                .filter(n -> !REFERENCES.contains(n) && !n.startsWith("self-") && !n.startsWith("appraisal-")).toList());
        filled.drop("self-assessment-2024-019-Quan-Nam-Tu-Liem.xlsx", Files.readAllBytes(self));
        filled.drop("appraisal-2024-QUAN.xlsx", Files.readAllBytes(appraisal));
        for (Path file : filled.inboxFiles()) {
            String twin = file.getFileName().toString().replace("self-assessment-2024-019-Quan-Nam-Tu-Liem.xlsx", "self-019.csv")
                    .replace("appraisal-2024-QUAN.xlsx", "appraisal-2024.csv");
            Files.setLastModifiedTime(file, FileTime.from(Files.getLastModifiedTime(Installation.EXAMPLES.resolve(twin)).toInstant()));
        }

        Installation.Result run = filled.run("run", "--settle", "0");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("0 rejected");
        assertThat(filled.read(filled.reports(2024).resolve("ranking-2024.csv"))).isEqualTo(BOM + String.join("\r\n",
                "year,group,unit_code,unit_name,status,rank,index,band,delta_rank,delta_index,delta_basis,domain_1,domain_2,domain_3",
                "2024,QUAN,019,Quận Nam Từ Liêm,final,1,66.61,Trung bình,,,,94.65,28.57,75.00",
                "2024,QUAN,021,Quận Bắc Từ Liêm,final,2,35.23,Yếu,,,,90.58,0.00,0.00",
                "2024,QUAN,005,Quận Cầu Giấy,not_submitted,,,,,,,,,") + "\r\n");
        assertThat(withoutLineage(filled.read(filled.reports(2024).resolve("scores-2024.csv"))))
                .isEqualTo(withoutLineage(csv.read(csv.reports(2024).resolve("scores-2024.csv"))));
        for (String table : List.of("self_score", "appraised_score")) {
            String values = "SELECT CONCAT_WS('|', s.unit_code, x.criterion_code, x." + table + ", COALESCE(x."
                    + (table.equals("self_score") ? "evidence" : "comment") + ", '')) FROM " + table
                    + " x JOIN submission s ON s.id = x.submission_id WHERE s.is_current ORDER BY 1";
            assertThat(filled.sql().queryForList(values, String.class)).as(table).isEqualTo(csv.sql().queryForList(values, String.class))
                    .isNotEmpty();
        }
        assertThat(filled.sql().queryForList("SELECT original_name FROM source_file WHERE status = 'accepted' AND original_name LIKE '%.xlsx' "
                + "ORDER BY 1", String.class)).containsExactly("appraisal-2024-QUAN.xlsx", "self-assessment-2024-019-Quan-Nam-Tu-Liem.xlsx");
    }

    /** A scores CSV without the columns that name the source file (its name, SHA-256 and line differ by construction). */
    private static String withoutLineage(String scores) {
        StringBuilder out = new StringBuilder();
        for (String line : scores.split("\r\n")) {
            String[] cells = line.split(",", -1);
            out.append(String.join(",", List.of(cells).subList(0, cells.length - 3))).append('\n');
        }
        return out.toString();
    }

    /**
     * Fills the score (and the text column after it) of the rows keyed "unit|criterion" and clears the others, as
     * someone scoring only some rows deletes the rest; {@code scoreColumn} is the score's column.
     */
    private static Path fill(Path template, Map<String, List<String>> values, int scoreColumn) throws IOException {
        assertThat(template).exists();
        Path filled = template.resolveSibling("filled-" + template.getFileName());
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            int unitColumn = 1;
            int criterionColumn = header(sheet).indexOf("criterion_code");
            int filledRows = 0;
            for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                Row row = sheet.getRow(r);
                String key = row.getCell(unitColumn).getStringCellValue() + "|" + row.getCell(criterionColumn).getStringCellValue();
                List<String> given = values.get(key);
                if (given == null) {
                    sheet.removeRow(row);
                    continue;
                }
                row.getCell(scoreColumn, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(Double.parseDouble(given.get(0)));
                if (given.size() > 1) {
                    row.getCell(scoreColumn + 1, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(given.get(1));
                }
                filledRows++;
            }
            assertThat(filledRows).isEqualTo(values.size());
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        return filled;
    }

    private static List<String> header(Sheet sheet) {
        List<String> names = new java.util.ArrayList<>();
        sheet.getRow(0).forEach(cell -> names.add(vn.parindex.submission.Columns.normalise(cell.getStringCellValue())));
        return names;
    }
}

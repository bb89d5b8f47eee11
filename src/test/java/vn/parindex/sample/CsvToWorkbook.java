package vn.parindex.sample;

import java.nio.file.Path;
import vn.parindex.support.Workbooks;

/**
 * {@code CsvToWorkbook IN.csv OUT.xlsx}: a submission CSV as the workbook a person would have typed (codes in
 * Text-formatted cells, numbers and dates in their own cell types). Made the bundled sample's workbook
 * ({@code input/sample/appraisal-quan-2025.xlsx}). A developer tool: {@code scripts/tools-java vn.parindex.sample.CsvToWorkbook}.
 */
public final class CsvToWorkbook {

    private CsvToWorkbook() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: CsvToWorkbook IN.csv OUT.xlsx");
            System.exit(2);
        }
        Workbooks.write(Path.of(args[1]).toAbsolutePath(), Workbooks.fromCsv(Path.of(args[0])));
    }
}

package vn.parindex.report.table;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.parindex.installation.AtomicFiles;

/** Writes a table as a comma-delimited, UTF-8-with-BOM CSV atomically. */
public final class CsvReportWriter {

    private CsvReportWriter() {
    }

    public static void write(Path target, ReportTable table) {
        List<ReportColumn> columns = table.columns();
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            csv.printRecord(columns.stream().map(ReportColumn::name).toList());
            List<String> cells = new ArrayList<>(columns.size());
            for (List<Object> row : table.rows()) {
                cells.clear();
                for (int i = 0; i < columns.size(); i++) {
                    cells.add(columns.get(i).kind().csv(row.get(i)));
                }
                csv.printRecord(cells);
            }
            csv.flush();
        });
    }
}

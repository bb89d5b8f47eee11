package vn.parindex.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a comma-delimited, UTF-8-with-BOM CSV atomically. */
final class CsvReportWriter {

    private CsvReportWriter() {
    }

    static void write(Path target, List<String> header, List<List<String>> rows) {
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            csv.printRecord(header);
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
            csv.flush();
        });
    }
}

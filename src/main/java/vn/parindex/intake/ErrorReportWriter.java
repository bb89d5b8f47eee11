package vn.parindex.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.parindex.csv.FormulaGuard;
import vn.parindex.submission.FileError;

/**
 * Writes {@code <name>.errors.csv}: UTF-8 with BOM so Excel opens it, columns line,column,code,message. Column
 * names and messages carry what the submitter wrote, so they are guarded against formulas like every CSV output.
 */
public final class ErrorReportWriter {

    private ErrorReportWriter() {
    }

    public static void write(Path target, List<FileError> errors) {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            out.write('\uFEFF');
            csv.printRecord("line", "column", "code", "message");
            for (FileError e : errors) {
                csv.printRecord(e.line(), FormulaGuard.text(e.column()), e.code(), FormulaGuard.text(e.message()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}

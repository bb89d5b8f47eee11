package vn.parindex.intake;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.parindex.csv.FormulaGuard;
import vn.parindex.report.AtomicFiles;
import vn.parindex.submission.FileError;

/**
 * Writes {@code <name>.errors.csv}: UTF-8 with BOM so Excel opens it, columns line,column,code,message. Column
 * names and messages carry what the submitter wrote, so they are guarded against formulas like every CSV output,
 * and control, bidirectional and zero-width characters are written as {@code \}{@code uXXXX} (SPEC §3); the file is
 * written through {@link AtomicFiles}, which never follows a link planted at its name.
 */
public final class ErrorReportWriter {

    private ErrorReportWriter() {
    }

    public static void write(Path target, List<FileError> errors) {
        AtomicFiles.write(target, bytes -> {
            Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
            out.write('\uFEFF');
            csv.printRecord("line", "column", "code", "message");
            for (FileError e : errors) {
                csv.printRecord(e.line(), FormulaGuard.text(Printable.of(e.column())), e.code(), FormulaGuard.text(Printable.of(e.message())));
            }
            csv.flush();
        });
    }
}

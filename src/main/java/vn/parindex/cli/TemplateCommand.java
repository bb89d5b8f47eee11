package vn.parindex.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.installation.Folders;
import vn.parindex.installation.Printable;
import vn.parindex.template.TemplateFolder;
import vn.parindex.template.TemplateRefusal;
import vn.parindex.template.TemplateWriter;

/**
 * {@code parindex template --year Y [--unit CODE]... [--out DIR]}: writes the staff's spreadsheet templates into
 * {@code templates/<Y>/} or DIR. Exit 0 when written (one line per file and a summary), 2 when the year has no
 * framework or a named unit cannot have a template (nothing is written then).
 */
@Component
class TemplateCommand {

    private final TemplateWriter writer;

    TemplateCommand(TemplateWriter writer) {
        this.writer = writer;
    }

    int template(int year, List<String> units, Path out, Folders folders, PrintStream stdout, PrintStream err) {
        Path folder = out == null ? folders.templatesFor(year) : out.toAbsolutePath().normalize();
        TemplateWriter.Written written;
        try {
            if (out != null) {
                TemplateFolder.check(folder);
            }
            written = writer.write(year, units, folder);
        } catch (TemplateRefusal e) {
            e.problems().forEach(p -> err.println("parindex: " + Printable.of(p)));
            err.println("parindex: no template written");
            return ExitCode.BAD_USAGE.code();
        }
        written.selfAssessments().forEach(p -> stdout.println("wrote " + p));
        written.appraisals().forEach(p -> stdout.println("wrote " + p));
        stdout.println(written.selfAssessments().size() + " self-assessment and " + written.appraisals().size()
                + " appraisal template(s) for " + year + " in " + folder);
        return ExitCode.DONE.code();
    }
}

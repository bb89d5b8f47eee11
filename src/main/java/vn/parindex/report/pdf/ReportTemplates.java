package vn.parindex.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * The JasperReports context of the PDF reports and the templates under {@code /reports/}, each compiled
 * once per process on first use. The templates use bare {@code $P/$F/$V} references and simpleText
 * expressions only, which JasperReports evaluates without generating Java code, so compiling them needs no
 * Java compiler at runtime (and works from inside the packaged jar).
 */
public final class ReportTemplates {

    public static final JasperReportsContext CONTEXT = createContext();

    private ReportTemplates() {
    }

    private static JasperReportsContext createContext() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext();
        context.setProperty("net.sf.jasperreports.default.font.name", "Liberation Serif");
        context.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
        // draw chart text as text in the embedded font (not as glyph outlines), so it can be copied
        context.setProperty("net.sf.jasperreports.export.pdf.force.svg.shapes", "false");
        return context;
    }

    /** Loads and compiles {@code /reports/<name>.jrxml}. */
    public static JasperReport compile(String name) {
        return compile(name, design -> design);
    }

    /** Loads {@code /reports/<name>.jrxml}, changes its design with {@code edit}, and compiles it. */
    public static JasperReport compile(String name, java.util.function.UnaryOperator<net.sf.jasperreports.engine.design.JasperDesign> edit) {
        String resource = "/reports/" + name + ".jrxml";
        try (InputStream in = ReportTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("report template missing from the classpath: " + resource);
            }
            return JasperCompileManager.getInstance(CONTEXT).compile(edit.apply(JRXmlLoader.load(CONTEXT, in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report template " + resource, e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot compile report template " + resource + ": " + e.getMessage(), e);
        }
    }
}

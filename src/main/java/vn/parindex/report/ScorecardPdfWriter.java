package vn.parindex.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import vn.parindex.report.pdf.PdfExport;
import vn.parindex.report.pdf.ReportTemplates;
import vn.parindex.report.pdf.ScorecardPdfData;

/**
 * Renders {@code scorecards-<year>.pdf} (SPEC §8) from a {@link ScorecardReport} with the templates
 * {@code /reports/scorecard*.jrxml}: one A4 page per ranked unit. The same report always gives the same bytes.
 */
public final class ScorecardPdfWriter {

    /** Compiled on first use, once per process. */
    private static final class Templates {
        static final JasperReport MASTER = ReportTemplates.compile("scorecards");
        static final JasperReport DOMAINS = ReportTemplates.compile("scorecard-domains");
        static final JasperReport LOST = ReportTemplates.compile("scorecard-lost");
        static final JasperReport CHANGE = ReportTemplates.compile("scorecard-change");
    }

    public void write(ScorecardReport report, Path target) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(target, "target");
        AtomicFiles.write(target, out -> render(report, out));
    }

    byte[] render(ScorecardReport report) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        render(report, bytes);
        return bytes.toByteArray();
    }

    private void render(ScorecardReport report, java.io.OutputStream out) {
        try {
            Map<String, Object> parameters = ScorecardPdfData.parameters(report);
            parameters.put("DOMAINS_REPORT", Templates.DOMAINS);
            parameters.put("LOST_REPORT", Templates.LOST);
            parameters.put("CHANGE_REPORT", Templates.CHANGE);
            java.util.List<Object> parts = new java.util.ArrayList<>(java.util.Arrays.asList(report.year(), report.dataDate()));
            parts.addAll(report.scorecards());
            PdfExport.render(Templates.MASTER, parameters, ScorecardPdfData.records(report),
                    "Phiếu kết quả Chỉ số cải cách hành chính năm " + report.year(), PdfExport.documentId(parts),
                    report.dataDate(), report.year(), out);
        } catch (JRException e) {
            throw new IllegalStateException("cannot render the scorecards PDF of " + report.year() + ": " + e.getMessage(), e);
        }
    }
}

package vn.parindex.report.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import vn.parindex.installation.AtomicFiles;
import vn.parindex.report.model.OfficialHeading;
import vn.parindex.report.model.PublishedMarks;
import vn.parindex.report.model.RankingReport;

/**
 * Renders {@code ranking-<year>.pdf} (SPEC §8) from a {@link RankingReport} with the JasperReports templates
 * {@code /reports/ranking*.jrxml}: a cover (title, year, data date, province-level counts), then from page 2
 * per group the ranking table, a bar chart coloured by band, the summary and the units not submitted, then the
 * methodology pages, then while the year is provisional the explanation round's changes (SPEC §15); "TẠM TÍNH" in every page header while provisional. With an official heading (SPEC §13),
 * the cover carries it in place of its running header.
 * The same report always gives the same bytes.
 */
public final class RankingPdfWriter {

    /** Compiled on first use, once per process. */
    private static final class Templates {
        static final JasperReport MASTER = ReportTemplates.compile("ranking");
        static final JasperReport TABLE = ReportTemplates.compile("ranking-table");
        static final JasperReport TABLE_WITH_INTERVALS = ReportTemplates.compile("ranking-table", WideRankColumn::apply);
        static final JasperReport METHODOLOGY = ReportTemplates.compile("ranking-methodology");
    }

    /** The explanation round's section (SPEC §15), compiled on first use. */
    private static final class ChangesTemplate {
        static final JasperReport CHANGES = ReportTemplates.compile("ranking-changes");
    }

    /** The changes of a provisional year against its published version {@code version}, rows as in changes-<year>.csv. */
    public record ChangesSection(int version, List<List<Object>> rows) {
    }

    private final Optional<OfficialHeading> heading;
    /** A published version's marks (SPEC §15), or null for the working copy. */
    private final PublishedMarks marks;
    private final JasperReport master;

    public RankingPdfWriter() {
        this(Optional.empty());
    }

    public RankingPdfWriter(Optional<OfficialHeading> heading) {
        this(heading, null);
    }

    public RankingPdfWriter(Optional<OfficialHeading> heading, PublishedMarks marks) {
        this.heading = Objects.requireNonNull(heading, "heading");
        this.marks = marks;
        this.master = marks == null ? Templates.MASTER : vn.parindex.report.pdf.PublishedMarksTemplate.compile("ranking", "$P{TITLE}", marks);
    }

    public void write(RankingReport report, Path target) {
        write(report, target, null);
    }

    /**
     * With {@code changes} (null for none), the explanation round's section ends the document, after the methodology,
     * under the same running header and in the same page numbering.
     */
    public void write(RankingReport report, Path target, ChangesSection changes) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(target, "target");
        AtomicFiles.write(target, out -> render(report, out, changes));
    }

    /** The PDF bytes of the report. */
    public byte[] render(RankingReport report) {
        return render(report, (ChangesSection) null);
    }

    /** The PDF bytes of the report with the explanation round's section ({@code changes}, null for none). */
    public byte[] render(RankingReport report, ChangesSection changes) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        render(report, bytes, changes);
        return bytes.toByteArray();
    }

    private void render(RankingReport report, java.io.OutputStream out, ChangesSection changes) {
        try {
            Map<String, Object> parameters = RankingPdfData.parameters(report);
            parameters.put("TABLE_REPORT", report.replicates() > 0 ? Templates.TABLE_WITH_INTERVALS : Templates.TABLE);
            parameters.put("METHOD_REPORT", Templates.METHODOLOGY);
            heading.ifPresent(h -> parameters.putAll(HeadingTemplate.parameters(h, Templates.MASTER.getColumnWidth())));
            if (marks != null) {
                parameters.putAll(vn.parindex.report.pdf.PublishedMarksTemplate.parameters(marks));
            }
            List<Object> identity = new ArrayList<>(Arrays.asList(report.year(), report.dataDate(), report.provisional(), report.groups(),
                    new java.util.TreeMap<>(report.groupNames()), report.history().groups()));
            heading.ifPresent(identity::add);
            if (marks != null) {
                identity.add(marks);
            }
            if (changes != null) {
                identity.add(changes);
                parameters.putAll(ChangesPdfData.parameters(report.year(), changes.version(), changes.rows().isEmpty()));
                parameters.put("CHANGES_REPORT", ChangesTemplate.CHANGES);
                parameters.put("CHANGES_DATA", new MapDataSource(ChangesPdfData.records(changes.rows(), report.groupNames())));
            }
            String title = "Bảng xếp hạng Chỉ số cải cách hành chính năm " + report.year();
            PdfExport.render(master, parameters, RankingPdfData.groups(report), title, PdfExport.documentId(identity),
                    report.dataDate(), report.year(), out);
        } catch (JRException e) {
            throw new IllegalStateException("cannot render the ranking PDF of " + report.year() + ": " + e.getMessage(), e);
        }
    }
}

package vn.parindex.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import vn.parindex.report.pdf.RankingPdfData;
import vn.parindex.report.pdf.ReportTemplates;
import vn.parindex.report.pdf.ReproduciblePdfExporter;

/**
 * Renders {@code ranking-<year>.pdf} (SPEC §8) from a {@link RankingReport} with the JasperReports templates
 * {@code /reports/ranking*.jrxml}: per group the ranking table, a bar chart coloured by band, the summary and
 * the units not submitted, then the methodology pages; "TẠM TÍNH" in every page header while provisional.
 * The same report always gives the same bytes.
 */
public final class RankingPdfWriter {

    private static final TimeZone VIETNAM = TimeZone.getTimeZone("GMT+07:00");

    /** Compiled on first use, once per process. */
    private static final class Templates {
        static final JasperReport MASTER = ReportTemplates.compile("ranking");
        static final JasperReport TABLE = ReportTemplates.compile("ranking-table");
        static final JasperReport METHODOLOGY = ReportTemplates.compile("ranking-methodology");
    }

    public RankingPdfWriter() {
    }

    public void write(RankingReport report, Path target) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(target, "target");
        byte[] pdf = render(report);
        AtomicFiles.write(target, out -> out.write(pdf));
    }

    /** The PDF bytes of the report. */
    byte[] render(RankingReport report) {
        try {
            Map<String, Object> parameters = RankingPdfData.parameters(report);
            parameters.put("TABLE_REPORT", Templates.TABLE);
            parameters.put("METHOD_REPORT", Templates.METHODOLOGY);
            parameters.put(JRParameter.REPORT_LOCALE, Locale.forLanguageTag("vi-VN"));
            parameters.put(JRParameter.REPORT_TIME_ZONE, VIETNAM);
            JasperPrint print = JasperFillManager.getInstance(ReportTemplates.CONTEXT)
                    .fill(Templates.MASTER, parameters, RankingPdfData.groups(report));

            ReproduciblePdfExporter exporter =
                    new ReproduciblePdfExporter(ReportTemplates.CONTEXT, documentId(report), documentDate(report));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle("Bảng xếp hạng Chỉ số cải cách hành chính năm " + report.year());
            configuration.setMetadataCreator("parindex");
            exporter.setConfiguration(configuration);
            exporter.setExporterInput(new SimpleExporterInput(print));
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(buffer));
            exporter.exportReport();
            return buffer.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("cannot render the ranking PDF of " + report.year() + ": " + e.getMessage(), e);
        }
    }

    /** A document ID that depends on the report's content only. */
    private static byte[] documentId(RankingReport report) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(report.toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(hash, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Creation and modification date: the date of the newest data, never the wall clock. */
    private static Calendar documentDate(RankingReport report) {
        LocalDate date = report.dataDate() != null ? report.dataDate() : LocalDate.of(report.year(), 1, 1);
        Calendar calendar = Calendar.getInstance(VIETNAM, Locale.ROOT);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return calendar;
    }
}

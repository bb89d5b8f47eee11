package vn.parindex.report.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills a template and exports it as reproducible PDF bytes: Vietnamese locale and time zone, the document ID a
 * hash of the content, the document date the date of the newest data (never the wall clock).
 */
public final class PdfExport {

    private static final TimeZone VIETNAM = TimeZone.getTimeZone("GMT+07:00");

    private PdfExport() {
    }

    /**
     * @param content a text that changes whenever what the document shows changes (its ID is derived from it)
     * @param date the document date, or null for 1 January of {@code year}
     */
    public static byte[] render(JasperReport template, Map<String, Object> parameters, JRDataSource records, String title,
            String content, LocalDate date, int year) throws JRException {
        parameters.put(JRParameter.REPORT_LOCALE, Locale.forLanguageTag("vi-VN"));
        parameters.put(JRParameter.REPORT_TIME_ZONE, VIETNAM);
        JasperPrint print = JasperFillManager.getInstance(ReportTemplates.CONTEXT).fill(template, parameters, records);

        ReproduciblePdfExporter exporter = new ReproduciblePdfExporter(ReportTemplates.CONTEXT, documentId(content),
                calendar(date != null ? date : LocalDate.of(year, 1, 1)));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataCreator("parindex");
        exporter.setConfiguration(configuration);
        exporter.setExporterInput(new SimpleExporterInput(print));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(buffer));
        exporter.exportReport();
        return buffer.toByteArray();
    }

    private static byte[] documentId(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(hash, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Calendar calendar(LocalDate date) {
        Calendar calendar = Calendar.getInstance(VIETNAM, Locale.ROOT);
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return calendar;
    }
}

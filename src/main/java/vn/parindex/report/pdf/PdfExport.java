package vn.parindex.report.pdf;

import java.io.OutputStream;
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
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
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

    /** Pages kept in memory while filling; the rest wait in a swap file, so 3,321 scorecards fit in a small heap. */
    private static final int PAGES_IN_MEMORY = 50;

    /**
     * Fills and exports to {@code out}.
     *
     * @param documentId the PDF's /ID, from {@link #documentId}: it changes whenever what the document shows changes
     * @param date the document date, or null for 1 January of {@code year}
     */
    public static void render(JasperReport template, Map<String, Object> parameters, JRDataSource records, String title,
            byte[] documentId, LocalDate date, int year, OutputStream out) throws JRException {
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
                new JRSwapFile(System.getProperty("java.io.tmpdir"), 8192, 256), true);
        try {
            parameters.put(JRParameter.REPORT_LOCALE, Locale.forLanguageTag("vi-VN"));
            parameters.put(JRParameter.REPORT_TIME_ZONE, VIETNAM);
            parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            JasperPrint print = JasperFillManager.getInstance(ReportTemplates.CONTEXT).fill(template, parameters, records);
            virtualizer.setReadOnly(true);

            ReproduciblePdfExporter exporter = new ReproduciblePdfExporter(ReportTemplates.CONTEXT, documentId,
                    calendar(date != null ? date : LocalDate.of(year, 1, 1)));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(title);
            configuration.setMetadataCreator("parindex");
            exporter.setConfiguration(configuration);
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.exportReport();
        } finally {
            virtualizer.cleanup();
        }
    }

    /** The first 16 bytes of a SHA-256 over the parts' text, one part at a time (never the whole text at once). */
    public static byte[] documentId(Iterable<?> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            }
            return Arrays.copyOf(digest.digest(), 16);
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

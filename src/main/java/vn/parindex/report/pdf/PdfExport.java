package vn.parindex.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.ExporterInputItem;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleExporterInputItem;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

/**
 * Fills a template and exports it as reproducible PDF bytes: Vietnamese locale and time zone, the document ID a
 * hash of the content, the document date the date of the newest data (never the wall clock).
 */
public final class PdfExport {

    private static final TimeZone VIETNAM = TimeZone.getTimeZone("GMT+07:00");

    /**
     * The output intent of every PDF (PDF/A-2b): the sRGB profile of the Java runtime
     * ({@code ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()}), kept as a file so that the bytes do not
     * depend on the runtime; the reports' colours are all RGB.
     */
    static final String SRGB_PROFILE = "vn/parindex/report/pdf/sRGB.icc";

    private PdfExport() {
    }

    /**
     * One export at a time in the process: OpenPDF's fonts are shared between documents, and each export gives
     * them the seeded generator their subset tags are drawn from ({@link ReproduciblePdfExporter}); two exports
     * at once would draw from each other's and the bytes would depend on timing. Filling runs in parallel.
     */
    private static final Object EXPORTING = new Object();

    /** Pages kept in memory while filling; the rest wait in a swap file, so 3,321 scorecards fit in a small heap. */
    private static final int PAGES_IN_MEMORY = 50;

    /**
     * A filled report whose pages may wait in a swap file; {@link #close} removes the file. Several parts are
     * exported as one document by {@link #export}.
     */
    public static final class Filled implements AutoCloseable {
        private final JasperPrint print;
        private final JRSwapFileVirtualizer virtualizer;
        private boolean closed;

        private Filled(JasperPrint print, JRSwapFileVirtualizer virtualizer) {
            this.print = print;
            this.virtualizer = virtualizer;
        }

        public int pages() {
            return print.getPages().size();
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                virtualizer.cleanup();
            }
        }
    }

    /**
     * Fills and exports to {@code out}.
     *
     * @param documentId the PDF's /ID, from {@link #documentId}: it changes whenever what the document shows changes
     * @param date the document date, or null for 1 January of {@code year}
     */
    public static void render(JasperReport template, Map<String, Object> parameters, JRDataSource records, String title,
            byte[] documentId, LocalDate date, int year, OutputStream out) throws JRException {
        try (Filled filled = fill(template, parameters, records, PAGES_IN_MEMORY)) {
            export(List.of(filled), title, documentId, date, year, out);
        }
    }

    /** Fills {@code template}, keeping at most {@code pagesInMemory} pages in memory (the rest in a swap file). */
    public static Filled fill(JasperReport template, Map<String, Object> parameters, JRDataSource records, int pagesInMemory)
            throws JRException {
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(pagesInMemory,
                new JRSwapFile(System.getProperty("java.io.tmpdir"), 8192, 256), true);
        try {
            parameters.put(JRParameter.REPORT_LOCALE, Locale.forLanguageTag("vi-VN"));
            parameters.put(JRParameter.REPORT_TIME_ZONE, VIETNAM);
            parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            JasperPrint print = JasperFillManager.getInstance(ReportTemplates.CONTEXT).fill(template, parameters, records);
            virtualizer.setReadOnly(true);
            return new Filled(print, virtualizer);
        } catch (JRException | RuntimeException e) {
            virtualizer.cleanup();
            throw e;
        }
    }

    /**
     * Exports the filled parts, in order, as one PDF/A-2b document (pages numbered as the parts were filled): every
     * PDF of the warehouse is exported here. JasperReports writes the PDF/A identification and XMP metadata and
     * the sRGB output intent; {@link PdfaFinish} takes the font subsets' CIDSets out as the bytes go by (issue 15).
     */
    public static void export(List<Filled> parts, String title, byte[] documentId, LocalDate date, int year, OutputStream out)
            throws JRException {
        exportItems(parts.stream().<ExporterInputItem>map(p -> new SimpleExporterInputItem(p.print)).toList(), title, documentId, date,
                year, out);
    }

    private static void exportItems(List<ExporterInputItem> parts, String title, byte[] documentId, LocalDate date, int year,
            OutputStream out) throws JRException {
        ReproduciblePdfExporter exporter = new ReproduciblePdfExporter(ReportTemplates.CONTEXT, documentId,
                calendar(date != null ? date : LocalDate.of(year, 1, 1)));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataCreator("parindex");
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
        configuration.setIccProfilePath(SRGB_PROFILE);
        exporter.setConfiguration(configuration);
        exporter.setExporterInput(new SimpleExporterInput(parts));
        OutputStream finished = PdfaFinish.withoutCidSets(out);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(finished));
        synchronized (EXPORTING) {
            exporter.exportReport();
        }
        try {
            finished.close();
        } catch (IOException e) {
            throw new JRException("cannot finish the PDF/A document: " + e.getMessage(), e);
        }
    }

    /**
     * Exports {@code count} parts as one document, like {@link #export}, while they are filled (issue 24): part i is
     * asked of {@code fill} when the export is about to need part i - {@code ahead}, so the parts after the one being
     * written are filled meanwhile on the executor behind {@code fill}, and at most {@code ahead} + 1 parts wait in
     * memory; a part is closed once the export has gone past it. A part that fails (for instance because it did
     * not fill the pages its page numbers were counted on) stops the export with its exception; every part asked
     * for is closed, written or not.
     */
    public static void exportAsFilled(int count, IntFunction<CompletableFuture<Filled>> fill, int ahead, String title,
            byte[] documentId, LocalDate date, int year, OutputStream out) throws JRException {
        try (PartsAsFilled parts = new PartsAsFilled(count, fill, ahead)) {
            exportItems(parts, title, documentId, date, year, out);
        }
    }

    /**
     * The export's input: each part's filled print, waited for when the exporter asks for it (in order). A part the
     * export has gone past is closed and let go, so that its pages can be collected.
     */
    private static final class PartsAsFilled extends AbstractList<ExporterInputItem> implements AutoCloseable {
        private final IntFunction<CompletableFuture<Filled>> fill;
        private final int ahead;
        private final List<CompletableFuture<Filled>> asked = new ArrayList<>();
        private final List<ExporterInputItem> items = new ArrayList<>();
        private final int count;
        private int passed;

        PartsAsFilled(int count, IntFunction<CompletableFuture<Filled>> fill, int ahead) {
            this.count = count;
            this.fill = fill;
            this.ahead = ahead;
        }

        @Override
        public int size() {
            return count;
        }

        @Override
        public ExporterInputItem get(int index) {
            java.util.Objects.checkIndex(index, count);
            if (index < passed) {
                throw new IllegalStateException("part " + index + " of the export was already written and let go");
            }
            while (asked.size() < Math.min(count, index + 1 + ahead)) {
                asked.add(fill.apply(asked.size()));
            }
            while (items.size() <= index) {
                items.add(new SimpleExporterInputItem(filled(asked.get(items.size())).print));
            }
            // the exporter asks for the parts in order, each once it has written the one before
            for (; passed < index; passed++) {
                filled(asked.get(passed)).close();
                asked.set(passed, null);
                items.set(passed, null);
            }
            return items.get(index);
        }

        private static Filled filled(CompletableFuture<Filled> part) {
            try {
                return part.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        /** Waits for every part asked for and not yet let go (a fill still running cannot be stopped) and closes it. */
        @Override
        public void close() {
            for (CompletableFuture<Filled> part : asked) {
                if (part == null) {
                    continue;
                }
                try {
                    part.join().close();
                } catch (RuntimeException e) {
                    // its failure is the export's, or follows from it
                }
            }
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

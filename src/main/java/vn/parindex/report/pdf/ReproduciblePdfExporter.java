package vn.parindex.report.pdf;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.AttributedCharacterIterator;
import java.util.Calendar;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducer;

/**
 * The JasperReports PDF exporter (OpenPDF underneath) made byte-reproducible. OpenPDF puts three things of
 * its own into every file: the wall-clock time as {@code /CreationDate} (and {@code /ModDate}), a random
 * trailer {@code /ID}, and a random six-letter tag in front of every embedded font subset's name
 * ({@code ABCDEF+DejaVuSans}, drawn from {@link BaseFont}'s {@link SecureRandom}). Here the dates are the
 * given date, the document ID is the given bytes (OpenPDF uses an {@code /FileID} entry of the info
 * dictionary as the trailer ID instead of drawing one), and every font draws its tag from a generator seeded
 * with the font's name. The dates are put in as soon as the writer exists, because the PDF/A XMP metadata
 * ({@code xmp:CreateDate}, {@code xmp:ModifyDate}) is made from the document information before the first page.
 */
public final class ReproduciblePdfExporter extends JRPdfExporter {

    private final byte[] documentId;
    private final Calendar date;

    /**
     * @param documentId the trailer ID, the same for the same content (e.g. a hash of the data)
     * @param date creation and modification date written into the document information
     */
    public ReproduciblePdfExporter(JasperReportsContext context, byte[] documentId, Calendar date) {
        super(context);
        this.documentId = documentId.clone();
        this.date = (Calendar) date.clone();
    }

    @Override
    protected PdfProducer createPdfProducer() {
        return new ClassicPdfProducer(createPdfProducerContext()) {

            /** The fonts of this export by their text attributes: looking a font up is a good part of writing a chunk. */
            private final Map<FontKey, Font> fonts = new HashMap<>();
            /** The base fonts given their seeded generator in this export (once each: nothing draws from it before the close). */
            private final Set<BaseFont> seededFonts = Collections.newSetFromMap(new IdentityHashMap<>());

            @Override
            public Font getFont(Map<AttributedCharacterIterator.Attribute, Object> attributes, Locale locale) {
                FontKey key = new FontKey(new HashMap<>(attributes), locale);
                Font font = fonts.get(key);
                if (font == null) {
                    font = super.getFont(attributes, locale);
                    if (fonts.size() < MAX_FONTS) {
                        fonts.put(key, font);
                    }
                }
                BaseFont baseFont = font.getBaseFont();
                if (baseFont != null && seededFonts.add(baseFont)) {
                    // the subset tag is drawn when the document is closed, from the generator set last
                    baseFont.setSecureRandom(seeded(baseFont.getPostscriptFontName()));
                }
                return font;
            }

            @Override
            public PdfDocumentWriter createWriter(OutputStream os) throws JRException {
                PdfDocumentWriter writer = super.createWriter(os);
                // the content streams' deflate at its fastest level (issue 24): at the default level it was a sixth of the export
                getPdfWriter().setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
                // before the PDF/A XMP metadata is made from the document information (its xmp:CreateDate)
                putDates(getPdfWriter().getInfo());
                return writer;
            }

            @Override
            public void close() {
                PdfDictionary info = getPdfWriter().getInfo();
                putDates(info);
                info.put(PdfName.FILEID, PdfEncryption.createInfoId(documentId, documentId));
                super.close();
            }
        };
    }

    /** Text attributes and locale: what a font looked up by {@link ClassicPdfProducer#getFont} depends on. */
    private record FontKey(Map<AttributedCharacterIterator.Attribute, Object> attributes, Locale locale) {
    }

    /** Distinct fonts kept per export; a report has a handful (family, size, style, colour), this only bounds a surprise. */
    private static final int MAX_FONTS = 4096;

    private void putDates(PdfDictionary info) {
        info.put(PdfName.CREATIONDATE, new PdfDate(date));
        info.put(PdfName.MODDATE, new PdfDate(date));
    }

    private static SecureRandom seeded(String name) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            // seeding before the first use replaces self-seeding: the sequence depends on the seed alone
            random.setSeed(String.valueOf(name).getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is part of every Java runtime", e);
        }
    }
}

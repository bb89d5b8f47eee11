package vn.parindex.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The last step of every PDF/A-2b export (issue 15): removes the {@code /CIDSet} entries from the font
 * descriptors. OpenPDF writes a CIDSet for every font subset it embeds (TrueTypeFontUnicode.writeFont, no switch
 * to turn it off), and it lists only the glyphs the text uses, not the ones the subset's font program holds as
 * well (components of composite glyphs, .notdef), so veraPDF rejects it under clause 6.2.11.4.2. PDF/A-2 makes
 * the CIDSet optional; without it the clause has nothing to check.
 *
 * <p>The document is saved in full by PDFBox, in the object order it was read, without object streams and
 * without touching the trailer /ID (PDFBox keeps an /ID it finds), the document information or the XMP
 * metadata: the same input gives the same bytes. An incremental save would not do: PDFBox gives an
 * incremental update a second /ID drawn from the clock.
 */
final class PdfaFinish {

    private PdfaFinish() {
    }

    /** Reads the PDF in {@code source}, removes the CIDSets and writes the result to {@code out}. */
    static void removeCidSets(Path source, OutputStream out) throws IOException {
        // objects wait in a temporary file rather than on the heap: the scorecards run to thousands of pages
        try (PDDocument document = Loader.loadPDF(source.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            for (COSObject object : document.getDocument().getObjectsByType(COSName.FONT_DESC)) {
                COSBase descriptor = object.getObject();
                if (descriptor instanceof COSDictionary dictionary) {
                    dictionary.removeItem(COSName.CID_SET);
                }
            }
            document.save(out, CompressParameters.NO_COMPRESSION);
        }
    }

    /** A temporary file for the export before it is finished; deleted by the caller. */
    static Path temporaryFile() {
        try {
            return Files.createTempFile("parindex-", ".pdf");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the PDF export", e);
        }
    }
}

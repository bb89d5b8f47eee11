package vn.parindex.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.WallClock;

/** The CIDSet removal after the export: the CIDSets go, everything else stays, and the same input gives the same bytes. */
class PdfaFinishTest {

    private static final byte[] ID = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

    @TempDir
    Path folder;

    @Test
    void removesTheCidSetsKeepingIdInformationAndTextAndGivesTheSameBytesTwice() throws Exception {
        Path source = openPdfWithSubsetFont(folder.resolve("source.pdf"));
        try (PDDocument before = Loader.loadPDF(source.toFile())) {
            assertThat(cidSets(before)).as("OpenPDF writes a CIDSet for a font subset").isPositive();
        }

        byte[] finished = finish(source);
        WallClock.awaitLaterTick(Instant.now(), Duration.ofSeconds(1)); // a date taken from the clock is to the second
        assertThat(finish(source)).isEqualTo(finished);

        try (PDDocument before = Loader.loadPDF(source.toFile()); PDDocument after = Loader.loadPDF(finished)) {
            assertThat(cidSets(after)).isZero();
            COSArray id = after.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(id.toList()).isEqualTo(before.getDocument().getTrailer().getCOSArray(COSName.ID).toList());
            assertThat(after.getDocumentInformation().getCOSObject().toString())
                    .isEqualTo(before.getDocumentInformation().getCOSObject().toString());
            assertThat(new PDFTextStripper().getText(after)).contains("Thành phố Hồ Chí Minh – Đắk Lắk");
        }
    }

    @Test
    void blanksEachEntryWhereverTheWritesSplitItAndLeavesEverythingElseAsItWas() throws IOException {
        String pdf = "<</Type/FontDescriptor/CIDSet 12 0 R/FontFile2 13 0 R>>\n"
                + "<</CIDSet 7 0 R>> /CIDSetX 1 0 R /CIDSet 1 0 /CIDSet a 0 R //CIDSet 3 0 R/CIDSet 45 0 R";
        String expected = "<</Type/FontDescriptor" + " ".repeat("/CIDSet 12 0 R".length()) + "/FontFile2 13 0 R>>\n"
                + "<<" + " ".repeat("/CIDSet 7 0 R".length()) + ">> /CIDSetX 1 0 R /CIDSet 1 0 /CIDSet a 0 R /"
                + " ".repeat("/CIDSet 3 0 R".length()) + " ".repeat("/CIDSet 45 0 R".length());
        byte[] bytes = pdf.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int chunk = 1; chunk <= bytes.length; chunk++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            java.io.OutputStream finishing = PdfaFinish.withoutCidSets(out);
            for (int i = 0; i < bytes.length; i += chunk) {
                if (chunk == 1) {
                    finishing.write(bytes[i]);
                } else {
                    finishing.write(bytes, i, Math.min(chunk, bytes.length - i));
                }
            }
            finishing.close();
            assertThat(out.toString(java.nio.charset.StandardCharsets.US_ASCII)).as("writes of %d bytes", chunk).isEqualTo(expected);
        }
    }

    @Test
    void anEntryCutOffAtTheEndIsWrittenAsItWas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.OutputStream finishing = PdfaFinish.withoutCidSets(out);
        finishing.write("x /CIDSet 12 0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        finishing.close();
        assertThat(out.toString(java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("x /CIDSet 12 0");
    }

    private static byte[] finish(Path source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfaFinish.removeCidSets(source, out);
        return out.toByteArray();
    }

    private static int cidSets(PDDocument document) throws IOException {
        int found = 0;
        for (COSObject descriptor : document.getDocument().getObjectsByType(COSName.FONT_DESC)) {
            found += ((COSDictionary) descriptor.getObject()).containsKey(COSName.CID_SET) ? 1 : 0;
        }
        return found;
    }

    /** A one-line PDF in a DejaVu Sans subset (Identity-H), with a fixed ID and dates, written by OpenPDF. */
    private static Path openPdfWithSubsetFont(Path target) throws Exception {
        byte[] ttf;
        try (InputStream in = PdfaFinishTest.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            ttf = in.readAllBytes();
        }
        BaseFont font = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        document.open();
        document.add(new Paragraph("Thành phố Hồ Chí Minh – Đắk Lắk", new Font(font, 12)));
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate());
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(ID, ID));
        document.close();
        return Files.write(target, bytes.toByteArray());
    }
}

package vn.parindex.report.pdf;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The last step of every PDF/A-2b export (issue 15): takes the {@code /CIDSet} entries out of the font
 * descriptors. OpenPDF writes a CIDSet for every font subset it embeds (TrueTypeFontUnicode.writeFont, no switch
 * to turn it off), and it lists only the glyphs the text uses, not the ones the subset's font program holds as
 * well (components of composite glyphs, .notdef), so veraPDF rejects it under clause 6.2.11.4.2. PDF/A-2 makes
 * the CIDSet optional; without it the clause has nothing to check.
 *
 * <p>Done on the bytes as OpenPDF writes them (issue 24: reading the whole document back with PDFBox and saving it
 * again cost a second pass over every page): each entry {@code /CIDSet n g R} of a font descriptor is overwritten
 * with as many spaces, which PDF reads as whitespace between the dictionary's other entries. Nothing moves, so the
 * cross-reference table's offsets stay right and the trailer /ID, the document information and the XMP metadata
 * are untouched; the CIDSet streams stay in the file, referred to by nothing. OpenPDF compresses every content and
 * font stream, so the entry's exact text occurs only where OpenPDF writes a dictionary entry; the same input
 * gives the same bytes.
 */
final class PdfaFinish {

    private PdfaFinish() {
    }

    /** Reads the PDF in {@code source} and writes it to {@code out} without its CIDSet entries. */
    static void removeCidSets(Path source, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            OutputStream finished = withoutCidSets(out);
            in.transferTo(finished);
            finished.close();
        }
    }

    /**
     * A stream that passes a PDF on to {@code out} with its {@code /CIDSet} entries blanked. It holds back at most an
     * entry's length while it cannot yet tell whether an entry begins; {@link OutputStream#close} writes those bytes
     * and flushes {@code out} without closing it.
     */
    static OutputStream withoutCidSets(OutputStream out) {
        // buffered: the bytes around each '/' go out one at a time
        return new CidSetBlanking(new BufferedOutputStream(out, 1 << 16));
    }

    /**
     * Matches {@code /CIDSet} SP digits SP digits SP {@code R} across writes, holding back the bytes of a match in
     * progress; on a full match they go out as spaces, on a mismatch as they were.
     */
    private static final class CidSetBlanking extends FilterOutputStream {

        private static final byte[] KEY = "/CIDSet ".getBytes(StandardCharsets.US_ASCII);
        /** After the key: object number, space, generation, space, R. */
        private static final int OBJECT = 0;
        private static final int GENERATION = 1;
        private static final int REFERENCE = 2;
        private static final int MOST_DIGITS = 10;

        private final byte[] held = new byte[KEY.length + 2 * MOST_DIGITS + 3];
        private int heldLength;
        /** Bytes of {@link #KEY} matched so far, or {@code KEY.length} once past it. */
        private int keyMatched;
        private int part;
        private int digits;

        CidSetBlanking(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            accept((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int end = offset + length;
            int i = offset;
            while (i < end) {
                if (heldLength == 0) {
                    // nothing held: pass on everything up to the next '/' at once
                    int slash = i;
                    while (slash < end && bytes[slash] != '/') {
                        slash++;
                    }
                    if (slash > i) {
                        out.write(bytes, i, slash - i);
                        i = slash;
                        continue;
                    }
                }
                accept(bytes[i++]);
            }
        }

        private void accept(byte b) throws IOException {
            if (heldLength == 0 && b != '/') {
                out.write(b);
                return;
            }
            held[heldLength++] = b;
            if (keyMatched < KEY.length) {
                if (b == KEY[keyMatched]) {
                    keyMatched++;
                    part = OBJECT;
                    digits = 0;
                    return;
                }
                mismatch();
                return;
            }
            boolean digit = b >= '0' && b <= '9';
            switch (part) {
                case OBJECT, GENERATION -> {
                    if (digit && digits < MOST_DIGITS) {
                        digits++;
                    } else if (b == ' ' && digits > 0) {
                        part++;
                        digits = 0;
                    } else {
                        mismatch();
                    }
                }
                default -> {
                    if (b == 'R') {
                        java.util.Arrays.fill(held, 0, heldLength, (byte) ' ');
                        out.write(held, 0, heldLength);
                        reset();
                    } else {
                        mismatch();
                    }
                }
            }
        }

        /** The held bytes are no entry: the first goes out as it was, the rest are matched again (one may begin an entry). */
        private void mismatch() throws IOException {
            byte[] again = java.util.Arrays.copyOfRange(held, 1, heldLength);
            out.write(held[0]);
            reset();
            for (byte b : again) {
                accept(b);
            }
        }

        private void reset() {
            heldLength = 0;
            keyMatched = 0;
            part = OBJECT;
            digits = 0;
        }

        @Override
        public void close() throws IOException {
            out.write(held, 0, heldLength);
            reset();
            out.flush();
        }
    }
}

package vn.parindex.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Every glyph a PDF prints, with its page, font and size in points, read back with PDFBox (SPEC §13's print rules). */
public final class PrintedGlyphs extends PDFTextStripper {

    /** One printed character. */
    public record Glyph(int page, String text, String font, float sizeInPt) {
    }

    private final List<Glyph> glyphs = new ArrayList<>();

    private PrintedGlyphs() {
        super();
    }

    public static List<Glyph> of(PDDocument document) throws IOException {
        PrintedGlyphs stripper = new PrintedGlyphs();
        stripper.setSortByPosition(false);
        stripper.getText(document);
        return stripper.glyphs;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        for (TextPosition p : positions) {
            if (!p.getUnicode().isBlank()) {
                glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getFont().getName(), p.getFontSizeInPt()));
            }
        }
        super.writeString(text, positions);
    }
}

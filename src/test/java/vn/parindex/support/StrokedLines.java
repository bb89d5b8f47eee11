package vn.parindex.support;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The straight lines a PDF page strokes, with their colour, in the coordinates of the page as shown (y up, origin at
 * the bottom left, a landscape page's {@code /Rotate} applied), read back from its content stream with PDFBox: how a
 * test sees what a vector chart or a rule drew.
 */
public final class StrokedLines {

    /** One stroked segment from (x1, y1) to (x2, y2) in colour {@code rgb} (0xRRGGBB). */
    public record Segment(int rgb, double x1, double y1, double x2, double y2) {
    }

    private StrokedLines() {
    }

    /** The segments stroked on page {@code pageIndex} (0-based) of {@code pdf}. */
    public static List<Segment> of(Path pdf, int pageIndex) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPage page = document.getPage(pageIndex);
            Collector collector = new Collector(page);
            collector.processPage(page);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            int rotation = ((page.getRotation() % 360) + 360) % 360;
            return collector.segments.stream().map(s -> shown(s, rotation, width, height)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code s} as the page is shown, turned clockwise by {@code rotation} degrees. */
    private static Segment shown(Segment s, int rotation, float width, float height) {
        return switch (rotation) {
            case 90 -> new Segment(s.rgb(), s.y1(), width - s.x1(), s.y2(), width - s.x2());
            case 180 -> new Segment(s.rgb(), width - s.x1(), height - s.y1(), width - s.x2(), height - s.y2());
            case 270 -> new Segment(s.rgb(), height - s.y1(), s.x1(), height - s.y2(), s.x2());
            default -> s;
        };
    }

    /** The segments of one colour. */
    public static List<Segment> inColour(List<Segment> segments, java.awt.Color colour) {
        return segments.stream().filter(s -> s.rgb() == (colour.getRGB() & 0xFFFFFF)).toList();
    }

    private static final class Collector extends PDFGraphicsStreamEngine {

        private final List<Segment> segments = new ArrayList<>();
        private final List<double[]> path = new ArrayList<>();
        private Point2D current = new Point2D.Double();

        Collector(PDPage page) {
            super(page);
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Double(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(new double[] {current.getX(), current.getY(), x, y});
            current = new Point2D.Double(x, y);
        }

        @Override
        public void strokePath() throws IOException {
            int rgb = getGraphicsState().getStrokingColor().toRGB();
            path.forEach(p -> segments.add(new Segment(rgb, p[0], p[1], p[2], p[3])));
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            strokePath();
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            current = p0;
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Double(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        }
    }
}

package vn.parindex.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import java.util.List;

/**
 * The page a JRC audit draws (SPEC §12): every ranked unit of a group in rank order along the x axis, its 90 % rank
 * interval (5th to 95th percentile of the replicates) as a vertical bar and its rank as a dot, rank 1 at the top.
 * Drawn as vectors straight into the PDF (JasperReports hands the exporter's Graphics2D), so the figure is as
 * reproducible as the text around it.
 */
public final class RankIntervalChart extends VectorChart {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Color INK = new Color(0x1F, 0x38, 0x64);
    private static final Color BAR = new Color(0x8E, 0xA9, 0xDB);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    /** Unit codes are written under the axis up to this many units; past it only rank ticks. */
    private static final int MOST_LABELLED = 60;

    /** One unit: its rank, the interval's ends and its code. */
    public record Point(int rank, int low, int high, String label) implements java.io.Serializable {
    }

    private final List<Point> points;
    private final int units;

    public RankIntervalChart(String id, List<Point> points) {
        super(id);
        this.points = List.copyOf(points);
        this.units = Math.max(1, points.stream().mapToInt(p -> Math.max(p.rank(), p.high())).max().orElse(1));
    }

    @Override
    void draw(Graphics2D g, Rectangle2D area) {
        boolean labelled = points.size() <= MOST_LABELLED;
        double left = area.getX() + 40;
        double top = area.getY() + 8;
        double right = area.getMaxX() - 8;
        double bottom = area.getMaxY() - (labelled ? 44 : 28);
        double width = right - left;
        double height = bottom - top;
        double step = width / Math.max(1, points.size());
        Font small = new Font(FONT, Font.PLAIN, 7);
        g.setFont(small);

        int tick = niceStep(units);
        g.setStroke(new BasicStroke(0.4f));
        for (int rank = 1; rank <= units; rank += rank == 1 && tick > 1 ? tick - 1 : tick) {
            double y = y(rank, top, height);
            g.setColor(GRID);
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(Color.DARK_GRAY);
            String text = Integer.toString(rank);
            g.drawString(text, (float) (left - 4 - g.getFontMetrics().stringWidth(text)), (float) (y + 2.5));
        }
        g.setColor(Color.DARK_GRAY);
        g.draw(new Line2D.Double(left, top, left, bottom));
        g.draw(new Line2D.Double(left, bottom, right, bottom));

        float barWidth = (float) Math.max(0.6, Math.min(4, step * 0.5));
        double dot = Math.max(1.2, Math.min(3, step * 0.35));
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = left + step * (i + 0.5);
            g.setColor(BAR);
            g.setStroke(new BasicStroke(barWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(new Line2D.Double(x, y(p.low(), top, height), x, y(p.high(), top, height)));
            g.setColor(INK);
            double y = y(p.rank(), top, height);
            g.fill(new Ellipse2D.Double(x - dot, y - dot, 2 * dot, 2 * dot));
            if (labelled) {
                g.setColor(Color.DARK_GRAY);
                AffineTransform saved = g.getTransform();
                g.translate(x + 2.5, bottom + 4);
                g.rotate(Math.PI / 2);
                g.drawString(p.label(), 0f, 0f);
                g.setTransform(saved);
            }
        }
        g.setColor(Color.DARK_GRAY);
        g.drawString("Hạng", (float) (area.getX()), (float) (top + 2));
        String axis = "Đơn vị theo thứ hạng (chấm: hạng; thanh: khoảng 90% của hạng)";
        g.drawString(axis, (float) (left + (width - g.getFontMetrics().stringWidth(axis)) / 2), (float) (area.getMaxY() - 2));
    }

    private double y(int rank, double top, double height) {
        return units == 1 ? top + height / 2 : top + height * (rank - 1) / (units - 1);
    }

    private static int niceStep(int units) {
        for (int step : new int[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
            if (units / step <= 12) {
                return step;
            }
        }
        return 2000;
    }
}

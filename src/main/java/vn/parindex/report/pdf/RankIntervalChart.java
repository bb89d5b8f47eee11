package vn.parindex.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import java.util.List;

/**
 * The page a JRC audit draws (SPEC §12, §13), as a forest plot: one line per ranked unit in rank order, its name at
 * the left, its 90 % rank interval (5th to 95th percentile of the replicates) as a horizontal bar and its rank as a
 * dot, rank 1 at the left of the axis. A group of more units than fit is drawn over several charts
 * ({@link #ROWS_PER_CHART} lines each), all on the axis of the whole group. Drawn as vectors straight into the PDF
 * (JasperReports hands the exporter's Graphics2D), so the figure is as reproducible as the text around it.
 */
public final class RankIntervalChart extends VectorChart {

    @Serial
    private static final long serialVersionUID = 1L;
    /** Lines per chart: 32 lines of 8-point names fit the chart's 390 points of height. */
    public static final int ROWS_PER_CHART = 32;
    private static final Color INK = new Color(0x21, 0x21, 0x21);
    private static final Color BAR = new Color(0x8E, 0xA9, 0xDB);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final double MOST_LABEL_WIDTH = 230;

    /** One unit: its rank, the interval's ends and its name. */
    public record Point(int rank, int low, int high, String label) implements java.io.Serializable {
    }

    private final List<Point> points;
    private final int units;

    /** {@code units}: the number of ranked units of the whole group, the axis's extent. */
    public RankIntervalChart(String id, List<Point> points, int units) {
        super(id);
        this.points = List.copyOf(points);
        this.units = Math.max(1, Math.max(units, points.stream().mapToInt(p -> Math.max(p.rank(), p.high())).max().orElse(1)));
    }

    public RankIntervalChart(String id, List<Point> points) {
        this(id, points, 1);
    }

    @Override
    void draw(Graphics2D g, Rectangle2D area) {
        Font small = font(Font.PLAIN, 8f);
        g.setFont(small);
        var metrics = g.getFontMetrics();
        double labelWidth = 0;
        for (Point p : points) {
            labelWidth = Math.max(labelWidth, metrics.stringWidth(p.label() + "  " + p.rank() + " (" + p.low() + "–" + p.high() + ")"));
        }
        labelWidth = Math.min(MOST_LABEL_WIDTH, labelWidth);
        double left = area.getX() + labelWidth + 10;
        double right = area.getMaxX() - 12;
        double top = area.getY() + 4;
        double rowHeight = Math.min(14, (area.getHeight() - 40) / Math.max(ROWS_PER_CHART, 1));
        double bottom = top + rowHeight * points.size();
        double width = right - left;

        int tick = niceStep(units);
        g.setStroke(new BasicStroke(0.4f));
        java.util.List<Integer> ticks = new java.util.ArrayList<>();
        for (int rank = 1; rank <= units; rank += rank == 1 && tick > 1 ? tick - 1 : tick) {
            ticks.add(rank);
        }
        if (ticks.get(ticks.size() - 1) != units) {
            ticks.add(units);   // the last rank is always on the axis
        }
        for (int rank : ticks) {
            double x = x(rank, left, width);
            g.setColor(GRID);
            g.draw(new Line2D.Double(x, top, x, bottom));
            g.setColor(INK);
            String text = Integer.toString(rank);
            g.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0), (float) (bottom + 10));
        }
        g.setColor(INK);
        g.draw(new Line2D.Double(left, bottom, right, bottom));

        float barHeight = (float) Math.max(1.5, rowHeight * 0.35);
        double dot = Math.max(1.5, Math.min(3, rowHeight * 0.25));
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double y = top + rowHeight * (i + 0.5);
            g.setColor(INK);
            String figures = "  " + p.rank() + " (" + p.low() + "–" + p.high() + ")";
            String label = fit(p.label(), labelWidth - metrics.stringWidth(figures), metrics) + figures;
            g.drawString(label, (float) (left - 8 - metrics.stringWidth(label)), (float) (y + 3));
            g.setColor(BAR);
            g.setStroke(new BasicStroke(barHeight, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            double low = x(p.low(), left, width);
            double high = x(p.high(), left, width);
            g.draw(new Line2D.Double(low, y, Math.max(high, low + 0.5), y));
            g.setColor(INK);
            double x = x(p.rank(), left, width);
            g.fill(new Ellipse2D.Double(x - dot, y - dot, 2 * dot, 2 * dot));
        }
        g.setColor(INK);
        String axis = "Hạng (chấm: hạng công bố; thanh: khoảng 90% của hạng)";
        g.drawString(axis, (float) (left + (width - metrics.stringWidth(axis)) / 2), (float) (bottom + 22));
    }

    /** The name cut with "…" to fit {@code room} points. */
    private static String fit(String name, double room, java.awt.FontMetrics metrics) {
        if (metrics.stringWidth(name) <= room) {
            return name;
        }
        String cut = name;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    private double x(int rank, double left, double width) {
        return units == 1 ? left + width / 2 : left + width * (rank - 1) / (units - 1);
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

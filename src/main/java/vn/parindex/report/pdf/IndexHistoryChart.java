package vn.parindex.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's last ranked years on its scorecard (SPEC §13): its index as a solid line with dots and its group's
 * average index as a dashed grey line with small squares, and under each year, aligned with its point, the index and the rank. Drawn
 * as vectors and text straight into the PDF, like {@link RankIntervalChart}.
 */
public final class IndexHistoryChart extends VectorChart {

    @Serial
    private static final long serialVersionUID = 1L;
    /** The unit's line: the blue of the unit's bars in the domain chart beside it. */
    public static final Color UNIT = new Color(0x15, 0x65, 0xC0);
    static final Color AVERAGE = new Color(0x75, 0x75, 0x75);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final double LABELS = 44;
    private static final double TABLE_ROW = 9.5;

    /**
     * One year: the unit's index, its group's average (null when unknown), both as written, and the rank as written
     * ("3/17"). A {@code baseline} year is a merged unit's: its predecessors' mean index (SPEC §13), drawn as an open
     * circle joined by a dotted line, and named in the legend.
     */
    public record Year(int year, BigDecimal index, BigDecimal groupAverage, String rankText, boolean baseline) implements java.io.Serializable {

        public Year(int year, BigDecimal index, BigDecimal groupAverage, String rankText) {
            this(year, index, groupAverage, rankText, false);
        }
    }

    /** The legend's name of a baseline point. */
    static final String BASELINE_SERIES = "Bình quân các đơn vị cũ hợp thành";

    private final List<Year> years;

    public IndexHistoryChart(String id, List<Year> years) {
        super(id);
        this.years = List.copyOf(years);
    }

    @Override
    void draw(Graphics2D g, Rectangle2D area) {
        double left = area.getX() + LABELS;
        double right = area.getMaxX() - 4;
        boolean baseline = years.stream().anyMatch(Year::baseline);
        double top = area.getY() + (baseline ? 21 : 12);
        double bottom = area.getMaxY() - 3 * TABLE_ROW - 4;
        double step = (right - left) / years.size();
        double[] range = range();
        Font small = font(Font.PLAIN, 8f);
        g.setFont(small);
        FontMetrics metrics = g.getFontMetrics();

        legend(g, area.getX() + LABELS, area.getY() + 6, baseline);
        g.setStroke(new BasicStroke(0.4f));
        for (double value : new double[] {range[0], (range[0] + range[1]) / 2, range[1]}) {
            double y = y(value, range, top, bottom);
            g.setColor(GRID);
            g.draw(new Line2D.Double(left, y, right, y));
            g.setColor(Color.DARK_GRAY);
            String text = VnFormat.integer((long) value);
            g.drawString(text, (float) (left - 3 - metrics.stringWidth(text)), (float) (y + 2));
        }
        g.setColor(Color.DARK_GRAY);
        g.draw(new Line2D.Double(left, bottom, right, bottom));

        g.setColor(AVERAGE);
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 1.5f}, 0f));
        polyline(g, range, top, bottom, left, step, true);
        for (int i = 0; i < years.size(); i++) {
            if (years.get(i).groupAverage() == null) {
                continue;
            }
            double y = y(years.get(i).groupAverage().doubleValue(), range, top, bottom);
            g.fill(new Rectangle2D.Double(x(i, left, step) - 1.1, y - 1.1, 2.2, 2.2));
        }
        g.setColor(UNIT);
        g.setStroke(new BasicStroke(1.2f));
        polyline(g, range, top, bottom, left, step, false);
        for (int i = 0; i < years.size(); i++) {
            double y = y(years.get(i).index().doubleValue(), range, top, bottom);
            java.awt.geom.Ellipse2D dot = new java.awt.geom.Ellipse2D.Double(x(i, left, step) - 1.6, y - 1.6, 3.2, 3.2);
            if (years.get(i).baseline()) {
                g.setColor(Color.WHITE);
                g.fill(dot);
                g.setColor(UNIT);
                g.setStroke(new BasicStroke(0.8f));
                g.draw(dot);
            } else {
                g.fill(dot);
            }
        }

        double row = bottom + 4 + TABLE_ROW * 0.8;
        g.setColor(Color.DARK_GRAY);
        String[] labels = {"Năm", "Chỉ số", "Hạng"};
        for (int r = 0; r < labels.length; r++) {
            g.drawString(labels[r], (float) area.getX(), (float) (row + r * TABLE_ROW));
        }
        for (int i = 0; i < years.size(); i++) {
            Year year = years.get(i);
            double x = x(i, left, step);
            String[] cells = {Integer.toString(year.year()), VnFormat.index(year.index()), year.rankText()};
            for (int r = 0; r < cells.length; r++) {
                g.setFont(r == 0 ? small.deriveFont(Font.BOLD) : small);
                String cell = cells[r];
                g.drawString(cell, (float) (x - g.getFontMetrics().stringWidth(cell) / 2.0), (float) (row + r * TABLE_ROW));
            }
        }
    }

    private void legend(Graphics2D g, double x, double y, boolean baseline) {
        if (baseline) {
            double below = y + 9;
            java.awt.geom.Ellipse2D dot = new java.awt.geom.Ellipse2D.Double(x + 5 - 1.6, below - 2 - 1.6, 3.2, 3.2);
            g.setColor(UNIT);
            g.setStroke(dotted());
            g.draw(new Line2D.Double(x, below - 2, x + 10, below - 2));
            g.setColor(Color.WHITE);
            g.fill(dot);
            g.setColor(UNIT);
            g.setStroke(new BasicStroke(0.8f));
            g.draw(dot);
            g.setColor(Color.DARK_GRAY);
            g.drawString(BASELINE_SERIES, (float) (x + 13), (float) below);
        }
        g.setColor(UNIT);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Line2D.Double(x, y - 2, x + 10, y - 2));
        g.setColor(Color.DARK_GRAY);
        g.drawString(ScorecardPdfData.UNIT_SERIES, (float) (x + 13), (float) y);
        double next = x + 13 + g.getFontMetrics().stringWidth(ScorecardPdfData.UNIT_SERIES) + 10;
        g.setColor(AVERAGE);
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 1.5f}, 0f));
        g.draw(new Line2D.Double(next, y - 2, next + 10, y - 2));
        g.setColor(Color.DARK_GRAY);
        g.drawString(ScorecardPdfData.AVERAGE_SERIES, (float) (next + 13), (float) y);
    }

    /**
     * One segment per pair of consecutive years: a year the unit was not ranked breaks the line (its points stay), and a
     * single year is a dot only.
     */
    private void polyline(Graphics2D g, double[] range, double top, double bottom, double left, double step, boolean average) {
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i).year() != years.get(i - 1).year() + 1) {
                continue;
            }
            BigDecimal fromValue = average ? years.get(i - 1).groupAverage() : years.get(i - 1).index();
            BigDecimal toValue = average ? years.get(i).groupAverage() : years.get(i).index();
            if (fromValue == null || toValue == null) {
                continue;
            }
            java.awt.Stroke stroke = g.getStroke();
            if (!average && years.get(i - 1).baseline()) {
                g.setStroke(dotted());   // from the predecessors' mean to the unit's own first year
            }
            g.draw(new Line2D.Double(x(i - 1, left, step), y(fromValue.doubleValue(), range, top, bottom), x(i, left, step),
                    y(toValue.doubleValue(), range, top, bottom)));
            g.setStroke(stroke);
        }
    }

    /** Bounds on tens around every value drawn, at least 20 points apart (so a small change looks small), within 0–100. */
    private double[] range() {
        double low = 100;
        double high = 0;
        for (Year year : years) {
            for (BigDecimal value : java.util.Arrays.asList(year.index(), year.groupAverage())) {
                if (value == null) {
                    continue;
                }
                low = Math.min(low, value.doubleValue());
                high = Math.max(high, value.doubleValue());
            }
        }
        low = Math.floor(low / 10) * 10;
        high = Math.ceil(high / 10) * 10;
        if (high - low < 20) {
            high = Math.min(100, low + 20);
            low = high - 20;
        }
        return new double[] {low, high};
    }

    private static BasicStroke dotted() {
        return new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {1f, 1.5f}, 0f);
    }

    private static double x(int i, double left, double step) {
        return left + step * (i + 0.5);
    }

    private static double y(double value, double[] range, double top, double bottom) {
        return bottom - (value - range[0]) / (range[1] - range[0]) * (bottom - top);
    }
}

package vn.parindex.report.pdf;

import java.awt.Color;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;

/**
 * Colours the bars of the ranking chart by band. The chart has one series per band, so every bar is coloured
 * by the band of its unit; the colour of a band comes from the {@code bandColors} field of the group being
 * drawn (the same band keeps the same colour wherever it appears in the group). Also fixes the value axis
 * to 0–100 and drops JFreeChart's gradients and shadows.
 */
public final class BandColorCustomizer extends JRAbstractChartCustomizer {

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        if (!(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Color> colors = (Map<String, Color>) getFieldValue("bandColors");
        if (plot.getRenderer() instanceof BarRenderer renderer) {
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setDrawBarOutline(false);
            renderer.setMaximumBarWidth(0.05);
            CategoryDataset dataset = plot.getDataset();
            if (dataset != null && colors != null) {
                for (int series = 0; series < dataset.getRowCount(); series++) {
                    Color color = colors.get(String.valueOf(dataset.getRowKey(series)));
                    if (color != null) {
                        renderer.setSeriesPaint(series, color);
                    }
                }
            }
        }
        if (plot.getRangeAxis() instanceof NumberAxis axis) {
            axis.setRange(0, 100);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBBBBBB));
    }
}

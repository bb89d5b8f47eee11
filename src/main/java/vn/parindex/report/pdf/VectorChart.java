package vn.parindex.report.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import net.sf.jasperreports.renderers.Renderable;

/**
 * A figure drawn as vectors (and text) straight into the PDF: JasperReports hands the exporter's Graphics2D, so the
 * figure is as reproducible as the text around it. Each draw gets its own copy of the graphics state.
 */
abstract class VectorChart implements Renderable, Graphics2DRenderable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FONT = "DejaVu Sans";

    private final String id;

    VectorChart(String id) {
        this.id = id;
    }

    @Override
    public final String getId() {
        return id;
    }

    @Override
    public final void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            draw(g2, area);
        } finally {
            g2.dispose();
        }
    }

    abstract void draw(Graphics2D g, Rectangle2D area);
}

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
    static final String FONT = "Liberation Serif";

    /**
     * The embedded serif as an AWT font, from the font extension's files (SPEC §13: one family throughout). A plain
     * {@code new Font("Liberation Serif", …)} would be whatever the machine has under that name, often a fallback
     * without the Vietnamese letters.
     */
    static java.awt.Font font(int style, float size) {
        java.awt.Font font = net.sf.jasperreports.engine.fonts.FontUtil.getInstance(ReportTemplates.CONTEXT)
                        .getAwtFontFromBundles(FONT, style, size, java.util.Locale.forLanguageTag("vi-VN"), true);
        return font != null ? font : new java.awt.Font(FONT, style, Math.round(size));
    }

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

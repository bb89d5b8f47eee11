package vn.parindex.report.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignTextElement;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.fonts.FontUtil;
import vn.parindex.report.model.OfficialHeading;

/**
 * The official heading block of SPEC §13 ({@code /reports/official-heading.jrxml}) for a master template: the
 * parameters that print it in the master's title band, on the first page only, where it takes the place of the
 * running header ({@link RunningHeaderScriptlet}). Compiled per heading, to lay out its two rules as the decree
 * draws them: under the issuer 1/3 to 1/2 of the issuer's line, under the motto the motto's length.
 */
public final class HeadingTemplate {

    /** Whether the title band prints the heading (and the first page drops its running header). */
    public static final String SHOW_HEADING = "SHOW_HEADING";

    private static final double ISSUER_RULE = 0.4;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private HeadingTemplate() {
    }

    /** The master's parameters for {@code heading} across {@code width} points (the master's column width). */
    public static Map<String, Object> parameters(OfficialHeading heading, int width) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(SHOW_HEADING, Boolean.TRUE);
        parameters.put("HEADING_REPORT", ReportTemplates.compile("official-heading", design -> layout(design, heading, width)));
        parameters.put("AUTHORITY", heading.authority());
        parameters.put("ISSUER", heading.issuer());
        return parameters;
    }

    static JasperDesign layout(JasperDesign design, OfficialHeading heading, int width) {
        JRDesignTextElement issuer = (JRDesignTextElement) element(design, "issuer");
        int leftColumn = issuer.getX() + issuer.getWidth();
        int shift = width - design.getPageWidth();
        design.setPageWidth(width);
        design.setColumnWidth(width);
        for (JRElement e : design.getTitle().getElements()) {
            if (e.getX() >= leftColumn) {
                ((JRDesignElement) e).setX(e.getX() + shift);
            }
        }
        centreUnder(element(design, "issuerRule"), issuer, width(heading.issuer(), issuer) * ISSUER_RULE);
        JRDesignStaticText motto = (JRDesignStaticText) element(design, "motto");
        centreUnder(element(design, "mottoRule"), motto, width(motto.getText(), motto));
        return design;
    }

    private static JRDesignElement element(JasperDesign design, String key) {
        JRElement found = design.getTitle().getElementByKey(key);
        if (found == null) {
            throw new IllegalStateException("official-heading.jrxml has no element '" + key + "'");
        }
        return (JRDesignElement) found;
    }

    /** The text's width in the element's font, at most the element's width (a longer text is set smaller to fit). */
    private static double width(String text, JRDesignTextElement element) {
        Font font = FontUtil.getInstance(ReportTemplates.CONTEXT).getAwtFont(element, Locale.forLanguageTag("vi-VN"));
        return Math.min(element.getWidth(), font.getStringBounds(text, MEASURE).getWidth());
    }

    private static void centreUnder(JRDesignElement rule, JRDesignElement text, double length) {
        int width = (int) Math.round(length);
        rule.setWidth(width);
        rule.setX(text.getX() + (text.getWidth() - width) / 2);
    }
}

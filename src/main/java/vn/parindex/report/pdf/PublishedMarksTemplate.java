package vn.parindex.report.pdf;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignParameter;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.PositionTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;
import net.sf.jasperreports.engine.type.VerticalTextAlignEnum;
import vn.parindex.report.model.PublishedMarks;

/**
 * A master template ({@code ranking}, {@code scorecards}) with the marks of a published version (SPEC §15), added to
 * its design when it is compiled, so the templates themselves stay as they are: the provisional mark in the page
 * footer (every page), the decision line under the element showing {@code titleExpression}, the place-and-date
 * line in the title band under the heading's motto (the heading's right column).
 */
public final class PublishedMarksTemplate {

    static final String MARK = "PUBLISHED_MARK";
    static final String DECISION = "PUBLISHED_DECISION";
    static final String PLACE_DATE = "PUBLISHED_PLACE_DATE";
    private static final Color RED = new Color(0xC6, 0x28, 0x28);
    /** The width of the heading's right column (official-heading.jrxml: nation and motto). */
    private static final int MOTTO_COLUMN = 323;

    private PublishedMarksTemplate() {
    }

    public static JasperReport compile(String name, String titleExpression, PublishedMarks marks) {
        return ReportTemplates.compile(name, design -> {
            try {
                edit(design, titleExpression, marks);
            } catch (JRException e) {
                throw new IllegalStateException("cannot add the published version's marks to " + name + ": " + e.getMessage(), e);
            }
            return design;
        });
    }

    public static Map<String, Object> parameters(PublishedMarks marks) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(MARK, marks.provisionalMark());
        parameters.put(DECISION, marks.decisionLine());
        parameters.put(PLACE_DATE, marks.placeDateLine());
        return parameters;
    }

    private static void edit(JasperDesign design, String titleExpression, PublishedMarks marks) throws JRException {
        int width = design.getColumnWidth();
        for (String name : new String[] {MARK, DECISION, PLACE_DATE}) {
            JRDesignParameter parameter = new JRDesignParameter();
            parameter.setName(name);
            parameter.setValueClass(String.class);
            design.addParameter(parameter);
        }
        if (marks.provisionalMark() != null) {
            JRDesignBand footer = (JRDesignBand) design.getPageFooter();
            int top = footer.getHeight();
            footer.setHeight(top + 14);
            footer.addElement(text(MARK, 0, top + 1, width, 12, 8.5f, true, false, RED, null));
        }
        if (marks.decisionLine() != null) {
            insertUnder(design, titleExpression, text(DECISION, 0, 0, width, 14, 9.5f, false, true, Color.BLACK, null));
        }
        if (marks.placeDateLine() != null && design.getTitle() != null) {
            JRDesignBand title = (JRDesignBand) design.getTitle();
            int bottom = 0;
            for (JRElement e : title.getElements()) {
                bottom = Math.max(bottom, e.getY() + e.getHeight());
            }
            title.addElement(text(PLACE_DATE, width - MOTTO_COLUMN, bottom + 2, MOTTO_COLUMN, 16, 13f, false, true, Color.BLACK,
                    "Liberation Serif"));
            title.setHeight(Math.max(title.getHeight(), bottom + 22));
        }
    }

    /** Puts {@code line} under the element showing {@code expression}, moving what lies below it down. */
    private static void insertUnder(JasperDesign design, String expression, JRDesignTextField line) {
        for (JRBand band : design.getDetailSection().getBands()) {
            for (JRElement e : band.getElements()) {
                if (e instanceof JRTextField field && field.getExpression() != null && expression.equals(field.getExpression().getText())) {
                    int below = e.getY() + e.getHeight();
                    int shift = line.getHeight() + 2;
                    for (JRElement other : band.getElements()) {
                        if (other.getY() >= below) {
                            ((JRDesignElement) other).setY(other.getY() + shift);
                        }
                    }
                    line.setX(e.getX());
                    line.setY(below + 1);
                    line.setWidth(Math.max(e.getWidth(), design.getColumnWidth() - e.getX()));
                    line.setPositionType(PositionTypeEnum.FLOAT);
                    JRDesignBand designBand = (JRDesignBand) band;
                    designBand.setHeight(band.getHeight() + shift);
                    designBand.addElement(line);
                    return;
                }
            }
        }
        throw new IllegalStateException("no element shows " + expression + " to put the decision line under");
    }

    private static JRDesignTextField text(String parameter, int x, int y, int width, int height, float size, boolean bold,
            boolean italic, Color color, String font) {
        JRDesignTextField field = new JRDesignTextField();
        field.setExpression(new JRDesignExpression("$P{" + parameter + "}"));
        field.setX(x);
        field.setY(y);
        field.setWidth(width);
        field.setHeight(height);
        field.setFontSize(size);
        field.setBold(bold);
        field.setItalic(italic);
        field.setForecolor(color);
        if (font != null) {
            field.setFontName(font);
        }
        field.setHorizontalTextAlign(HorizontalTextAlignEnum.CENTER);
        field.setVerticalTextAlign(VerticalTextAlignEnum.MIDDLE);
        field.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
        field.setBlankWhenNull(true);
        return field;
    }
}

package vn.parindex.report.pdf;

import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JasperDesign;

/**
 * The ranking table with room for rank intervals (SPEC §12: {@code 12 (10–15)}): the same template as without them,
 * its rank column widened at the expense of the unit name's, so a ranking without the analysis keeps its exact layout.
 */
public final class WideRankColumn {

    private static final int RANK_WIDTH = 32;
    private static final int CODE_X = 32;
    private static final int NAME_X = 84;
    private static final int WIDER_BY = 44;

    private WideRankColumn() {
    }

    public static JasperDesign apply(JasperDesign design) {
        widen(design.getColumnHeader());
        for (JRBand band : design.getDetailSection().getBands()) {
            widen(band);
        }
        return design;
    }

    private static void widen(JRBand band) {
        for (JRElement element : band.getElements()) {
            if (element.getX() == 0 && element.getWidth() == RANK_WIDTH) {
                element.setWidth(RANK_WIDTH + WIDER_BY);
                if (element instanceof JRDesignStaticText title) {
                    title.setText("Hạng (khoảng 90%)");
                }
            } else if (element.getX() == CODE_X) {
                ((net.sf.jasperreports.engine.design.JRDesignElement) element).setX(CODE_X + WIDER_BY);
            } else if (element.getX() == NAME_X) {
                ((net.sf.jasperreports.engine.design.JRDesignElement) element).setX(NAME_X + WIDER_BY);
                element.setWidth(element.getWidth() - WIDER_BY);
            }
        }
    }
}

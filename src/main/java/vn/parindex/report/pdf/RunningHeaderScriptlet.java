package vn.parindex.report.pdf;

import net.sf.jasperreports.engine.JRDefaultScriptlet;
import net.sf.jasperreports.engine.JRScriptletException;

/**
 * Sets {@code RUNNING_HEADER}, the page header's print condition, at each new page: true, except on the first
 * page when the title band prints the official heading ({@code SHOW_HEADING}, SPEC §13), which takes its place.
 */
public class RunningHeaderScriptlet extends JRDefaultScriptlet {

    static final String RUNNING_HEADER = "RUNNING_HEADER";

    private int pagesBegun;

    @Override
    public void afterPageInit() throws JRScriptletException {
        pagesBegun++;
        boolean heading = pagesBegun == 1 && Boolean.TRUE.equals(getParameterValue(HeadingTemplate.SHOW_HEADING));
        setVariableValue(RUNNING_HEADER, !heading);
    }

    /** The pages this fill has begun, this one included. */
    protected int pagesBegun() {
        return pagesBegun;
    }
}

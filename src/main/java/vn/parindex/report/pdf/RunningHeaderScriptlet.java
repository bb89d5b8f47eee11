package vn.parindex.report.pdf;

import net.sf.jasperreports.engine.JRDefaultScriptlet;
import net.sf.jasperreports.engine.JRScriptletException;

/**
 * Sets {@code RUNNING_HEADER}, the page header's print condition, at each new page: true, except on the first
 * page when the title band prints the official heading ({@code SHOW_HEADING}, SPEC §13), which takes its place.
 */
public class RunningHeaderScriptlet extends JRDefaultScriptlet {

    static final String RUNNING_HEADER = "RUNNING_HEADER";
    /** A report that draws the heading on every page (the scorecards: each card a document of its own) has no running header then. */
    public static final String HEADING_ON_EVERY_PAGE = "HEADING_ON_EVERY_PAGE";

    private int pagesBegun;

    @Override
    public void afterPageInit() throws JRScriptletException {
        pagesBegun++;
        boolean shown = Boolean.TRUE.equals(getParameterValue(HeadingTemplate.SHOW_HEADING));
        boolean heading = shown && (pagesBegun == 1 || Boolean.TRUE.equals(getParameterValue(HEADING_ON_EVERY_PAGE, false)));
        setVariableValue(RUNNING_HEADER, !heading);
    }

    /** The pages this fill has begun, this one included. */
    protected int pagesBegun() {
        return pagesBegun;
    }
}

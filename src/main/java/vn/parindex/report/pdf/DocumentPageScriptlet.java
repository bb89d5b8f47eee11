package vn.parindex.report.pdf;

import net.sf.jasperreports.engine.JRScriptletException;

/**
 * Numbers a part's pages within the whole document: {@code DOCUMENT_PAGE} = the pages this part has begun
 * plus {@code PAGES_BEFORE}, the pages of the parts exported before it. A scriptlet, because the templates hold
 * no compiled expressions (no Java compiler at runtime), and a sum is one. (PAGE_NUMBER itself is not yet
 * advanced when a new page is initialised, so the scriptlet counts the pages it sees begin.) It also sets the
 * running header's condition ({@link RunningHeaderScriptlet}).
 */
public class DocumentPageScriptlet extends RunningHeaderScriptlet {

    static final String PAGES_BEFORE = "PAGES_BEFORE";
    static final String DOCUMENT_PAGE = "DOCUMENT_PAGE";

    @Override
    public void afterPageInit() throws JRScriptletException {
        super.afterPageInit();
        Object before = getParameterValue(PAGES_BEFORE);
        setVariableValue(DOCUMENT_PAGE, pagesBegun() + (before instanceof Integer b ? b : 0));
    }
}

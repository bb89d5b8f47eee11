package vn.parindex.template;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A new template workbook whose document properties name the product, never a person or a machine. */
final class TemplateWorkbooks {

    private TemplateWorkbooks() {
    }

    static XSSFWorkbook create(String title) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        core.setCreator("parindex");
        core.setTitle(title);
        workbook.getProperties().getExtendedProperties().setApplication("parindex");
        return workbook;
    }
}

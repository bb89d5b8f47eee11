package vn.parindex.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a template workbook. Reference cells (filled in by the template) are grey and locked;
 * the cells staff fill in are pale yellow and unlocked, so that a sheet can be protected if an office wants it.
 * Columns carry a default style without fill: Text ({@code @}) for codes and free text, so that what staff type
 * below the rows keeps leading zeros and dots.
 */
final class TemplateStyles {

    static final String TEXT = "@";
    private static final byte[] GREY = {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2};
    private static final byte[] HEADER = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};
    private static final byte[] YELLOW = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};

    final XSSFCellStyle header;
    final XSSFCellStyle referenceText;
    final XSSFCellStyle referenceWrapped;
    final XSSFCellStyle referenceNumber;
    final XSSFCellStyle referenceYear;
    final XSSFCellStyle inputScore;
    final XSSFCellStyle inputText;
    final XSSFCellStyle columnText;
    final XSSFCellStyle columnTextUnlocked;
    final XSSFCellStyle columnScore;
    final XSSFCellStyle title;
    final XSSFCellStyle paragraph;

    TemplateStyles(XSSFWorkbook workbook) {
        short text = workbook.createDataFormat().getFormat(TEXT);
        short general = 0;
        short wholeNumber = workbook.createDataFormat().getFormat("0");
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);

        header = style(workbook, text, HEADER, true);
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
        referenceText = style(workbook, text, GREY, true);
        referenceWrapped = style(workbook, text, GREY, true);
        referenceWrapped.setWrapText(true);
        referenceNumber = style(workbook, general, GREY, true);
        referenceYear = style(workbook, wholeNumber, GREY, true);
        inputScore = style(workbook, general, YELLOW, false);
        inputText = style(workbook, text, YELLOW, false);
        inputText.setWrapText(true);
        columnText = style(workbook, text, null, true);
        columnTextUnlocked = style(workbook, text, null, false);
        columnScore = style(workbook, general, null, false);
        title = style(workbook, general, null, true);
        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title.setFont(big);
        paragraph = style(workbook, general, null, true);
        paragraph.setWrapText(true);
    }

    private static XSSFCellStyle style(XSSFWorkbook workbook, short format, byte[] fill, boolean locked) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        style.setLocked(locked);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (fill != null) {
            style.setFillForegroundColor(new XSSFColor(fill, new DefaultIndexedColorMap()));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    static boolean isText(CellStyle style) {
        return TEXT.equals(style.getDataFormatString());
    }
}

package vn.parindex.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first worksheet of a template, the one the job reads: the header in row 1 (bold, frozen), then one row per
 * line to fill. Each column has a role that fixes its cell type and style; the one {@link Role#SCORE} column is
 * left empty and carries a decimal validation from 0 to the row's maximum points.
 */
final class DataSheet {

    enum Role {
        /** the assessment year, a number cell */
        YEAR,
        /** a code: a text cell, and the column formatted as Text */
        CODE,
        /** a name shown for reference: a text cell */
        NAME,
        /** a number shown for reference (maximum points, the current self score); empty when null */
        NUMBER,
        /** the score staff enter: empty, unlocked, validated */
        SCORE,
        /** free text staff may enter: empty, unlocked, formatted as Text */
        TEXT
    }

    /**
     * {@code name} is the contract's column name; the header cell reads {@code <title> (<name>)}, which the reader
     * matches by the name in the parentheses (SPEC §11).
     */
    record Column(String name, String title, Role role, int width) {

        String header() {
            return title + " (" + name + ")";
        }
    }

    private static final int WIDTH_UNIT = 256;

    private final XSSFSheet sheet;
    private final TemplateStyles styles;
    private final List<Column> columns;
    private final int scoreColumn;
    /** the sheet rows of each maximum, for one validation per distinct maximum */
    private final Map<BigDecimal, List<Integer>> rowsByMaximum = new TreeMap<>();

    DataSheet(XSSFWorkbook workbook, TemplateStyles styles, String name, List<Column> columns) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.columns = List.copyOf(columns);
        this.scoreColumn = columns.stream().map(Column::role).toList().indexOf(Role.SCORE);
        XSSFRow header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            sheet.setColumnWidth(i, column.width() * WIDTH_UNIT);
            switch (column.role()) {
                case CODE, NAME -> sheet.setDefaultColumnStyle(i, styles.columnText);
                case TEXT -> sheet.setDefaultColumnStyle(i, styles.columnTextUnlocked);
                case SCORE -> sheet.setDefaultColumnStyle(i, styles.columnScore);
                case YEAR, NUMBER -> { }
            }
            XSSFCell cell = header.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
        // reference cells are locked, the cells to fill in are not; no password: an office that must delete a row can
        // lift the protection (Review › Unprotect Sheet); filters and column widths stay usable
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
    }

    /**
     * Adds a row; {@code values} has one entry per column ({@code Integer} for the year, {@code String} for codes
     * and names, {@code BigDecimal} or null for numbers, null for the columns staff fill in).
     */
    void addRow(BigDecimal maxPoints, Object... values) {
        int index = sheet.getLastRowNum() + 1;
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < columns.size(); i++) {
            XSSFCell cell = row.createCell(i);
            Object value = values[i];
            switch (columns.get(i).role()) {
                case YEAR -> {
                    cell.setCellValue(((Integer) value).doubleValue());
                    cell.setCellStyle(styles.referenceYear);
                }
                case CODE -> {
                    cell.setCellValue((String) value);
                    cell.setCellStyle(styles.referenceText);
                }
                case NAME -> {
                    cell.setCellValue((String) value);
                    cell.setCellStyle(styles.referenceWrapped);
                }
                case NUMBER -> {
                    if (value != null) {
                        cell.setCellValue(((BigDecimal) value).doubleValue());
                    }
                    cell.setCellStyle(styles.referenceNumber);
                }
                case SCORE -> cell.setCellStyle(styles.inputScore);
                case TEXT -> cell.setCellStyle(styles.inputText);
            }
        }
        rowsByMaximum.computeIfAbsent(maxPoints.stripTrailingZeros(), m -> new ArrayList<>()).add(index);
    }

    /** Adds the score validations; call once, after the last row. */
    void finish(String scoreName) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        for (Map.Entry<BigDecimal, List<Integer>> entry : rowsByMaximum.entrySet()) {
            String max = entry.getKey().toPlainString();
            String shown = max.replace('.', ',');   // as Excel shows it under Vietnamese settings
            CellRangeAddressList cells = new CellRangeAddressList();
            List<Integer> rows = entry.getValue();
            int first = rows.get(0);
            for (int i = 1; i <= rows.size(); i++) {
                if (i == rows.size() || rows.get(i) != rows.get(i - 1) + 1) {
                    cells.addCellRangeAddress(first, scoreColumn, rows.get(i - 1), scoreColumn);
                    if (i < rows.size()) {
                        first = rows.get(i);
                    }
                }
            }
            DataValidationConstraint decimal = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", max);
            DataValidation validation = helper.createValidation(decimal, cells);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.setShowErrorBox(true);
            validation.createErrorBox("Điểm không hợp lệ",
                    scoreName + " phải là một số từ 0 đến " + shown + " (điểm tối đa của tiêu chí), tối đa 4 chữ số thập phân.");
            validation.setShowPromptBox(true);
            validation.createPromptBox(scoreName, "Nhập một số từ 0 đến " + shown + ".");
            validation.setEmptyCellAllowed(true);
            sheet.addValidationData(validation);
        }
    }
}

package vn.parindex.intake;

import java.util.Locale;

/**
 * Spreadsheet files the job does not read but does not ignore either (SPEC §2, §10 {@code FORMAT}): staff who
 * drop one are told, in their rejected file's report, how to save it instead. ({@code .xlsx} is read, §11.)
 */
enum SpreadsheetFormat {
    XLS(".xls", "Excel 97–2003 (.xls)"),
    XLSM(".xlsm", "Excel có macro (.xlsm)"),
    ODS(".ods", "OpenDocument (.ods)");

    private final String extension;
    private final String description;

    SpreadsheetFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    /** The format a file name announces, or null for any other name. */
    static SpreadsheetFormat of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (SpreadsheetFormat format : values()) {
            if (name.endsWith(format.extension)) {
                return format;
            }
        }
        return null;
    }

    String advice() {
        return "Tệp dạng " + description + " không được nhận. Hãy mở tệp, chọn Lưu thành (Save As) với kiểu"
                + " 'Sổ làm việc Excel (*.xlsx)' hoặc 'CSV UTF-8 (Comma delimited) (*.csv)' rồi nộp tệp đó.";
    }
}

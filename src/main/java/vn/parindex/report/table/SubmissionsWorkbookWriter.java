package vn.parindex.report.table;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.parindex.collection.DataKind;
import vn.parindex.collection.EvidenceGap;
import vn.parindex.collection.GroupStatus;
import vn.parindex.collection.KindStatus;
import vn.parindex.collection.Rejection;
import vn.parindex.collection.UnitStatus;
import vn.parindex.collection.YearStatus;
import vn.parindex.installation.AtomicFiles;

/**
 * {@code submissions-<year>.xlsx} (SPEC §16): a sheet per group, named by the group's name, one row per active unit
 * expected (the facts of {@code parindex status}: per kind its state, file and date, counts, the last rejected file),
 * overdue rows filled light red with "Quá hạn" in their status, then the sheet {@value #NO_EVIDENCE} listing the
 * self-assessment rows that claim points without evidence. Typed cells (text, whole numbers, dates), a bold frozen
 * header and filters; the same bytes for the same status.
 */
public final class SubmissionsWorkbookWriter {

    static final String NO_EVIDENCE = "Thiếu tài liệu kiểm chứng";
    static final String COMPLETE = "Đã nộp đủ";
    static final String INCOMPLETE = "Còn thiếu";
    static final String OVERDUE = "Quá hạn";

    private enum Type { TEXT, WHOLE, DECIMAL, DATE }

    private record Column(String title, Type type, int width) {
    }

    private SubmissionsWorkbookWriter() {
    }

    public static void write(YearStatus status, Path target) {
        AtomicFiles.write(target, out -> {
            try (Book book = new Book()) {
                for (GroupStatus group : status.groups()) {
                    book.groupSheet(group);
                }
                book.evidenceSheet(status);
                ReproducibleXlsx.write(book.workbook, out);
            }
        });
    }

    /** The workbook being written: its styles (plain and overdue) and the names given to its sheets. */
    private static final class Book implements AutoCloseable {
        final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        final SheetNames names = new SheetNames(NO_EVIDENCE);
        final CellStyle header;
        final CellStyle[] plain = new CellStyle[Type.values().length];
        final CellStyle[] marked = new CellStyle[Type.values().length];

        Book() {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            for (Type type : Type.values()) {
                plain[type.ordinal()] = style(type, false);
                marked[type.ordinal()] = style(type, true);
            }
        }

        private CellStyle style(Type type, boolean overdue) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(switch (type) {
                case TEXT -> "@";
                case WHOLE -> "#,##0";
                case DECIMAL -> "General";
                case DATE -> "dd/mm/yyyy";
            }));
            if (overdue) {
                style.setFillForegroundColor(IndexedColors.ROSE.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        }

        void groupSheet(GroupStatus group) {
            List<Column> columns = new ArrayList<>(List.of(new Column("Mã đơn vị", Type.TEXT, 12),
                    new Column("Tên đơn vị", Type.TEXT, 30), new Column("Tình trạng", Type.TEXT, 14),
                    new Column("Còn thiếu", Type.TEXT, 40)));
            for (DataKind kind : group.expectations().kinds()) {
                columns.add(new Column(kind.title(), Type.TEXT, 14));
                switch (kind) {
                    case SURVEY -> {
                        columns.add(new Column("Số người trả lời", Type.WHOLE, 12));
                        columns.add(new Column("Số người tối thiểu", Type.WHOLE, 12));
                    }
                    case DOSSIERS -> columns.add(new Column("Số hồ sơ", Type.WHOLE, 12));
                    case METRICS -> {
                        columns.add(new Column("Chỉ tiêu có số liệu", Type.WHOLE, 12));
                        columns.add(new Column("Chỉ tiêu cần có", Type.WHOLE, 12));
                    }
                    default -> {
                    }
                }
                columns.add(new Column(kind.title() + ": tệp", Type.TEXT, 28));
                columns.add(new Column(kind.title() + ": ngày nhận", Type.DATE, 12));
                columns.add(new Column(kind.title() + ": hạn nộp", Type.DATE, 12));
            }
            columns.addAll(List.of(new Column("Tệp bị từ chối gần nhất", Type.TEXT, 28), new Column("Ngày từ chối", Type.DATE, 12),
                    new Column("Mã lỗi", Type.TEXT, 16), new Column("Tiêu chí thiếu tài liệu kiểm chứng", Type.WHOLE, 14)));
            List<List<Object>> rows = new ArrayList<>();
            List<Boolean> overdue = new ArrayList<>();
            for (UnitStatus unit : group.units()) {
                List<Object> row = new ArrayList<>(java.util.Arrays.asList(unit.code(), unit.name(),
                        unit.overdue() ? OVERDUE : unit.complete() ? COMPLETE : INCOMPLETE, lacking(unit)));
                for (DataKind kind : group.expectations().kinds()) {
                    KindStatus k = unit.kind(kind);
                    row.add(k.state().label() + (k.overdue() ? ", quá hạn" : ""));
                    switch (kind) {
                        case SURVEY, METRICS -> {
                            row.add(k.count());
                            row.add(k.needed());
                        }
                        case DOSSIERS -> row.add(k.count());
                        default -> {
                        }
                    }
                    row.add(k.file() == null ? null : k.file().name());
                    row.add(k.file() == null ? null : k.file().at().toLocalDate());
                    row.add(k.deadline());
                }
                Rejection r = unit.lastRejection();
                row.add(r == null ? null : r.fileName());
                row.add(r == null ? null : r.at().toLocalDate());
                row.add(r == null ? null : r.code());
                row.add((long) unit.evidenceGaps().size());
                rows.add(row);
                overdue.add(unit.overdue());
            }
            fill(workbook.createSheet(names.next(RankingWorkbookWriter.sheetName(group.code(), java.util.Map.of(group.code(), group.name())))),
                    columns, rows, overdue);
        }

        void evidenceSheet(YearStatus status) {
            List<Column> columns = List.of(new Column("Nhóm", Type.TEXT, 24), new Column("Mã đơn vị", Type.TEXT, 12),
                    new Column("Tên đơn vị", Type.TEXT, 30), new Column("Mã tiêu chí", Type.TEXT, 12),
                    new Column("Tên tiêu chí", Type.TEXT, 50), new Column("Điểm tự chấm", Type.DECIMAL, 12),
                    new Column("Tệp", Type.TEXT, 28), new Column("Dòng", Type.WHOLE, 8));
            List<List<Object>> rows = new ArrayList<>();
            for (GroupStatus group : status.groups()) {
                for (UnitStatus unit : group.units()) {
                    for (EvidenceGap gap : unit.evidenceGaps()) {
                        rows.add(java.util.Arrays.asList(group.name(), unit.code(), unit.name(), gap.criterionCode(), gap.criterionName(),
                                gap.selfScore(), gap.fileName(), gap.line()));
                    }
                }
            }
            fill(workbook.createSheet(names.kept(NO_EVIDENCE)), columns, rows, java.util.Collections.nCopies(rows.size(), false));
        }

        private void fill(SXSSFSheet sheet, List<Column> columns, List<List<Object>> rows, List<Boolean> overdue) {
            Row titles = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, columns.get(i).width() * 256);
                Cell cell = titles.createCell(i);
                cell.setCellValue(columns.get(i).title());
                cell.setCellStyle(header);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                CellStyle[] styles = overdue.get(r) ? marked : plain;
                for (int i = 0; i < columns.size(); i++) {
                    Object value = rows.get(r).get(i);
                    Type type = columns.get(i).type();
                    if (value == null && !overdue.get(r)) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    cell.setCellStyle(styles[type.ordinal()]);
                    if (value instanceof Long n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                    } else if (value instanceof LocalDateTime t) {
                        cell.setCellValue(t.toLocalDate());
                    } else if (value instanceof java.math.BigDecimal b) {
                        cell.setCellValue(Double.parseDouble(b.toPlainString()));
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, columns.size() - 1));
        }

        @Override
        public void close() {
            TableWorkbook.close(workbook);
        }
    }

    /** What a unit still lacks, in words: "thẩm định (quá hạn); khảo sát người dân (chưa đủ)". */
    static String lacking(UnitStatus unit) {
        List<String> parts = new ArrayList<>();
        for (KindStatus k : unit.lacking()) {
            parts.add(k.kind().noun() + " (" + (k.overdue() ? "quá hạn" : k.state().label()) + ")");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}

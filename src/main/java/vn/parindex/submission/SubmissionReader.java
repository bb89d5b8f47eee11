package vn.parindex.submission;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.parindex.csv.CsvFileReader;
import vn.parindex.csv.CsvFormatException;
import vn.parindex.csv.CsvHeader;
import vn.parindex.csv.CsvRow;
import vn.parindex.csv.RowSource;
import vn.parindex.workbook.XlsxFileReader;

/**
 * Reads one file whole: recognises its kind from the header, checks every row against its contract and the
 * warehouse's reference data, and hands each valid record to a sink while the file is still error-free. The
 * caller keeps whatever the sink did only when {@link Result#errors()} is empty.
 */
public final class SubmissionReader {

    /** Receives the valid records of a file; {@code begin} is called once the kind is known. */
    public interface Sink {
        default void begin(Kind kind) {
        }

        void accept(Object record);

        /**
         * True when the sink finds repeated keys itself (bulk loads of millions of rows), so the reader keeps no
         * set of keys in memory and hands it every valid record, even after an error; asked after {@link #begin}.
         */
        default boolean detectsDuplicateKeys() {
            return false;
        }
    }

    /** {@code named}: the year and unit the rows name, as written (for attributing a rejected file, SPEC §16). */
    public record Result(Kind kind, long rows, FileErrors errors, NamedUnit named) {
        public Result(Kind kind, long rows, FileErrors errors) {
            this(kind, rows, errors, new NamedUnit());
        }

        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    /** The kind of {@code file} from its header alone, or null when it cannot be told (no or several signatures). */
    public static Kind peekKind(Path file) {
        try (RowSource csv = open(file)) {
            return kindOf(csv.header());
        } catch (CsvFormatException e) {
            return null;
        }
    }

    /** The kind a header announces, or null when it announces none or several. */
    public static Kind kindOf(CsvHeader header) {
        List<Kind> kinds = Kind.recognise(header.names().stream().map(Columns::normalise).toList());
        return kinds.size() == 1 ? kinds.get(0) : null;
    }

    public static Result read(Path file, ReferenceData reference, Sink sink) {
        FileErrors errors = new FileErrors();
        try (RowSource csv = open(file)) {
            CsvHeader header = csv.header();
            Kind kind = kind(header, errors);
            if (kind == null) {
                return new Result(null, 0, errors);
            }
            SubmissionContract<?> contract = Contracts.forKind(kind);
            Columns columns = Columns.map(header.names(), header.line(), contract, errors);
            if (!errors.isEmpty()) {
                return new Result(kind, 0, errors);
            }
            sink.begin(kind);
            NamedUnit named = new NamedUnit();
            long rows = readRows(csv, columns, contract, reference, sink, errors, named);
            if (rows == 0 && errors.isEmpty()) {
                errors.add(0, "", "EMPTY", "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào. Hãy thêm dữ liệu rồi nộp lại.");
            }
            return new Result(kind, rows, errors, named);
        } catch (CsvFormatException e) {
            errors.addFirst(e.line(), "", e.code(), e.getMessage());
            return new Result(null, 0, errors);
        }
    }

    /** A workbook ({@code .xlsx}, SPEC §11) or a CSV file, by its name. */
    public static RowSource open(Path file) {
        return XlsxFileReader.handles(file) ? XlsxFileReader.open(file) : CsvFileReader.open(file);
    }

    private static Kind kind(CsvHeader header, FileErrors errors) {
        List<Kind> kinds = Kind.recognise(header.names().stream().map(Columns::normalise).toList());
        if (kinds.isEmpty()) {
            errors.add(header.line(), "", "UNKNOWN_KIND", "Không nhận ra loại tệp từ dòng tiêu đề '" + Row.quoted(String.join(",", header.names()))
                    + "'. Dòng tiêu đề phải có một cột đặc trưng: unit_name, max_points, min_index, self_score, "
                    + "appraised_score, numerator, respondent_id, reason hoặc dossier_id.");
            return null;
        }
        if (kinds.size() > 1) {
            errors.add(header.line(), "", "AMBIGUOUS_KIND", "Dòng tiêu đề có cột đặc trưng của nhiều loại tệp ("
                    + String.join(", ", kinds.stream().map(k -> k.signature() + " → " + k.code()).toList())
                    + "). Mỗi tệp chỉ chứa một loại dữ liệu: hãy tách thành các tệp riêng.");
            return null;
        }
        return kinds.get(0);
    }

    private static <R> long readRows(RowSource csv, Columns columns, SubmissionContract<R> contract,
            ReferenceData reference, Sink sink, FileErrors errors, NamedUnit named) {
        Map<Object, Long> firstLineOfKey = sink.detectsDuplicateKeys() ? null : new HashMap<>();
        int yearAt = columns.position("year");
        int unitAt = columns.position("unit_code");
        long rows = 0;
        while (csv.hasNext()) {
            CsvRow csvRow = csv.next();
            rows++;
            List<String> values = csvRow.values();
            named.note(yearAt >= 0 && yearAt < values.size() ? values.get(yearAt) : null,
                    unitAt >= 0 && unitAt < values.size() ? values.get(unitAt) : null);
            if (csv.spreadsheet()) {
                if (!SpreadsheetCells.check(csvRow, csv.header(), errors)) {
                    continue;
                }
            } else if (csvRow.values().size() != columns.width()) {
                errors.add(csvRow.line(), "", "FIELD_COUNT", "Dòng có " + csvRow.values().size() + " trường nhưng dòng tiêu đề có "
                        + columns.width() + " cột. Hãy kiểm tra dấu phân cách thừa/thiếu hoặc đặt giá trị có dấu phân cách trong ngoặc kép.");
                continue;
            }
            if (tooLong(csvRow, csv.header().names(), errors)) {
                continue;
            }
            if (!Characters.check(csvRow, csv.header().names(), contract.kind(), columns, errors)) {
                continue;
            }
            Row row = new Row(csvRow.line(), csvRow.values(), columns, csv.numberStyle(), errors, csv.spreadsheet());
            R record = contract.read(row, reference);
            if (record == null) {
                continue;
            }
            Object key = firstLineOfKey == null ? null : contract.duplicateKey(record);
            if (key != null) {
                Long first = firstLineOfKey.putIfAbsent(key, csvRow.line());
                if (first != null) {
                    errors.addRepeatedKey(csvRow.line(), contract.duplicateKeyColumns(), key, first);
                    continue;
                }
            }
            // A sink that finds repeated keys itself gets every valid record, so repeats are reported beside other errors.
            if (errors.isEmpty() || firstLineOfKey == null) {
                sink.accept(record);
            }
        }
        contract.finish(errors);
        return rows;
    }

    private static boolean tooLong(CsvRow row, List<String> header, FileErrors errors) {
        boolean found = false;
        for (int i = 0; i < row.values().size(); i++) {
            String value = row.values().get(i);
            if (value.length() > Row.MAX_FIELD_LENGTH && Row.characters(value) > Row.MAX_FIELD_LENGTH) {
                errors.add(row.line(), header.get(i), "TOO_LONG", "Giá trị ở cột '" + header.get(i) + "' dài " + Row.characters(value)
                        + " ký tự (tối đa " + Row.MAX_FIELD_LENGTH + "), bắt đầu bằng '" + Row.prefix(value, 30)
                        + "…'. Hãy rút gọn.");
                found = true;
            }
        }
        return found;
    }
}

package vn.parindex.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.parindex.submission.Records.UnitRecord;

/**
 * Units (SPEC §3). File-wide: one group code has one {@code group_name} in a file ({@code GROUP_NAME}), and each of
 * a row's {@code predecessors} is a unit known in the warehouse or defined in the same file ({@code UNKNOWN_UNIT},
 * checked after the last row, so a predecessor may come later in the file).
 */
final class UnitsContract implements SubmissionContract<UnitRecord> {

    /** Codes in {@code predecessors} are separated by spaces (tabs and no-break spaces too). */
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\u00A0]+");

    private record GroupName(String name, long line) {
    }

    private record PendingPredecessor(long line, String unitCode, String code) {
    }

    private final Map<String, GroupName> groupNames = new HashMap<>();
    private final Set<String> codesInFile = new HashSet<>();
    private final List<PendingPredecessor> pending = new ArrayList<>();
    private ReferenceData reference;

    @Override
    public Kind kind() {
        return Kind.UNITS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("unit_code", "unit_name", "group_code");
    }

    @Override
    public UnitRecord read(Row row, ReferenceData reference) {
        String code = row.code("unit_code");
        if (code != null && reference.unit(code).isEmpty()) {
            reference.sameNumberUnitCode(code).ifPresent(known -> row.error("unit_code", "CODE", "Mã đơn vị mới '" + code
                    + "' trùng với mã đã có '" + known + "' nếu bỏ các số 0 ở đầu: có thể bảng tính đã coi mã là số và xoá"
                    + " số 0 ở đầu. Hãy định dạng cột unit_code là Văn bản (Text) rồi gõ lại mã '" + known
                    + "'; nếu đây thật là một đơn vị mới, hãy dùng một mã khác."));
        }
        String name = row.requiredText("unit_name");
        if (name != null && name.length() > 200 && Row.characters(name) > 200) {
            row.error("unit_name", "TOO_LONG", "Tên đơn vị dài " + Row.characters(name) + " ký tự, tối đa 200. Hãy rút gọn tên '"
                    + Row.prefix(name, 40) + "…'.");
        }
        String group = row.code("group_code");
        String type = row.optionalText("unit_type", 200);
        Integer from = row.optionalValidityYear("valid_from");
        Integer to = row.optionalValidityYear("valid_to");
        if (from != null && to != null && from > to) {
            row.error("valid_to", "YEAR", "Năm kết thúc " + to + " nhỏ hơn năm bắt đầu " + from
                    + ". Hãy sửa để valid_from ≤ valid_to.");
        }
        String groupName = row.optionalText("group_name", 200);
        if (groupName != null && group != null) {
            GroupName first = groupNames.putIfAbsent(group, new GroupName(groupName, row.line()));
            if (first != null && !first.name().equals(groupName)) {
                row.error("group_name", "GROUP_NAME", "Nhóm '" + group + "' có hai tên khác nhau trong cùng tệp: '" + first.name()
                        + "' (dòng " + first.line() + ") và '" + groupName + "'. Mỗi nhóm chỉ có một tên: hãy sửa cho giống nhau"
                        + " hoặc để trống group_name ở các dòng khác.");
            }
        }
        this.reference = reference;
        if (code != null) {
            codesInFile.add(code);
        }
        List<String> predecessors = predecessors(row, code);
        return row.valid() ? new UnitRecord(new UnitInfo(code, name, group, type, from, to), groupName, predecessors, row.line()) : null;
    }

    /** The codes listed in {@code predecessors}, in order, repeats dropped; shape and self checks now, existence at the end. */
    private List<String> predecessors(Row row, String code) {
        String text = row.text("predecessors").strip();
        if (text.isEmpty()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String p : SEPARATOR.split(text)) {
            if (p.isEmpty()) {
                continue;
            }
            if (!Row.isCode(p)) {
                row.error("predecessors", "CODE", "Mã '" + p + "' ở cột 'predecessors' không hợp lệ: chỉ dùng chữ cái không dấu,"
                        + " chữ số, dấu chấm, gạch ngang, gạch dưới, bắt đầu bằng chữ hoặc số, tối đa 32 ký tự; các mã cách nhau"
                        + " bằng dấu cách (không dùng dấu phẩy hay chấm phẩy).");
            } else if (p.equals(code)) {
                row.error("predecessors", "UNKNOWN_UNIT", "Đơn vị '" + p + "' không thể được hình thành từ chính nó. Hãy ghi ở"
                        + " cột 'predecessors' mã của các đơn vị cũ đã hợp nhất thành đơn vị này.");
            } else if (codes.add(p)) {
                pending.add(new PendingPredecessor(row.line(), code, p));
            }
        }
        return List.copyOf(codes);
    }

    @Override
    public void finish(FileErrors errors) {
        for (PendingPredecessor p : pending) {
            if (!codesInFile.contains(p.code()) && (reference == null || reference.unit(p.code()).isEmpty())) {
                String nearest = reference == null ? "" : reference.closestUnitCode(p.code())
                        .map(known -> " Mã gần nhất đã biết là '" + known + "'.").orElse("");
                errors.add(p.line(), "predecessors", "UNKNOWN_UNIT", "Đơn vị tiền thân '" + p.code() + "' của đơn vị '"
                        + p.unitCode() + "' chưa có trong kho dữ liệu và không có trong tệp này." + nearest
                        + " Hãy sửa mã, hoặc thêm đơn vị đó vào tệp đơn vị.");
            }
        }
    }

    @Override
    public Object duplicateKey(UnitRecord record) {
        return record.unit().code();
    }

    @Override
    public String duplicateKeyColumns() {
        return "unit_code";
    }
}

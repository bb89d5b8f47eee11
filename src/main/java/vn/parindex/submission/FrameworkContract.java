package vn.parindex.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.scoring.Criterion;
import vn.parindex.scoring.FrameworkChecks;
import vn.parindex.scoring.FrameworkProblem;
import vn.parindex.scoring.Method;
import vn.parindex.scoring.Rule;
import vn.parindex.scoring.RuleParser;
import vn.parindex.scoring.RuleSyntaxException;
import vn.parindex.submission.Records.CriterionRecord;

/** Framework rows; each (year, group) of the file must form a tree whose parents sum their children. */
final class FrameworkContract implements SubmissionContract<CriterionRecord> {

    private record YearGroup(int year, String groupCode) {
    }

    private final Map<YearGroup, List<CriterionRecord>> trees = new LinkedHashMap<>();

    @Override
    public Kind kind() {
        return Kind.FRAMEWORK;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("year", "group_code", "code", "name", "max_points", "method");
    }

    @Override
    public CriterionRecord read(Row row, ReferenceData reference) {
        Integer year = row.year("year");
        String group = row.code("group_code");
        String code = row.code("code");
        String parent = row.optionalCode("parent_code");
        String name = row.requiredText("name");
        BigDecimal max = row.number("max_points");
        if (max != null && max.signum() < 0) {
            row.error("max_points", "OUT_OF_RANGE", "Điểm tối đa " + max.toPlainString() + " của tiêu chí '" + code
                    + "' âm. Điểm tối đa phải ≥ 0.");
        }
        String methodText = row.requiredText("method");
        Method method = methodText == null ? null : Method.fromCode(methodText).orElse(null);
        if (methodText != null && method == null) {
            row.error("method", "METHOD", "Phương pháp '" + Row.quoted(methodText) + "' không hợp lệ: dùng group (tiêu chí có tiêu chí con), "
                    + "appraised, ratio hoặc survey.");
        }
        String ruleText = row.optionalText("rule");
        Rule rule = method == null ? null : rule(row, method, ruleText);
        if (!row.valid()) {
            return null;
        }
        CriterionRecord record = new CriterionRecord(year, group, new Criterion(code, parent, name, max, method, rule), ruleText, row.line());
        trees.computeIfAbsent(new YearGroup(year, group), k -> new ArrayList<>()).add(record);
        return record;
    }

    private static Rule rule(Row row, Method method, String ruleText) {
        boolean needsRule = method == Method.RATIO || method == Method.SURVEY;
        if (!needsRule) {
            if (ruleText != null) {
                row.error("rule", "RULE", "Tiêu chí phương pháp '" + method.code() + "' không dùng quy tắc, nhưng cột rule có '"
                        + Row.quoted(ruleText) + "'. Hãy để trống cột rule.");
            }
            return null;
        }
        if (ruleText == null) {
            row.error("rule", "RULE", "Tiêu chí phương pháp '" + method.code() + "' phải có quy tắc ở cột rule, ví dụ "
                    + (method == Method.RATIO ? "'metric=plan.completed; linear'." : "'questions=S1,S2; mode=share; min_responses=30'."));
            return null;
        }
        try {
            return RuleParser.parse(method, ruleText);
        } catch (RuleSyntaxException e) {
            row.error("rule", "RULE", e.getMessage());
            return null;
        }
    }

    @Override
    public Object duplicateKey(CriterionRecord record) {
        return List.of(record.year(), record.groupCode(), record.criterion().code());
    }

    @Override
    public String duplicateKeyColumns() {
        return "year, group_code, code";
    }

    @Override
    public void finish(FileErrors errors) {
        trees.forEach((key, records) -> {
            Map<String, Long> lines = new HashMap<>();
            records.forEach(r -> lines.putIfAbsent(r.criterion().code(), r.line()));
            long firstLine = records.get(0).line();
            for (FrameworkProblem problem : FrameworkChecks.check(records.stream().map(CriterionRecord::criterion).toList())) {
                long line = problem.criterionCode() == null ? firstLine : lines.getOrDefault(problem.criterionCode(), firstLine);
                errors.add(line, problem.errorCode().equals("TREE") ? "parent_code" : "max_points", problem.errorCode(),
                        "Bộ tiêu chí năm " + key.year() + " nhóm '" + key.groupCode() + "': " + problem.message());
            }
        });
    }
}

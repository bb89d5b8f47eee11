package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The tree rules of one (year, group) framework (SPEC §3, framework): parents exist, no cycles, {@code group}
 * exactly for criteria with children, parent maxima equal the sum of their children's, positive total.
 * Duplicate codes are the caller's check; here the first occurrence of a code wins.
 */
public final class FrameworkChecks {

    private FrameworkChecks() {
    }

    /** Every problem, in file order of the criteria concerned, the framework-wide one last. */
    public static List<FrameworkProblem> check(List<Criterion> criteria) {
        Map<String, Criterion> byCode = new HashMap<>();
        criteria.forEach(c -> byCode.putIfAbsent(c.code(), c));
        Map<String, List<Criterion>> children = criteria.stream()
                .filter(c -> c.parentCode() != null)
                .collect(Collectors.groupingBy(Criterion::parentCode));

        Map<String, List<String>> cycles = cycles(criteria, byCode);
        List<FrameworkProblem> problems = new ArrayList<>();
        for (Criterion c : criteria) {
            checkParent(c, byCode, cycles, problems);
            checkMethod(c, children.getOrDefault(c.code(), List.of()), problems);
            checkMaxPoints(c, children.getOrDefault(c.code(), List.of()), problems);
        }
        checkTotal(criteria, problems);
        return problems;
    }

    /** Only the problems that make the criteria unusable as a tree (everything but {@code MAX_MISMATCH}). */
    public static List<FrameworkProblem> treeProblems(List<Criterion> criteria) {
        return check(criteria).stream().filter(p -> p.errorCode().equals(FrameworkProblem.TREE)).toList();
    }

    private static void checkParent(Criterion c, Map<String, Criterion> byCode, Map<String, List<String>> cycles,
            List<FrameworkProblem> problems) {
        if (c.parentCode() == null) {
            return;
        }
        if (!byCode.containsKey(c.parentCode())) {
            problems.add(new FrameworkProblem(c.code(), FrameworkProblem.TREE, "Tiêu chí '" + c.code()
                    + "' có mã cha '" + c.parentCode() + "' nhưng không có tiêu chí nào mang mã này trong cùng bộ tiêu chí"
                    + " (cùng năm và nhóm). Sửa parent_code thành mã một tiêu chí có trong bộ, hoặc để trống nếu đây là lĩnh vực."));
            return;
        }
        List<String> cycle = cycles.get(c.code());
        if (cycle != null) {
            problems.add(new FrameworkProblem(c.code(), FrameworkProblem.TREE, "Tiêu chí '" + c.code()
                    + "' nằm trong một vòng cha–con (" + String.join(" → ", cycle) + "). Sửa parent_code để mỗi nhánh"
                    + " đi ngược lên được tới một lĩnh vực có parent_code trống."));
        }
    }

    /** The longest cycle a message spells out; a longer one is cut, with how many codes it has. */
    private static final int CYCLE_SHOWN = 12;

    /**
     * Every criterion that lies on a cycle of parents, with its cycle (in parent order). Linear in the number of
     * criteria (each is walked once, its parent being unique): a framework file is hostile input too, and
     * following every criterion's ancestors anew is quadratic in the depth.
     */
    private static Map<String, List<String>> cycles(List<Criterion> criteria, Map<String, Criterion> byCode) {
        Map<String, Integer> state = new HashMap<>();   // absent: not seen, 1: on the current walk, 2: finished
        Map<String, List<String>> onCycle = new HashMap<>();
        for (Criterion start : criteria) {
            List<String> walk = new ArrayList<>();
            Map<String, Integer> position = new HashMap<>();
            Criterion current = start;
            while (current != null && !state.containsKey(current.code())) {
                state.put(current.code(), 1);
                position.put(current.code(), walk.size());
                walk.add(current.code());
                current = current.parentCode() == null ? null : byCode.get(current.parentCode());
            }
            if (current != null && state.get(current.code()) == 1) {
                List<String> cycle = walk.subList(position.get(current.code()), walk.size());
                for (int i = 0; i < cycle.size(); i++) {
                    // each member's own rotation, cut to what a message shows: no list of the whole cycle per member
                    List<String> fromHere = new ArrayList<>();
                    for (int k = 0; k <= cycle.size() && k < CYCLE_SHOWN; k++) {
                        fromHere.add(cycle.get((i + k) % cycle.size()));
                    }
                    onCycle.put(cycle.get(i), cycle.size() < CYCLE_SHOWN ? fromHere : withLength(fromHere, cycle.size()));
                }
            }
            walk.forEach(code -> state.put(code, 2));
        }
        return onCycle;
    }

    private static List<String> withLength(List<String> shown, int length) {
        List<String> cut = new ArrayList<>(shown);
        cut.add("… (" + length + " tiêu chí)");
        return cut;
    }



    private static void checkMethod(Criterion c, List<Criterion> kids, List<FrameworkProblem> problems) {
        if (c.method() == null) {
            return;
        }
        if (c.method() == Method.GROUP && kids.isEmpty()) {
            problems.add(new FrameworkProblem(c.code(), FrameworkProblem.TREE, "Tiêu chí '" + c.code()
                    + "' có phương pháp 'group' nhưng không có tiêu chí con nào. Thêm tiêu chí con với parent_code = '"
                    + c.code() + "', hoặc đổi method thành appraised, ratio hoặc survey."));
        } else if (c.method().isLeaf() && !kids.isEmpty()) {
            problems.add(new FrameworkProblem(c.code(), FrameworkProblem.TREE, "Tiêu chí '" + c.code()
                    + "' có " + kids.size() + " tiêu chí con (" + codes(kids) + ") nhưng phương pháp là '" + c.method().code()
                    + "'. Tiêu chí có con phải có method 'group'; hoặc bỏ các tiêu chí con."));
        }
    }

    private static void checkMaxPoints(Criterion c, List<Criterion> kids, List<FrameworkProblem> problems) {
        if (kids.isEmpty() || c.maxPoints() == null || kids.stream().anyMatch(k -> k.maxPoints() == null)) {
            return;
        }
        BigDecimal sum = kids.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (c.maxPoints().compareTo(sum) != 0) {
            problems.add(new FrameworkProblem(c.code(), FrameworkProblem.MAX_MISMATCH, "Điểm tối đa của tiêu chí '"
                    + c.code() + "' là " + Decimals.plain(c.maxPoints()) + " nhưng tổng điểm tối đa các tiêu chí con ("
                    + codes(kids) + ") là " + Decimals.plain(sum) + ". Sửa max_points của '" + c.code() + "' thành "
                    + Decimals.plain(sum) + " hoặc sửa điểm các tiêu chí con cho khớp."));
        }
    }

    private static void checkTotal(List<Criterion> criteria, List<FrameworkProblem> problems) {
        BigDecimal total = criteria.stream()
                .filter(Criterion::isDomain)
                .map(Criterion::maxPoints)
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0) {
            problems.add(new FrameworkProblem(null, FrameworkProblem.MAX_MISMATCH, "Tổng điểm tối đa các lĩnh vực"
                    + " (tiêu chí có parent_code trống) là " + Decimals.plain(total)
                    + ", phải lớn hơn 0. Thêm lĩnh vực hoặc sửa max_points (thường tổng là 100)."));
        }
    }

    private static String codes(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::code).collect(Collectors.joining(", "));
    }
}

package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The criteria tree of one year and one group, criteria in file order. The constructor accepts only a usable
 * tree (unique codes and no {@code TREE} problem of {@link FrameworkChecks}); maxima are not checked here.
 */
public final class Framework {

    private final int year;
    private final String groupCode;
    private final List<Criterion> criteria;
    private final Map<String, Criterion> byCode;
    private final Map<String, List<Criterion>> childrenByCode;

    public Framework(int year, String groupCode, List<Criterion> criteria) {
        this.year = year;
        this.groupCode = groupCode;
        this.criteria = List.copyOf(criteria);
        this.byCode = new LinkedHashMap<>();
        for (Criterion c : this.criteria) {
            if (byCode.putIfAbsent(c.code(), c) != null) {
                throw new IllegalArgumentException("Duplicate criterion code '" + c.code() + "' in framework "
                        + year + "/" + groupCode);
            }
        }
        List<FrameworkProblem> problems = FrameworkChecks.treeProblems(this.criteria);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Framework " + year + "/" + groupCode + " is not a tree: "
                    + problems.stream().map(FrameworkProblem::message).collect(Collectors.joining(" ")));
        }
        this.childrenByCode = new HashMap<>();
        for (Criterion c : this.criteria) {
            childrenByCode.put(c.code(), new ArrayList<>());
        }
        for (Criterion c : this.criteria) {
            if (c.parentCode() != null) {
                childrenByCode.get(c.parentCode()).add(c);
            }
        }
        childrenByCode.replaceAll((code, kids) -> List.copyOf(kids));
    }

    public int year() {
        return year;
    }

    public String groupCode() {
        return groupCode;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    /** Top-level criteria, in file order. */
    public List<Criterion> domains() {
        return criteria.stream().filter(Criterion::isDomain).toList();
    }

    /** Direct children of {@code code}, in file order. */
    public List<Criterion> children(String code) {
        List<Criterion> kids = childrenByCode.get(code);
        if (kids == null) {
            throw new IllegalArgumentException("No criterion '" + code + "' in framework " + year + "/" + groupCode);
        }
        return kids;
    }

    /** Every leaf, depth-first: domain by domain, children in file order. */
    public List<Criterion> leaves() {
        List<Criterion> leaves = new ArrayList<>();
        domains().forEach(d -> collectLeaves(d, leaves));
        return leaves;
    }

    /** The leaves below {@code code} (itself when it is a leaf), depth-first in file order. */
    public List<Criterion> leavesUnder(String code) {
        List<Criterion> leaves = new ArrayList<>();
        collectLeaves(require(code), leaves);
        return leaves;
    }

    private void collectLeaves(Criterion c, List<Criterion> into) {
        List<Criterion> kids = childrenByCode.get(c.code());
        if (kids.isEmpty()) {
            into.add(c);
        } else {
            kids.forEach(k -> collectLeaves(k, into));
        }
    }

    /** Sum of the domains' maximum points. */
    public BigDecimal totalMax() {
        return domains().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<Criterion> criterion(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** 1 for a domain, 2 for its children, and so on. */
    public int depth(String code) {
        int depth = 1;
        for (Criterion c = require(code); c.parentCode() != null; c = byCode.get(c.parentCode())) {
            depth++;
        }
        return depth;
    }

    private Criterion require(String code) {
        Criterion c = byCode.get(code);
        if (c == null) {
            throw new IllegalArgumentException("No criterion '" + code + "' in framework " + year + "/" + groupCode);
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Framework other && year == other.year && Objects.equals(groupCode, other.groupCode)
                && criteria.equals(other.criteria);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, groupCode, criteria);
    }

    @Override
    public String toString() {
        return "Framework[year=" + year + ", groupCode=" + groupCode + ", criteria=" + criteria + "]";
    }
}

package vn.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.parindex.scoring.FrameworkTest.appraised;
import static vn.parindex.scoring.FrameworkTest.group;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkChecksTest {

    @Test
    void theExampleFrameworkHasNoProblem() {
        assertThat(FrameworkChecks.check(WorkedExampleTest.framework2024().criteria())).isEmpty();
    }

    @Test
    void anUnknownParentIsATreeProblemNamingBothCodes() {
        List<FrameworkProblem> problems = FrameworkChecks.check(List.of(
                group("1", null, "10"), appraised("1.1", "1", "10"), appraised("2.1", "2", "5")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.criterionCode()).isEqualTo("2.1");
            assertThat(p.errorCode()).isEqualTo("TREE");
            assertThat(p.message()).contains("'2.1'", "'2'");
        });
    }

    @Test
    void everyCriterionOnACycleIsReportedWithTheChain() {
        List<FrameworkProblem> problems = FrameworkChecks.check(List.of(
                group("1", null, "10"), appraised("1.1", "1", "10"),
                group("X", "Y", "0"), group("Y", "X", "0"), group("S", "S", "0")));

        assertThat(problems).filteredOn(p -> p.errorCode().equals("TREE"))
                .extracting(FrameworkProblem::criterionCode).containsExactly("X", "Y", "S");
        assertThat(problems.get(0).message()).contains("X → Y → X");
        assertThat(problems.get(2).message()).contains("S → S");
    }

    @Test
    void aGroupWithoutChildrenAndALeafWithChildrenAreTreeProblems() {
        List<FrameworkProblem> problems = FrameworkChecks.check(List.of(
                group("1", null, "10"),
                appraised("2", null, "10"), appraised("2.1", "2", "10")));

        assertThat(problems).extracting(FrameworkProblem::criterionCode, FrameworkProblem::errorCode)
                .containsExactly(
                        tuple("1", "TREE"),
                        tuple("2", "TREE"));
        assertThat(problems.get(0).message()).contains("'1'", "group");
        assertThat(problems.get(1).message()).contains("'2'", "2.1", "appraised");
    }

    @Test
    void aParentsMaximumMustEqualItsChildrensExactly() {
        List<FrameworkProblem> problems = FrameworkChecks.check(List.of(
                group("1", null, "40"), appraised("1.1", "1", "15"), appraised("1.2", "1", "25.5"),
                group("2", null, "60"), appraised("2.1", "2", "60.00")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.criterionCode()).isEqualTo("1");
            assertThat(p.errorCode()).isEqualTo("MAX_MISMATCH");
            assertThat(p.message()).contains("'1'", "40", "40.5", "1.1, 1.2");
        });
    }

    @Test
    void theDomainsMustSumToMoreThanZero() {
        List<FrameworkProblem> problems = FrameworkChecks.check(List.of(
                group("1", null, "0"), appraised("1.1", "1", "0")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.criterionCode()).isNull();
            assertThat(p.errorCode()).isEqualTo("MAX_MISMATCH");
            assertThat(p.message()).contains("0");
        });
    }

    @Test
    void duplicateCodesAreLeftToTheCallerButDoNotBreakTheChecks() {
        List<Criterion> criteria = List.of(
                group("1", null, "10"), appraised("1.1", "1", "5"), appraised("1.1", "1", "5"));

        assertThat(FrameworkChecks.check(criteria)).isEmpty();
    }

    @Test
    void treeProblemsLeaveOutMaximumMismatches() {
        List<Criterion> criteria = List.of(group("1", null, "40"), new Criterion("1.1", "1", "x", BigDecimal.ONE,
                Method.APPRAISED, null));

        assertThat(FrameworkChecks.check(criteria)).hasSize(1);
        assertThat(FrameworkChecks.treeProblems(criteria)).isEmpty();
    }

    @Test
    void aLongCycleIsFoundOnceForEveryMemberWithItsMessageCut() {
        int n = 5_000;
        List<Criterion> criteria = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            criteria.add(new Criterion("c" + i, "c" + ((i + n - 1) % n), "N" + i, java.math.BigDecimal.ONE,
                    Method.GROUP, null));
        }

        List<FrameworkProblem> problems = FrameworkChecks.treeProblems(criteria);

        List<FrameworkProblem> cycles = problems.stream().filter(p -> p.message().contains("vòng cha–con")).toList();
        assertThat(cycles).hasSize(n);
        assertThat(cycles.get(7).message()).contains("c7 → c6 → c5").contains("… (5000 tiêu chí)").hasSizeLessThan(600);
    }
}

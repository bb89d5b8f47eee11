package vn.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkTest {

    /** Two domains, the first with a nested group, listed with children before and after their parents. */
    private static final List<Criterion> NESTED = List.of(
            group("A", null, "30"),
            appraised("A.2", "A", "10"),
            group("A.1", "A", "20"),
            appraised("A.1.a", "A.1", "12.5"),
            appraised("B.1", "B", "70"),
            group("B", null, "70"),
            appraised("A.1.b", "A.1", "7.5"));

    @Test
    void navigatesTheTreeInFileOrder() {
        Framework framework = new Framework(2025, "XA", NESTED);

        assertThat(framework.domains()).extracting(Criterion::code).containsExactly("A", "B");
        assertThat(framework.children("A")).extracting(Criterion::code).containsExactly("A.2", "A.1");
        assertThat(framework.children("A.1.a")).isEmpty();
        assertThat(framework.leaves()).extracting(Criterion::code).containsExactly("A.2", "A.1.a", "A.1.b", "B.1");
        assertThat(framework.leavesUnder("A.1")).extracting(Criterion::code).containsExactly("A.1.a", "A.1.b");
        assertThat(framework.totalMax()).isEqualByComparingTo("100");
        assertThat(framework.criterion("A.1.b")).map(Criterion::maxPoints).contains(new BigDecimal("7.5"));
        assertThat(framework.criterion("C")).isEmpty();
        assertThat(framework.depth("A")).isEqualTo(1);
        assertThat(framework.depth("A.1")).isEqualTo(2);
        assertThat(framework.depth("A.1.b")).isEqualTo(3);
        assertThat(framework.year()).isEqualTo(2025);
        assertThat(framework.groupCode()).isEqualTo("XA");
        assertThat(framework.criteria()).isEqualTo(NESTED);
    }

    @Test
    void unknownCodesAreProgrammingErrors() {
        Framework framework = new Framework(2025, "XA", NESTED);

        assertThatThrownBy(() -> framework.children("Z")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> framework.depth("Z")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesCriteriaThatAreNotATree() {
        assertThatThrownBy(() -> new Framework(2025, "XA", List.of(group("A", null, "10"), appraised("A.1", "A", "10"),
                appraised("A.2", "Z", "0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Z'");
        assertThatThrownBy(() -> new Framework(2025, "XA", List.of(appraised("A", null, "10"), appraised("A", null, "10"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'A'");
    }

    @Test
    void equalContentMeansEqualFrameworks() {
        assertThat(new Framework(2025, "XA", NESTED)).isEqualTo(new Framework(2025, "XA", NESTED))
                .hasSameHashCodeAs(new Framework(2025, "XA", NESTED))
                .isNotEqualTo(new Framework(2026, "XA", NESTED));
    }

    static Criterion group(String code, String parent, String max) {
        return new Criterion(code, parent, "Nhóm " + code, new BigDecimal(max), Method.GROUP, null);
    }

    static Criterion appraised(String code, String parent, String max) {
        return new Criterion(code, parent, "Tiêu chí " + code, new BigDecimal(max), Method.APPRAISED, null);
    }
}

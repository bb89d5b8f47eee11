package vn.parindex.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.submission.UnitInfo;
import vn.parindex.warehouse.TemplateDataRepository.AppraisedLeaf;

/** Which templates a year gets, without a warehouse. */
class TemplateSelectionTest {

    private static final Map<String, UnitInfo> UNITS = units(
            new UnitInfo("005", "Quận Cầu Giấy", "QUAN", null, 1997, null),
            new UnitInfo("019", "Quận Nam Từ Liêm", "QUAN", null, 2014, null),
            new UnitInfo("030", "Quận Hà Đông", "QUAN", null, 2008, 2023),
            new UnitInfo("0A7", "Huyện Ba Vì", "HUYEN", null, 2008, null),
            new UnitInfo("099", "Thị xã Sơn Tây", "THIXA", null, 2008, null));
    private static final List<AppraisedLeaf> QUAN = List.of(new AppraisedLeaf("1.1", "Kế hoạch", new BigDecimal("15")));
    private static final List<AppraisedLeaf> HUYEN = List.of(new AppraisedLeaf("1.2", "Báo cáo", new BigDecimal("7.5")));
    private static final Map<String, List<AppraisedLeaf>> FRAMEWORKS = Map.of("HUYEN", HUYEN, "QUAN", QUAN);

    @Test
    void everyActiveUnitWithAFrameworkAndEveryGroupOfThem() {
        TemplateSelection selection = TemplateSelection.of(2024, UNITS, sorted(FRAMEWORKS), List.of());

        assertThat(selection.units()).extracting(u -> u.unit().code()).containsExactly("005", "019", "0A7");
        assertThat(selection.units().get(2).leaves()).isEqualTo(HUYEN);
        assertThat(selection.groups()).extracting(TemplateSelection.GroupTemplate::groupCode).containsExactly("HUYEN", "QUAN");
        assertThat(selection.groups().get(1).units()).extracting(UnitInfo::code).containsExactly("005", "019");
    }

    @Test
    void namedUnitsComeInTheWarehousesOrderAndTheirGroupsAppraisalListsTheWholeGroup() {
        TemplateSelection selection = TemplateSelection.of(2024, UNITS, sorted(FRAMEWORKS), List.of("019"));

        assertThat(selection.units()).extracting(u -> u.unit().code()).containsExactly("019");
        assertThat(selection.groups()).hasSize(1);
        assertThat(selection.groups().get(0).units()).extracting(UnitInfo::code).containsExactly("005", "019");

        TemplateSelection two = TemplateSelection.of(2024, UNITS, sorted(FRAMEWORKS), List.of("0A7", "005"));
        assertThat(two.units()).extracting(u -> u.unit().code()).containsExactly("005", "0A7");
    }

    @Test
    void everyUnitThatCannotHaveATemplateIsNamed() {
        assertThatThrownBy(() -> TemplateSelection.of(2024, UNITS, sorted(FRAMEWORKS), List.of("005", "19", "030", "099", "X")))
                .isInstanceOfSatisfying(TemplateRefusal.class, e -> assertThat(e.problems()).containsExactly(
                        "unit '19' is not in the warehouse (codes are compared exactly: did you mean '019'?)",
                        "unit '030' is not active in 2024 (valid 2008–2023)",
                        "unit '099' is in group 'THIXA', which has no framework for 2024",
                        "unit 'X' is not in the warehouse"));
    }

    @Test
    void aYearWithoutAnyFrameworkIsRefused() {
        assertThatThrownBy(() -> TemplateSelection.of(2030, UNITS, Map.of(), List.of()))
                .isInstanceOf(TemplateRefusal.class).hasMessageContaining("no framework for 2030");
    }

    private static Map<String, List<AppraisedLeaf>> sorted(Map<String, List<AppraisedLeaf>> frameworks) {
        Map<String, List<AppraisedLeaf>> ordered = new LinkedHashMap<>();
        frameworks.keySet().stream().sorted().forEach(k -> ordered.put(k, frameworks.get(k)));
        return ordered;
    }

    private static Map<String, UnitInfo> units(UnitInfo... units) {
        Map<String, UnitInfo> map = new LinkedHashMap<>();
        for (UnitInfo unit : units) {
            map.put(unit.code(), unit);
        }
        return map;
    }
}

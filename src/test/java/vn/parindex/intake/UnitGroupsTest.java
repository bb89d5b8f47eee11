package vn.parindex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.submission.Kind;

/** Which data files of a plan may supersede one another's submissions. */
class UnitGroupsTest {

    @Test
    void filesOfOneKindNamingACommonUnitDirectlyOrThroughAThirdShareAGroup() {
        List<Kind> kinds = Arrays.asList(Kind.UNITS, Kind.METRICS, Kind.METRICS, Kind.METRICS, Kind.METRICS, Kind.DOSSIERS, null);
        List<Optional<Set<String>>> units = List.of(Optional.empty(), Optional.of(Set.of("019", "021")), Optional.of(Set.of("005")),
                Optional.of(Set.of("021", "007")), Optional.of(Set.of("007", "009")), Optional.of(Set.of("019")), Optional.empty());

        assertThat(UnitGroups.of(kinds, units)).containsExactly(null, 1, 2, 1, 1, 5, null);
    }

    @Test
    void aFileWhoseUnitsAreNotKnownPutsEveryFileOfItsKindInOneGroup() {
        List<Kind> kinds = List.of(Kind.SURVEY, Kind.METRICS, Kind.METRICS, Kind.SURVEY, Kind.METRICS);
        List<Optional<Set<String>>> units = List.of(Optional.of(Set.of("019")), Optional.of(Set.of("019")), Optional.of(Set.of("021")),
                Optional.of(Set.of("021")), Optional.empty());

        assertThat(UnitGroups.of(kinds, units)).containsExactly(0, 1, 1, 3, 1);
    }
}

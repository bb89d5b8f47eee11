package vn.parindex.collection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The collection of one year as of a day (SPEC §16): per group its units, and what the deadlines of each kind are. */
public record YearStatus(int year, LocalDate asOf, List<GroupStatus> groups, Deadlines deadlines) {

    public YearStatus {
        groups = List.copyOf(groups);
    }

    public Stream<UnitStatus> units() {
        return groups.stream().flatMap(g -> g.units().stream());
    }

    /** The units still lacking something: overdue ones first, each part by name (Vietnamese order), then code. */
    public List<UnitStatus> incomplete() {
        return units().filter(u -> !u.complete())
                .sorted(Comparator.comparing((UnitStatus u) -> !u.overdue()).thenComparingInt(UnitStatus::order)).toList();
    }

    public List<UnitStatus> overdue() {
        return incomplete().stream().filter(UnitStatus::overdue).toList();
    }

    public List<EvidenceGap> evidenceGaps() {
        return units().flatMap(u -> u.evidenceGaps().stream()).toList();
    }
}

package vn.parindex.collection;

import java.util.List;

/**
 * One active unit in the collection of a year: each kind expected of it, its last rejected file, its evidence gaps;
 * {@code order} is its place among the year's units by name (Vietnamese order, then code), so that lists are
 * ordered without collating the names again.
 */
public record UnitStatus(String code, String name, String groupCode, List<KindStatus> kinds, Rejection lastRejection,
        List<EvidenceGap> evidenceGaps, int order) {

    public UnitStatus {
        kinds = List.copyOf(kinds);
        evidenceGaps = List.copyOf(evidenceGaps);
    }

    public List<KindStatus> lacking() {
        return kinds.stream().filter(KindStatus::lacking).toList();
    }

    public boolean complete() {
        return lacking().isEmpty();
    }

    public boolean overdue() {
        return kinds.stream().anyMatch(KindStatus::overdue);
    }

    public KindStatus kind(DataKind kind) {
        return kinds.stream().filter(k -> k.kind() == kind).findFirst().orElse(null);
    }
}

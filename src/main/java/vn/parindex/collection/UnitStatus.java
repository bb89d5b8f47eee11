package vn.parindex.collection;

import java.util.List;

/** One active unit in the collection of a year: each kind expected of it, its last rejected file, its evidence gaps. */
public record UnitStatus(String code, String name, String groupCode, List<KindStatus> kinds, Rejection lastRejection,
        List<EvidenceGap> evidenceGaps) {

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

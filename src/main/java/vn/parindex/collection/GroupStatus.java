package vn.parindex.collection;

import java.util.List;

/** A group with a framework for the year: its display name, what its framework expects, its active units by name. */
public record GroupStatus(String code, String name, Expectations expectations, List<UnitStatus> units) {

    public GroupStatus {
        units = List.copyOf(units);
    }
}

package vn.parindex.submission;

/** A unit as the warehouse knows it; {@code validFrom}/{@code validTo} null means open. */
public record UnitInfo(String code, String name, String groupCode, String unitType, Integer validFrom, Integer validTo) {

    public boolean activeIn(int year) {
        return (validFrom == null || validFrom <= year) && (validTo == null || year <= validTo);
    }
}

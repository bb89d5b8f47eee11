package vn.parindex.submission;

/** A row of a data kind: it belongs to one (year, unit) and replaces that pair's earlier data of its kind. */
public interface UnitFact {
    int year();

    String unitCode();

    long line();
}

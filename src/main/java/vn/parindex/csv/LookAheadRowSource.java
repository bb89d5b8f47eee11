package vn.parindex.csv;

import java.util.NoSuchElementException;

/** A {@link RowSource} that reads one data row ahead, so {@link #hasNext()} can tell whether another one follows. */
public abstract class LookAheadRowSource implements RowSource {

    private CsvRow upcoming;

    /** The next data row, or null at the end of the file; may throw {@link CsvFormatException}. */
    protected abstract CsvRow fetch();

    /** @throws CsvFormatException a problem met while reading ahead (for a CSV file ENCODING, QUOTE or TOO_LONG) */
    @Override
    public final boolean hasNext() {
        if (upcoming == null) {
            upcoming = fetch();
        }
        return upcoming != null;
    }

    @Override
    public final CsvRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvRow row = upcoming;
        upcoming = null;
        return row;
    }
}

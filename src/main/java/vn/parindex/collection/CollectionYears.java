package vn.parindex.collection;

import org.springframework.stereotype.Component;

/**
 * Which years are still collecting (SPEC §16: the years that have a framework and are not {@code final}). The year
 * stages of SPEC §15 are another issue's table; until it is merged every year is open, and this is the one place
 * that decides it (the status command, its per-year summary and the nightly submissions workbook all ask here).
 */
@Component
public class CollectionYears {

    /** True while {@code year} is not final (closed). */
    public boolean open(int year) {
        return true;
    }
}

package vn.parindex.collection;

import org.springframework.stereotype.Component;
import vn.parindex.warehouse.YearStages;

/**
 * Which years are still collecting (SPEC §16: the years that have a framework and are not {@code final}, SPEC §15).
 * The one place that decides it: the status command, its per-year summary and the nightly submissions workbook all
 * ask here.
 */
@Component
public class CollectionYears {

    private final YearStages stages;

    public CollectionYears(YearStages stages) {
        this.stages = stages;
    }

    /** True while {@code year} is not final (closed). */
    public boolean open(int year) {
        return !stages.closed(year);
    }
}
